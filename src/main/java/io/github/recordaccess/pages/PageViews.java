package io.github.recordaccess.pages;

import io.github.recordaccess.practice.WorklistFilter;
import io.github.recordaccess.read.ChecklistView;
import io.github.recordaccess.read.HistoryRange;
import io.github.recordaccess.read.HistoryViews;
import io.github.recordaccess.read.NhsNumber;
import io.github.recordaccess.read.OdsCode;
import io.github.recordaccess.read.Paging;
import io.github.recordaccess.read.PatientAnswer;
import io.github.recordaccess.read.PatientReads;
import io.github.recordaccess.read.PracticeReader;
import io.github.recordaccess.read.PracticeReads;
import io.github.recordaccess.read.PracticeView;
import io.github.recordaccess.read.RecommendationCsv;
import io.github.recordaccess.read.RecommendationPage;
import io.github.recordaccess.read.RecommendationView;
import io.github.recordaccess.read.StepView;
import io.github.recordaccess.read.StepWords;
import io.github.recordaccess.read.Words;
import io.github.recordaccess.read.WorklistQuery;
import io.github.recordaccess.rules.AccessFlag;
import io.github.recordaccess.rules.Recommendation;
import io.github.recordaccess.security.AuditDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * What a practice's and a patient's pages show, from the reads the API uses ({@link PracticeReads},
 * {@link PatientReads}): the page and the JSON cannot disagree. The overview's are in {@link OverviewViews}.
 */
@ApplicationScoped
public class PageViews {

    /** Patients per worklist page. */
    static final int PAGE_SIZE = 50;

    private final PracticeReads practices;
    private final PatientReads patients;
    private final AuditDetails audit;
    private final Clock clock;

    public PageViews(PracticeReads practices, PatientReads patients, AuditDetails audit, Clock clock) {
        this.practices = practices;
        this.patients = patients;
        this.audit = audit;
        this.clock = clock;
    }

    PracticePage practice(OdsCode odsCode, LocalDate day, WorklistFilter filter, int page) {
        PracticeReader practice = practices.of(odsCode);
        String ods = odsCode.value();
        PracticeView view = practice.page(
                day, filter, new Paging(page, PAGE_SIZE), (o, q) -> "/practices/" + o + "?" + q + "#worklist");
        RecommendationPage worklist = view.worklist();
        // Figures only (an ICB without a data-sharing agreement): no rows, no links to lists, no download.
        boolean patientLevel = view.patientLevel();
        audit.returned(worklist.items().size(), "html");
        String query = WorklistQuery.query(filter);
        String withFilter = (query.isEmpty() ? "" : query + "&") + "asOf=" + day;
        String base = "/practices/" + ods + "?" + withFilter;
        List<HistoryViews.Point> history = practice.history(HistoryRange.yearTo(day)).points().stream()
                .filter(p -> "OK".equals(p.status()))
                .toList();
        return new PracticePage(
                ods,
                view.name(),
                day,
                view.goLive(),
                view.summary(),
                Arrays.stream(Recommendation.values())
                        .map(r -> {
                            int patients = view.summary().recommendations().getOrDefault(r, 0);
                            return new PracticePage.CountLink(
                                    Words.of(r),
                                    patients,
                                    patientLevel && patients > 0
                                            ? PracticePage.worklist(ods, WorklistFilter.byRecommendation(r), day)
                                            : null);
                        })
                        .toList(),
                view.checklist(),
                view.checklist() == null ? List.of() : TaskList.of(view.checklist(), day),
                query,
                StepWords.describe(filter),
                PagedPatients.of(
                        worklist,
                        page,
                        PAGE_SIZE,
                        p -> base + "&page=" + p + "#worklist",
                        patientLevel ? "/practices/" + ods + "/patients.csv?" + withFilter : null),
                TrendChart.excludedPercent(history.stream()
                        .map(p -> new TrendChart.Point(p.date(), p.excludedPercent()))
                        .toList()),
                TrendChart.count(
                        "Active 104s",
                        history.stream()
                                .map(p ->
                                        new TrendChart.Point(p.date(), p.flags().get(AccessFlag.ACTIVE_104)))
                                .toList()),
                patientLevel);
    }

    /** One step of the practice's checklist with one page of its worklist: patient-level, as the worklist is. */
    StepPage step(OdsCode odsCode, LocalDate day, String stepId, int page) {
        String ods = odsCode.value();
        StepView view = practices
                .of(odsCode)
                .step(day, stepId, new Paging(page, PAGE_SIZE), (o, q) -> "/practices/" + o + "?" + q + "#worklist");
        audit.returned(view.worklist().items().size(), "html");
        String withFilter = WorklistQuery.query(view.filter()) + "&asOf=" + day;
        String base = TaskList.stepPage(ods, stepId, day);
        ChecklistView.Step step = view.step();
        TaskList.Task task = TaskList.task(ods, step, day);
        return new StepPage(
                ods,
                view.practiceName(),
                day,
                step,
                task.name(),
                task.concernsHref() == null
                        ? null
                        : TaskWords.patients(step.safeguardingConcerns()) + " with a safeguarding concern",
                task.concernsHref(),
                PagedPatients.of(
                        view.worklist(),
                        page,
                        PAGE_SIZE,
                        p -> base + "&page=" + p,
                        "/practices/" + ods + "/patients.csv?" + withFilter));
    }

    /** Every patient of the worklist under the filter, as the API's CSV. */
    Response worklistCsv(OdsCode odsCode, LocalDate day, WorklistFilter filter) {
        RecommendationPage worklist = practices.of(odsCode).worklist(day, filter, Paging.ALL, false);
        audit.returned(worklist.items().size(), "csv");
        return RecommendationCsv.response(worklist);
    }

    PatientPage patient(NhsNumber nhsNumber, LocalDate day) {
        PatientAnswer answer = patients.withPerson(nhsNumber, day);
        RecommendationView recommendation = answer.recommendation();
        return new PatientPage(
                day,
                clock.instant(),
                recommendation,
                PatientBanner.of(answer.person(), nhsNumber.value(), recommendation.practiceOdsCode(), day),
                PatientWhy.of(recommendation));
    }
}
