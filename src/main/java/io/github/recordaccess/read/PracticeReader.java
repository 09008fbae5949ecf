package io.github.recordaccess.read;

import io.github.recordaccess.history.SnapshotStore;
import io.github.recordaccess.practice.AdvisedRecommendation;
import io.github.recordaccess.practice.ChecklistItem;
import io.github.recordaccess.practice.PracticeEvaluations;
import io.github.recordaccess.practice.PracticeProfiles;
import io.github.recordaccess.practice.PracticeSummary;
import io.github.recordaccess.practice.Worklist;
import io.github.recordaccess.practice.WorklistFilter;
import io.github.recordaccess.registry.PracticeEntry;
import io.github.recordaccess.rules.ClinicalSystem;
import io.github.recordaccess.rules.PracticeContext;
import io.github.recordaccess.web.ProblemType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The reads of one practice's data, for the API and the pages alike: its counts, worklists, checklist, history and
 * page. Only {@link PracticeReads#of} makes one, so that whatever is read of a practice is read through it.
 */
public final class PracticeReader {

    private final String ods;
    private final PracticeEvaluations evaluations;
    private final PracticeProfiles profiles;
    private final SnapshotStore snapshots;
    /** Null when the caller may read the practice's patients. */
    private final PracticeReads.FiguresOnly figuresOnly;

    PracticeReader(
            OdsCode practice,
            PracticeEvaluations evaluations,
            PracticeProfiles profiles,
            SnapshotStore snapshots,
            PracticeReads.FiguresOnly figuresOnly) {
        this.ods = practice.value();
        this.evaluations = evaluations;
        this.profiles = profiles;
        this.snapshots = snapshots;
        this.figuresOnly = figuresOnly;
    }

    /** Whether the caller may read the practice's patients, not only its figures. */
    public boolean patientLevel() {
        return figuresOnly == null;
    }

    /** The practice's counts ({@code fresh}: evaluated afresh, not from the cache). */
    public PracticeSummary summary(LocalDate day, boolean fresh) {
        return shaped(PracticeSummary.of(evaluations.get(ods, day, fresh)));
    }

    /**
     * The patients the filter matches, in NHS-number order, with the actions for the practice's registry entry as it
     * is now; {@code total} counts them all, {@code items} holds the page asked for (every one with {@link Paging#ALL}).
     */
    public RecommendationPage worklist(LocalDate day, WorklistFilter filter, Paging paging, boolean fresh) {
        if (figuresOnly != null) {
            figuresOnly.refusePatients().run();
        }
        return page(Worklist.of(evaluations.get(ods, day, fresh), profiles.context(ods)), day, filter, paging);
    }

    /** The checklist: {@code system} and {@code live} as given, else the registry's; neither is a 400. */
    public ChecklistView checklist(
            LocalDate day, ClinicalSystem system, Boolean live, boolean fresh, ChecklistViews.Links links) {
        Optional<PracticeEntry> entry = profiles.entry(ods);
        ClinicalSystem practiceSystem = Optional.ofNullable(system)
                .or(() -> entry.map(PracticeEntry::system))
                .orElseThrow(() -> missingProfile("system"));
        boolean practiceLive = Optional.ofNullable(live)
                .or(() -> entry.map(e -> e.liveOn(day)))
                .orElseThrow(() -> missingProfile("live"));
        PracticeContext context = PracticeProfiles.contextOf(entry);
        Worklist worklist = Worklist.of(evaluations.get(ods, day, fresh), context);
        return shaped(ChecklistViews.of(ods, day, practiceSystem, practiceLive, context, worklist, links));
    }

    /** The practice's latest snapshot point of each day of the range, oldest first. */
    public HistoryViews.PracticeHistory history(HistoryRange range) {
        return new HistoryViews.PracticeHistory(
                ods,
                range.from(),
                range.to(),
                snapshots.dailyLatest(ods, range.from(), range.to()).stream()
                        .map(HistoryViews.Point::of)
                        .toList());
    }

    /**
     * The practice page's name, counts, checklist and page of the worklist, from one registry read and one
     * evaluation (from the cache when fresh), so that its figures agree with each other.
     */
    public PracticeView page(LocalDate day, WorklistFilter filter, Paging paging, ChecklistViews.Links links) {
        Optional<PracticeEntry> entry = profiles.entry(ods);
        Worklist worklist = Worklist.of(evaluations.get(ods, day, false), PracticeProfiles.contextOf(entry));
        return new PracticeView(
                entry.map(PracticeEntry::name).orElse(ods),
                entry.flatMap(PracticeEntry::goLive).orElse(null),
                shaped(PracticeSummary.of(worklist.evaluation())),
                entry.map(e -> shaped(ChecklistViews.of(
                                ods,
                                day,
                                e.system(),
                                e.liveOn(day),
                                PracticeProfiles.contextOf(entry),
                                worklist,
                                links)))
                        .orElse(null),
                // A figures-only caller gets no rows: an empty page of no patients.
                figuresOnly == null ? page(worklist, day, filter, paging) : noPatients(worklist, day, paging),
                patientLevel());
    }

    /**
     * One step of the practice's checklist, by its id, with the page asked for of the step's worklist, from one
     * evaluation (from the cache when fresh), so that the step's count is the worklist's total. Patient-level: refused
     * to a figures-only caller. A practice not in the registry has no checklist, and a step about the practice as a
     * whole has no worklist: both are a 404.
     */
    public StepView step(LocalDate day, String stepId, Paging paging, ChecklistViews.Links links) {
        if (figuresOnly != null) {
            figuresOnly.refusePatients().run();
        }
        Optional<PracticeEntry> entry = profiles.entry(ods);
        PracticeEntry registered = entry.orElseThrow(() -> new ApiException(
                ProblemType.PRACTICE_NOT_REGISTERED,
                "Practice " + ods + " is not in the practice registry, so it has no checklist."));
        PracticeContext context = PracticeProfiles.contextOf(entry);
        ChecklistItem item = ChecklistViews.item(stepId, day, registered.system(), registered.liveOn(day), context)
                .filter(found -> found.patients() != null)
                .orElseThrow(() -> new ApiException(
                        ProblemType.NOT_FOUND, "The practice's checklist has no list of patients for this step."));
        Worklist worklist = Worklist.of(evaluations.get(ods, day, false), context);
        return new StepView(
                registered.name(),
                ChecklistViews.step(null, item, worklist, ods, day, links),
                item.patients(),
                page(worklist, day, item.patients(), paging));
    }

    private RecommendationPage noPatients(Worklist worklist, LocalDate day, Paging paging) {
        return new RecommendationPage(
                ods,
                day,
                worklist.evaluation().evaluatedAt(),
                0,
                paging.page(),
                paging.size(),
                List.of(),
                worklist.evaluation().cohortRoutes());
    }

    private PracticeSummary shaped(PracticeSummary summary) {
        return figuresOnly == null ? summary : summary.withSmallCountsHidden(figuresOnly.smallNumber());
    }

    private ChecklistView shaped(ChecklistView checklist) {
        return figuresOnly == null ? checklist : checklist.figuresOnly(figuresOnly.smallNumber());
    }

    private RecommendationPage page(Worklist worklist, LocalDate day, WorklistFilter filter, Paging paging) {
        List<AdvisedRecommendation> matching = worklist.matching(filter);
        return new RecommendationPage(
                ods,
                day,
                worklist.evaluation().evaluatedAt(),
                matching.size(),
                paging.page(),
                paging.size(),
                paging.of(matching).stream()
                        .map(r -> RecommendationView.from(r.result(), ods, false, r.actions()))
                        .toList(),
                worklist.evaluation().cohortRoutes());
    }

    private static ApiException missingProfile(String what) {
        return new ApiException(
                ProblemType.MISSING_PRACTICE_PROFILE,
                "The practice's " + what + " is not known: pass ?" + what
                        + "= or register the practice in the practice registry.");
    }
}
