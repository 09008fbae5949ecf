package io.github.recordaccess.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.practice.Checklist;
import io.github.recordaccess.practice.ChecklistItem;
import io.github.recordaccess.practice.OptOutChecklists;
import io.github.recordaccess.practice.ServiceSteps;
import io.github.recordaccess.read.ChecklistView;
import io.github.recordaccess.read.StepWords;
import io.github.recordaccess.rules.ClinicalSystem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The practice page's task list: most urgent first, statuses, and links only to lists with patients. */
class TaskListTest {

    static final LocalDate DAY = LocalDate.of(2025, 6, 1);

    static Stream<Arguments> everyChecklist() {
        List<Arguments> checklists = new ArrayList<>();
        for (ClinicalSystem system : ClinicalSystem.values()) {
            checklists.add(Arguments.of(system, false, false));
            checklists.add(Arguments.of(system, true, true));
            checklists.add(Arguments.of(system, true, false));
        }
        return checklists.stream();
    }

    @ParameterizedTest(name = "{0} live={1} goLiveKnown={2}")
    @MethodSource("everyChecklist")
    void everyStepOfEveryChecklistHasAnUrgencyRankAndAName(ClinicalSystem system, boolean live, boolean goLiveKnown) {
        Checklist checklist = OptOutChecklists.forPractice(system, live);
        List<ChecklistItem> items = new ArrayList<>(checklist.steps());
        items.add(checklist.closingDuty());
        items.addAll(ServiceSteps.forPractice(system, live, goLiveKnown));
        assertThat(items)
                .extracting(ChecklistItem::id)
                .allSatisfy(id -> assertThat(TaskList.MOST_URGENT_FIRST).contains(id))
                .allSatisfy(
                        id -> assertThat(StepWords.step(id)).doesNotContain("_").matches("[A-Z].*"));
    }

    @Test
    void stepsWithPatientsWaitingComeFirstMostUrgentFirstAndEmptyListsLast() {
        ChecklistView checklist = checklist(
                List.of(step("ADVERTISE_AND_COUNSEL", 12), step("UPDATE_WEBSITE", null), step("INFORM_ICB", null)),
                step("PROVIDE_ACCESS_TO_REMAINING_PATIENTS", 300),
                List.of(
                        step("RESOLVE_RECORDS", 4),
                        step("TURNING_16", 0),
                        step("CHECK_EXISTING_ACCESS", 2),
                        step("ENABLE_ACCESS_MANUALLY", 0)));

        List<TaskList.Task> tasks = TaskList.of(checklist, DAY);

        assertThat(tasks)
                .extracting(TaskList.Task::id)
                .containsExactly(
                        "CHECK_EXISTING_ACCESS",
                        "RESOLVE_RECORDS",
                        "ADVERTISE_AND_COUNSEL",
                        "PROVIDE_ACCESS_TO_REMAINING_PATIENTS",
                        "UPDATE_WEBSITE",
                        "INFORM_ICB",
                        "TURNING_16",
                        "ENABLE_ACCESS_MANUALLY");
        assertThat(tasks)
                .extracting(TaskList.Task::status)
                .containsExactly(
                        TaskStatus.URGENT,
                        TaskStatus.URGENT,
                        TaskStatus.TO_DO,
                        TaskStatus.TO_DO,
                        TaskStatus.NOT_TRACKED,
                        TaskStatus.NOT_TRACKED,
                        TaskStatus.NO_PATIENTS,
                        TaskStatus.NO_PATIENTS);
    }

    @Test
    void aStepWithPatientsLinksToItsOwnPageAndAnEmptyListIsNoLink() {
        List<TaskList.Task> tasks = TaskList.of(
                checklist(List.of(step("ADVERTISE_AND_COUNSEL", 1)), null, List.of(step("RESOLVE_RECORDS", 0))), DAY);

        assertThat(tasks.get(0).href()).isEqualTo("/practices/A12345/steps/ADVERTISE_AND_COUNSEL?asOf=2025-06-01");
        assertThat(tasks.get(0).countLine()).isEqualTo("1 patient");
        assertThat(tasks.get(1).href()).as("0 patients: nothing to open").isNull();
        assertThat(tasks.get(1).countLine()).as("the tag says it").isNull();
        assertThat(tasks.get(1).statusWords()).isEqualTo("No patients");
    }

    @Test
    void aFiguresOnlyCallerSeesTheCountsWithoutLinks() {
        ChecklistView checklist = checklist(
                        List.of(step("ADVERTISE_AND_COUNSEL", 12)),
                        null,
                        List.of(new ChecklistView.Step(
                                null, "TURNING_16", "text", null, 9, "/x?turning16Within=90", 3, "/y", null)))
                .figuresOnly(7);

        List<TaskList.Task> tasks = TaskList.of(checklist, DAY);

        assertThat(tasks).extracting(TaskList.Task::href).containsOnlyNulls();
        assertThat(tasks).extracting(TaskList.Task::concernsHref).containsOnlyNulls();
        assertThat(tasks)
                .extracting(TaskList.Task::countLine)
                .containsExactly("9 patients, fewer than 8 with a safeguarding concern", "12 patients");
    }

    @Test
    void aLivePracticeWithoutAGoLiveDateIsToldToRecordItUrgently() {
        List<TaskList.Task> tasks = TaskList.of(
                checklist(List.of(step("INFORM_ICB", null)), null, List.of(step("RECORD_GO_LIVE_DATE", null))), DAY);

        assertThat(tasks.get(0).id()).isEqualTo("RECORD_GO_LIVE_DATE");
        assertThat(tasks.get(0).status()).isEqualTo(TaskStatus.URGENT);
        assertThat(tasks.get(1).statusHint()).isEqualTo("This service cannot tell whether this has been done.");
    }

    private static ChecklistView.Step step(String id, Integer patients) {
        return new ChecklistView.Step(
                null, id, "Do " + id, null, patients, patients == null ? null : "/list?" + id, null, null, null);
    }

    private static ChecklistView checklist(
            List<ChecklistView.Step> steps, ChecklistView.Step closingDuty, List<ChecklistView.Step> serviceSteps) {
        return new ChecklistView(
                "A12345", ClinicalSystem.EMIS, true, "OPT_OUT", DAY, steps, closingDuty, serviceSteps, List.of());
    }
}
