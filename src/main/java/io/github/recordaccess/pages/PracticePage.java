package io.github.recordaccess.pages;

import io.github.recordaccess.practice.PracticeSummary;
import io.github.recordaccess.practice.WorklistFilter;
import io.github.recordaccess.read.ChecklistView;
import io.github.recordaccess.read.DisplayFormats;
import io.github.recordaccess.read.WorklistQuery;
import io.github.recordaccess.rules.ClinicalSystem;
import io.github.recordaccess.rules.Reason;
import java.time.LocalDate;
import java.util.List;

/**
 * One practice's page, a task page: at the top its clinical system and go-live state ({@code goLive}, the registry's
 * date, null when it has none), then its checklist as a task list most urgent first ({@code tasks}; the checklist is
 * null, and the tasks empty, when the practice is not in the registry), then its counts, trends and one page of its
 * full worklist under the filter given ({@code filter}: the query, empty for every patient; {@code filterWords}: the
 * same in words) with the CSV of every matching patient. A figures-only caller ({@code patientLevel} false) gets the
 * counts and tasks without rows, links to lists or the CSV.
 */
public record PracticePage(
        String odsCode,
        String name,
        LocalDate asOf,
        LocalDate goLive,
        PracticeSummary summary,
        List<CountLink> byRecommendation,
        ChecklistView checklist,
        List<TaskList.Task> tasks,
        String filter,
        String filterWords,
        PagedPatients patients,
        TrendChart excludedTrend,
        TrendChart activeTrend,
        boolean patientLevel) {

    /** A count and the worklist it stands for (null for a figures-only caller and for no patients). */
    public record CountLink(String label, int patients, String href) {}

    /** The link to one of the practice's worklists on this page. */
    static String worklist(String odsCode, WorklistFilter filter, LocalDate asOf) {
        return "/practices/" + odsCode + "?" + WorklistQuery.query(filter) + "&asOf=" + asOf + "#worklist";
    }

    /** The registry's clinical system, or null when the practice is not registered. */
    public ClinicalSystem system() {
        return checklist == null ? null : checklist.system();
    }

    /** "Live since 31 October 2023", "Not live yet", ...; null when the practice is not registered. */
    public String liveState() {
        return checklist == null ? null : TaskWords.liveState(checklist.live(), goLive);
    }

    /** What not being live yet means for the practice's patients; null when it is live or not registered. */
    public String notLiveMeaning() {
        return checklist == null || checklist.live() ? null : TaskWords.notLiveMeaning(checklist.system());
    }

    /** The patients whose deciding 104 fell on a bulk-coding day (null when there are none to list). */
    public String bulkCodedList() {
        return summary.bulkCoded104() > 0 ? worklist(odsCode, WorklistFilter.byBulkCoded104(true), asOf) : null;
    }

    /** The bulk-coded count in words: "1 patient". */
    public String bulkCodedCount() {
        return TaskWords.patients(summary.bulkCoded104());
    }

    /** The patients with a safeguarding concern that no individual review follows. */
    public String concernList() {
        return worklist(odsCode, WorklistFilter.ALL.withReason(Reason.SAFEGUARDING_CONCERN), asOf);
    }

    /** When the practice was evaluated, London time. */
    public String evaluated() {
        return DisplayFormats.dateTime(summary.evaluatedAt());
    }

    /** The day the figures are for: "5 December 2026". */
    public String day() {
        return TaskWords.day(asOf);
    }
}
