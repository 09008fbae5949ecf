package io.github.recordaccess.pages;

import io.github.recordaccess.read.ChecklistView;
import io.github.recordaccess.read.StepWords;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A practice's checklist as the NHS.UK task list of its page, most urgent first. The API's checklist keeps the
 * guidance's order; the page puts first the steps that protect patients from access that could harm them, and last the
 * steps whose list is empty. Each step with patients waiting links to its own worklist ({@link #stepPage}); a
 * figures-only caller's checklist has no links, so neither has its task list.
 */
public final class TaskList {

    /**
     * Every step id, most urgent first: patients who may already have access they should not (and the go-live date
     * without which they cannot be listed), then those who may get it soon (at go-live, at 16, or by a GP system reading
     * a record the service cannot decide), then patients waiting for access, then the practice's own tasks.
     */
    static final List<String> MOST_URGENT_FIRST = List.of(
            "CHECK_EXISTING_ACCESS",
            "RECORD_GO_LIVE_DATE",
            "CODE_AT_RISK_AND_RESCIND_BULK_104",
            "TURNING_16",
            "RESOLVE_RECORDS",
            "AGREE_GO_LIVE_DATE",
            "ENABLE_ACCESS_MANUALLY",
            "ADVERTISE_AND_COUNSEL",
            "TPP_BULK_PROVISION",
            "TPP_DEFAULT_PROSPECTIVE_ACCESS",
            "PROVIDE_ACCESS_TO_REMAINING_PATIENTS",
            "UPDATE_WEBSITE",
            "INFORM_ICB");

    /** The steps whose waiting patients make them urgent. */
    static final Set<String> URGENT = Set.copyOf(MOST_URGENT_FIRST.subList(0, 5));

    private TaskList() {}

    /** One task: its step's name, instructions, count and status, and its worklist (null: no link). */
    public record Task(
            String id,
            String name,
            String instructions,
            String href,
            TaskStatus status,
            String count,
            String concerns,
            String concernsHref) {

        public String statusWords() {
            return TaskWords.status(status);
        }

        public String tagClass() {
            return TaskWords.tagClass(status);
        }

        public String statusHint() {
            return TaskWords.statusHint(status);
        }

        /** The count beside the status ("12 patients, 2 with a safeguarding concern"); none when the tag says it. */
        public String countLine() {
            if (count == null || status == TaskStatus.NO_PATIENTS) {
                return null;
            }
            return concerns == null ? count : count + ", " + concerns;
        }
    }

    /** The tasks of the checklist (the guidance's steps, the closing duty, the service's steps), most urgent first. */
    static List<Task> of(ChecklistView checklist, LocalDate asOf) {
        List<ChecklistView.Step> steps = Stream.of(
                        checklist.steps().stream(),
                        Stream.ofNullable(checklist.closingDuty()),
                        checklist.serviceSteps().stream())
                .flatMap(s -> s)
                .toList();
        List<Task> tasks = new ArrayList<>();
        for (ChecklistView.Step step : steps) {
            tasks.add(task(checklist.practiceOdsCode(), step, asOf));
        }
        // A stable sort: steps of equal rank keep the guidance's order.
        tasks.sort(Comparator.comparing((Task t) -> t.status() == TaskStatus.NO_PATIENTS)
                .thenComparing(t -> rank(t.id())));
        return List.copyOf(tasks);
    }

    /** Where a step's own worklist is. */
    static String stepPage(String odsCode, String stepId, LocalDate asOf) {
        return "/practices/" + odsCode + "/steps/" + stepId + "?asOf=" + asOf;
    }

    static TaskStatus status(ChecklistView.Step step) {
        if (step.patients() == null) {
            // The registry's missing go-live date is known, and it hides the most urgent list.
            return step.id().equals("RECORD_GO_LIVE_DATE") ? TaskStatus.URGENT : TaskStatus.NOT_TRACKED;
        }
        if (step.patients() == 0) {
            return TaskStatus.NO_PATIENTS;
        }
        return URGENT.contains(step.id()) ? TaskStatus.URGENT : TaskStatus.TO_DO;
    }

    static Task task(String ods, ChecklistView.Step step, LocalDate asOf) {
        Integer patients = step.patients();
        // A list of no patients is no link: there is nothing to open.
        boolean link = step.href() != null && patients != null && patients > 0;
        return new Task(
                step.id(),
                StepWords.step(step.id()),
                step.text(),
                link ? stepPage(ods, step.id(), asOf) : null,
                status(step),
                patients == null ? null : TaskWords.patients(patients),
                concerns(step),
                step.safeguardingConcernsHref() != null
                                && step.safeguardingConcerns() != null
                                && step.safeguardingConcerns() > 0
                        ? step.safeguardingConcernsHref()
                        : null);
    }

    private static String concerns(ChecklistView.Step step) {
        if (step.safeguardingConcernsFewerThan() != null) {
            return "fewer than " + step.safeguardingConcernsFewerThan() + " with a safeguarding concern";
        }
        Integer concerns = step.safeguardingConcerns();
        if (concerns == null) {
            return null;
        }
        return (concerns == 0 ? "none" : concerns.toString()) + " with a safeguarding concern";
    }

    private static int rank(String id) {
        int rank = MOST_URGENT_FIRST.indexOf(id);
        return rank < 0 ? MOST_URGENT_FIRST.size() : rank;
    }
}
