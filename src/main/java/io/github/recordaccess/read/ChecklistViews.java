package io.github.recordaccess.read;

import io.github.recordaccess.practice.Checklist;
import io.github.recordaccess.practice.ChecklistItem;
import io.github.recordaccess.practice.OptOutChecklists;
import io.github.recordaccess.practice.ServiceSteps;
import io.github.recordaccess.practice.Worklist;
import io.github.recordaccess.practice.WorklistFilter;
import io.github.recordaccess.rules.ClinicalSystem;
import io.github.recordaccess.rules.PracticeContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A practice's checklist with live counts over a worklist already read ({@link PracticeReader}), for the checklist
 * endpoint and the practice page alike: only where the worklist links point differs ({@link Links}).
 */
public final class ChecklistViews {

    /** Where a step's worklist is, given the practice and the worklist's query (with asOf). */
    @FunctionalInterface
    public interface Links {
        String worklist(String odsCode, String query);
    }

    /** The API's worklist endpoint. */
    public static final Links API_LINKS =
            (ods, query) -> "/api/v1/practices/" + ods + "/access-recommendations?" + query;

    private ChecklistViews() {}

    static ChecklistView of(
            String ods,
            LocalDate day,
            ClinicalSystem practiceSystem,
            boolean practiceLive,
            PracticeContext context,
            Worklist worklist,
            Links links) {
        Checklist checklist = OptOutChecklists.forPractice(practiceSystem, practiceLive);
        List<ChecklistView.Step> steps = new ArrayList<>();
        for (int i = 0; i < checklist.steps().size(); i++) {
            steps.add(step(i + 1, checklist.steps().get(i), worklist, ods, day, links));
        }
        List<ChecklistItem> service = ServiceSteps.forPractice(
                practiceSystem, practiceLive, context.goLiveBy(day).isPresent());
        return new ChecklistView(
                ods,
                practiceSystem,
                practiceLive,
                "OPT_OUT",
                day,
                steps,
                step(null, checklist.closingDuty(), worklist, ods, day, links),
                service.stream()
                        .map(s -> step(null, s, worklist, ods, day, links))
                        .toList(),
                worklist.evaluation().cohortRoutes());
    }

    /**
     * The item of the practice's checklist with this id (a step of the guidance, the closing duty or a service step),
     * if the checklist for the system and go-live state has one.
     */
    static Optional<ChecklistItem> item(
            String id, LocalDate day, ClinicalSystem practiceSystem, boolean practiceLive, PracticeContext context) {
        Checklist checklist = OptOutChecklists.forPractice(practiceSystem, practiceLive);
        List<ChecklistItem> service = ServiceSteps.forPractice(
                practiceSystem, practiceLive, context.goLiveBy(day).isPresent());
        return Stream.of(checklist.steps(), List.of(checklist.closingDuty()), service)
                .flatMap(List::stream)
                .filter(item -> item.id().equals(id))
                .findFirst();
    }

    static ChecklistView.Step step(
            Integer number, ChecklistItem item, Worklist worklist, String ods, LocalDate asOf, Links links) {
        WorklistFilter patients = item.patients();
        WorklistFilter concern = item.withConcern();
        return new ChecklistView.Step(
                number,
                item.id(),
                item.text(),
                patients == null ? null : patients.recommendation(),
                patients == null ? null : worklist.count(patients),
                patients == null ? null : links.worklist(ods, WorklistQuery.query(patients) + "&asOf=" + asOf),
                concern == null ? null : worklist.count(concern),
                concern == null ? null : links.worklist(ods, WorklistQuery.query(concern) + "&asOf=" + asOf),
                null);
    }
}
