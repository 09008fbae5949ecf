package io.github.recordaccess.pages;

import io.github.recordaccess.api.ApiException;
import io.github.recordaccess.api.ChecklistViews;
import io.github.recordaccess.api.OverviewCsv;
import io.github.recordaccess.api.OverviewRows;
import io.github.recordaccess.api.RecommendationCsv;
import io.github.recordaccess.api.RecommendationView;
import io.github.recordaccess.history.IcbDays;
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
import io.github.recordaccess.registry.PracticeEntry;
import io.github.recordaccess.registry.PracticeRegistry;
import io.github.recordaccess.rules.AccessFlag;
import io.github.recordaccess.rules.NhsNumber;
import io.github.recordaccess.rules.Recommendation;
import io.github.recordaccess.security.AuditDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What each page shows, from the services the API uses: the page and the JSON cannot disagree. */
@ApplicationScoped
public class PageViews {

    /** Patients per worklist page. */
    static final int PAGE_SIZE = 50;

    private static final java.util.regex.Pattern ODS = java.util.regex.Pattern.compile("[A-Za-z0-9]{3,10}");

    private final OverviewRows overviewRows;
    private final ChecklistViews checklists;
    private final PracticeEvaluations evaluations;
    private final PracticeProfiles profiles;
    private final PracticeRegistry registry;
    private final PatientRecommender recommender;
    private final SnapshotStore snapshots;
    private final IcbDays icbDays;
    private final AuditDetails audit;
    private final Clock clock;

    public PageViews(
            OverviewRows overviewRows,
            ChecklistViews checklists,
            PracticeEvaluations evaluations,
            PracticeProfiles profiles,
            PracticeRegistry registry,
            PatientRecommender recommender,
            SnapshotStore snapshots,
            IcbDays icbDays,
            AuditDetails audit,
            Clock clock) {
        this.clock = clock;
        this.icbDays = icbDays;
        this.overviewRows = overviewRows;
        this.checklists = checklists;
        this.evaluations = evaluations;
        this.profiles = profiles;
        this.registry = registry;
        this.recommender = recommender;
        this.snapshots = snapshots;
        this.audit = audit;
    }

    OverviewPage overview(LocalDate day, OverviewSort sort) {
        Map<String, PracticeEntry> practices = withinLimit(
                registry.all().stream().collect(Collectors.toMap(PracticeEntry::odsCode, Function.identity())));
        LocalDate yearAgo = day.minusYears(1);
        Map<String, List<TrendChart.Point>> trends = snapshots.excludedShares(yearAgo, day).stream()
                .collect(Collectors.groupingBy(
                        SnapshotStore.ExcludedShare::odsCode,
                        Collectors.mapping(
                                share -> new TrendChart.Point(share.date(), share.excludedPercent()),
                                Collectors.toList())));
        List<OverviewPage.Entry> entries = overviewRows.of(practices.keySet(), day, false).stream()
                .map(row -> OverviewPage.Entry.of(
                        practices.get(row.practiceOdsCode()),
                        row,
                        Sparkline.weekly(trends.getOrDefault(row.practiceOdsCode(), List.of()), day)))
                .toList();
        return new OverviewPage(
                day,
                sort.sorted(entries),
                Arrays.stream(OverviewSort.Column.values())
                        .map(c -> OverviewPage.Heading.of(c, sort, day))
                        .toList(),
                sort.described(),
                "/practices.csv?asOf=" + day,
                TrendChart.excludedPercent(icbDays.between(yearAgo, day).stream()
                        .map(d -> new TrendChart.Point(d.date(), d.totals().excludedPercent()))
                        .toList()));
    }

    /** The overview's rows as the API's CSV. */
    Response overviewCsv(LocalDate day) {
        Map<String, PracticeEntry> practices = withinLimit(
                registry.all().stream().collect(Collectors.toMap(PracticeEntry::odsCode, Function.identity())));
        if (practices.isEmpty()) {
            throw ApiException.invalid(
                    "No practices are registered yet: load the practice registry through the admin API.");
        }
        return OverviewCsv.response(overviewRows.of(practices.keySet(), day, false), day);
    }

