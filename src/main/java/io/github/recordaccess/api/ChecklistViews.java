package io.github.recordaccess.api;

import io.github.recordaccess.practice.Checklist;
import io.github.recordaccess.practice.ChecklistItem;
import io.github.recordaccess.practice.OptOutChecklists;
import io.github.recordaccess.practice.PracticeEvaluations;
import io.github.recordaccess.practice.PracticeProfiles;
import io.github.recordaccess.practice.ServiceSteps;
import io.github.recordaccess.practice.Worklist;
import io.github.recordaccess.practice.WorklistFilter;
import io.github.recordaccess.read.ApiException;
import io.github.recordaccess.read.ChecklistView;
import io.github.recordaccess.registry.PracticeEntry;
import io.github.recordaccess.rules.ClinicalSystem;
import io.github.recordaccess.rules.PracticeContext;
import io.github.recordaccess.security.ScopeGuard;
import io.github.recordaccess.web.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A practice's checklist with live counts, for the checklist endpoint and the practice page alike: only
 * where the worklist links point differs ({@link Links}).
 */
@ApplicationScoped
public class ChecklistViews {

    /** Where a step's worklist is, given the practice and the worklist's query (with asOf). */
    @FunctionalInterface
    public interface Links {
        String worklist(String odsCode, String query);
    }

    /** The API's worklist endpoint. */
    public static final Links API_LINKS =
            (ods, query) -> "/api/v1/practices/" + ods + "/access-recommendations?" + query;

    private final PracticeEvaluations evaluations;
    private final PracticeProfiles profiles;

    private final ScopeGuard scope;

    public ChecklistViews(PracticeEvaluations evaluations, PracticeProfiles profiles, ScopeGuard scope) {
        this.evaluations = evaluations;
        this.profiles = profiles;
        this.scope = scope;
    }

    /** As the caller may see it: a figures-only caller gets the counts without links, small counts hidden. */
    private ChecklistView scoped(ChecklistView view) {
        return scope.figuresOnlyFor(view.practiceOdsCode()) ? view.figuresOnly(scope.smallNumber()) : view;
    }

    /** system and live as given, else from the practice registry; neither is a missing-practice-profile 400. */
    public ChecklistView of(
            String ods, LocalDate day, ClinicalSystem system, Boolean live, boolean fresh, Links links) {
        Optional<PracticeEntry> entry = profiles.entry(ods);
        ClinicalSystem practiceSystem = Optional.ofNullable(system)
                .or(() -> entry.map(PracticeEntry::system))
                .orElseThrow(() -> missingProfile("system"));
        boolean practiceLive = Optional.ofNullable(live)
                .or(() -> entry.map(e -> e.liveOn(day)))
                .orElseThrow(() -> missingProfile("live"));

        PracticeContext context = PracticeProfiles.contextOf(entry);
        return scoped(of(
                ods,
                day,
                practiceSystem,
                practiceLive,
                context,
                Worklist.of(evaluations.get(ods, day, fresh), context),
                links));
    }

    /**
     * A registered practice's checklist over a worklist the caller has already built (the practice page has one): its
     * system and go-live from the registry entry.
     */
    public ChecklistView of(String ods, LocalDate day, PracticeEntry entry, Worklist worklist, Links links) {
        return scoped(of(
                ods,
                day,
                entry.system(),
                entry.liveOn(day),
                PracticeProfiles.contextOf(Optional.of(entry)),
                worklist,
                links));
    }

    private static ChecklistView of(
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

    private static ChecklistView.Step step(
            Integer number, ChecklistItem item, Worklist worklist, String ods, LocalDate asOf, Links links) {
        WorklistFilter patients = item.patients();
        WorklistFilter concern = item.withConcern();
        return new ChecklistView.Step(
                number,
                item.id(),
                item.text(),
                patients == null ? null : patients.recommendation(),
                patients == null ? null : worklist.count(patients),
                patients == null ? null : links.worklist(ods, patients.query() + "&asOf=" + asOf),
                concern == null ? null : worklist.count(concern),
                concern == null ? null : links.worklist(ods, concern.query() + "&asOf=" + asOf),
                null);
    }

    private static ApiException missingProfile(String what) {
        return new ApiException(
                ProblemType.MISSING_PRACTICE_PROFILE,
                "The practice's " + what + " is not known: pass ?" + what
                        + "= or register the practice in the practice registry.");
    }
}
