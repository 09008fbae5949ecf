package io.github.recordaccess.pages;

import io.github.recordaccess.api.ChecklistViews;
import io.github.recordaccess.history.SnapshotPoint;
import io.github.recordaccess.history.SnapshotStore;
import io.github.recordaccess.patient.PatientRecommendation;
import io.github.recordaccess.patient.PatientRecommender;
import io.github.recordaccess.practice.AdvisedRecommendation;
import io.github.recordaccess.practice.PracticeEvaluations;
import io.github.recordaccess.practice.PracticeProfiles;
import io.github.recordaccess.practice.PracticeSummary;
import io.github.recordaccess.practice.Worklist;
import io.github.recordaccess.practice.WorklistFilter;
import io.github.recordaccess.read.NhsNumber;
import io.github.recordaccess.read.OdsCode;
import io.github.recordaccess.read.PatientScopes;
import io.github.recordaccess.read.RecommendationCsv;
import io.github.recordaccess.read.RecommendationView;
import io.github.recordaccess.read.SummaryReads;
import io.github.recordaccess.registry.PracticeEntry;
import io.github.recordaccess.rules.AccessFlag;
import io.github.recordaccess.rules.Recommendation;
import io.github.recordaccess.security.AuditDetails;
import io.github.recordaccess.security.ScopeGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a practice's and a patient's pages show, from the services the API uses: the page and the JSON cannot
 * disagree. The overview's are in {@link OverviewViews}.
 */
@ApplicationScoped
public class PageViews {

    /** Patients per worklist page. */
    static final int PAGE_SIZE = 50;

    private final ChecklistViews checklists;
    private final PracticeEvaluations evaluations;
    private final PracticeProfiles profiles;
    private final PatientRecommender recommender;
    private final SnapshotStore snapshots;
    private final AuditDetails audit;
    private final Clock clock;
    private final ScopeGuard scope;
    private final SummaryReads summaries;

    public PageViews(
            ChecklistViews checklists,
            PracticeEvaluations evaluations,
            PracticeProfiles profiles,
            PatientRecommender recommender,
            SnapshotStore snapshots,
            AuditDetails audit,
            Clock clock,
            ScopeGuard scope,
            SummaryReads summaries) {
        this.clock = clock;
        this.scope = scope;
        this.summaries = summaries;
        this.checklists = checklists;
        this.evaluations = evaluations;
        this.profiles = profiles;
        this.recommender = recommender;
        this.snapshots = snapshots;
        this.audit = audit;
    }

    PracticePage practice(OdsCode odsCode, LocalDate day, WorklistFilter filter, int page) {
        String ods = odsCode.value();
        audit.practice(ods);
        // One registry read and one worklist for the page's counts, checklist and rows.
        Optional<PracticeEntry> entry = profiles.entry(ods);
        Worklist worklist = Worklist.of(evaluations.get(ods, day, false), PracticeProfiles.contextOf(entry));
        // Figures only (an ICB without a data-sharing agreement): no rows, no links to lists, no download.
        boolean patientLevel = !scope.figuresOnlyFor(ods);
        List<AdvisedRecommendation> matching = patientLevel ? worklist.matching(filter) : List.of();
        int from = Math.min(page * PAGE_SIZE, matching.size());
        List<RecommendationView> rows = views(matching.subList(from, Math.min(from + PAGE_SIZE, matching.size())), ods);
        audit.returned(rows.size(), "html");
        String query = filter.query();
        String withFilter = (query.isEmpty() ? "" : query + "&") + "asOf=" + day;
        String base = "/practices/" + ods + "?" + withFilter;
        PracticeSummary summary = summaries.of(worklist.evaluation());
        List<SnapshotPoint> history = snapshots.dailyLatest(ods, day.minusYears(1), day).stream()
                .filter(p -> p.status() == SnapshotPoint.Status.OK)
                .toList();
        return new PracticePage(
                ods,
                entry.map(PracticeEntry::name).orElse(ods),
                day,
                summary,
                Arrays.stream(Recommendation.values())
                        .map(r -> new PracticePage.CountLink(
                                Labels.label(r),
                                summary.recommendations().getOrDefault(r, 0),
                                patientLevel
                                        ? "/practices/" + ods + "?recommendation=" + r + "&asOf=" + day + "#worklist"
                                        : null))
                        .toList(),
                entry.map(e -> checklists.of(
                                ods, day, e, worklist, (o, q) -> "/practices/" + o + "?" + q + "#worklist"))
                        .orElse(null),
                query,
                Labels.describe(filter),
                matching.size(),
                rows,
                page > 0 ? base + "&page=" + (page - 1) + "#worklist" : null,
                from + PAGE_SIZE < matching.size() ? base + "&page=" + (page + 1) + "#worklist" : null,
                patientLevel ? "/practices/" + ods + "/patients.csv?" + withFilter : null,
                TrendChart.excludedPercent(history.stream()
                        .map(p -> new TrendChart.Point(p.date(), p.figures().excludedPercent()))
                        .toList()),
                TrendChart.count(
                        "Active 104s",
                        history.stream()
                                .map(p -> new TrendChart.Point(
                                        p.date(), p.figures().flags().get(AccessFlag.ACTIVE_104)))
                                .toList()),
                patientLevel);
    }

    /** Every patient of the worklist under the filter, as the API's CSV. */
    Response worklistCsv(OdsCode odsCode, LocalDate day, WorklistFilter filter) {
        String ods = odsCode.value();
        audit.practice(ods);
        Worklist worklist = Worklist.of(evaluations.get(ods, day, false), profiles.context(ods));
        List<RecommendationView> rows = views(worklist.matching(filter), ods);
        audit.returned(rows.size(), "csv");
        return RecommendationCsv.response(ods, day, rows, worklist.evaluation().cohortRoutes());
    }

    private static List<RecommendationView> views(List<AdvisedRecommendation> rows, String ods) {
        return rows.stream()
                .map(r -> RecommendationView.from(r.result(), ods, false, r.actions()))
                .toList();
    }

    PatientPage patient(NhsNumber nhsNumber, LocalDate day) {
        audit.nhsNumbers(List.of(nhsNumber.value()));
        PatientRecommendation found =
                recommender.recommend(nhsNumber.value(), day, PatientScopes.of(scope, nhsNumber.value()));
        audit.practice(found.practiceOdsCode());
        return new PatientPage(
                day,
                clock.instant(),
                RecommendationView.from(found.result(), found.practiceOdsCode(), true, found.actions()));
    }
}