    /** The overview API's limit on practices evaluated in one request holds for the pages too. */
    private Map<String, PracticeEntry> withinLimit(Map<String, PracticeEntry> practices) {
        int max = overviewRows.maxPractices();
        if (practices.size() > max) {
            throw ApiException.invalid("The registry has " + practices.size() + " practices, more than the " + max
                    + " one overview may evaluate (access.overview.max-practices).");
        }
        return practices;
    }

    PracticePage practice(String odsCode, LocalDate day, WorklistFilter filter, int page) {
        String ods = practiceCode(odsCode);
        audit.practice(ods);
        Worklist worklist = Worklist.of(evaluations.get(ods, day, false), profiles.context(ods));
        List<AdvisedRecommendation> matching = worklist.matching(filter);
        int from = Math.min(page * PAGE_SIZE, matching.size());
        List<RecommendationView> rows = views(matching.subList(from, Math.min(from + PAGE_SIZE, matching.size())), ods);
        audit.returned(rows.size(), "html");
        String query = filter.query();
        String withFilter = (query.isEmpty() ? "" : query + "&") + "asOf=" + day;
        String base = "/practices/" + ods + "?" + withFilter;
        PracticeSummary summary = PracticeSummary.of(worklist.evaluation());
        List<SnapshotPoint> history = snapshots.dailyLatest(ods, day.minusYears(1), day).stream()
                .filter(p -> p.status() == SnapshotPoint.Status.OK)
                .toList();
        return new PracticePage(
                ods,
                profiles.entry(ods).map(PracticeEntry::name).orElse(ods),
                day,
                summary,
                Arrays.stream(Recommendation.values())
                        .map(r -> new PracticePage.CountLink(
                                Labels.label(r),
                                summary.recommendations().getOrDefault(r, 0),
                                "/practices/" + ods + "?recommendation=" + r + "&asOf=" + day + "#worklist"))
                        .toList(),
                profiles.entry(ods).isPresent()
                        ? checklists.of(
                                ods, day, null, null, false, (o, q) -> "/practices/" + o + "?" + q + "#worklist")
                        : null,
                query,
                Labels.describe(filter),
                matching.size(),
                rows,
                page > 0 ? base + "&page=" + (page - 1) + "#worklist" : null,
                from + PAGE_SIZE < matching.size() ? base + "&page=" + (page + 1) + "#worklist" : null,
                "/practices/" + ods + "/patients.csv?" + withFilter,
                TrendChart.excludedPercent(history.stream()
                        .map(p -> new TrendChart.Point(p.date(), p.figures().excludedPercent()))
                        .toList()),
                TrendChart.count(
                        "Active 104s",
                        history.stream()
                                .map(p -> new TrendChart.Point(
                                        p.date(), p.figures().flags().get(AccessFlag.ACTIVE_104)))
                                .toList()));
    }

    /** Every patient of the worklist under the filter, as the API's CSV. */
    Response worklistCsv(String odsCode, LocalDate day, WorklistFilter filter) {
        String ods = practiceCode(odsCode);
        audit.practice(ods);
        Worklist worklist = Worklist.of(evaluations.get(ods, day, false), profiles.context(ods));
        List<RecommendationView> rows = views(worklist.matching(filter), ods);
        audit.returned(rows.size(), "csv");
        return RecommendationCsv.response(ods, day, rows);
    }

    private static String practiceCode(String odsCode) {
        if (!ODS.matcher(odsCode).matches()) {
            throw ApiException.invalid("odsCode must be 3 to 10 letters and digits.");
        }
        return odsCode.toUpperCase(Locale.ROOT);
    }

    private static List<RecommendationView> views(List<AdvisedRecommendation> rows, String ods) {
        return rows.stream()
                .map(r -> RecommendationView.from(r.result(), ods, false, r.actions()))
                .toList();
    }

    PatientPage patient(String nhsNumber, LocalDate day) {
        if (!NhsNumber.isValid(nhsNumber)) {
            throw ApiException.invalid("nhsNumber must be 10 digits with a valid check digit (modulus 11).");
        }
        audit.nhsNumbers(List.of(nhsNumber));
        PatientRecommendation found = recommender.recommend(nhsNumber, day);
        audit.practice(found.practiceOdsCode());
        return new PatientPage(
                day,
                clock.instant(),
                RecommendationView.from(found.result(), found.practiceOdsCode(), true, found.actions()));
    }
}
