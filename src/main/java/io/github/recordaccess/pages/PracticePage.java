package io.github.recordaccess.pages;

import io.github.recordaccess.practice.PracticeSummary;
import io.github.recordaccess.practice.WorklistFilter;
import io.github.recordaccess.read.ChecklistView;
import io.github.recordaccess.read.DisplayFormats;
import io.github.recordaccess.read.RecommendationView;
import io.github.recordaccess.read.WorklistQuery;
import io.github.recordaccess.rules.Reason;
import java.time.LocalDate;
import java.util.List;

/**
 * One practice's page: its counts, its checklist (null when the practice is not in the registry), one page of
 * its worklist under the filter given ({@code filter}: the query, empty for every patient; {@code filterWords}: the
 * same in words) with the CSV of every
 * matching patient, and its trends of excluded % and active 104s. A figures-only caller ({@code patientLevel} false)
 * gets the counts and checklist without rows, links to lists or the CSV.
 */
public record PracticePage(
        String odsCode,
        String name,
        LocalDate asOf,
        PracticeSummary summary,
        List<CountLink> byRecommendation,
        ChecklistView checklist,
        String filter,
        String filterWords,
        int matching,
        List<RecommendationView> rows,
        String previousPage,
        String nextPage,
        String csv,
        TrendChart excludedTrend,
        TrendChart activeTrend,
        boolean patientLevel) {

    /** A count and the worklist it stands for (null for a figures-only caller). */
    public record CountLink(String label, int patients, String href) {}

    /** The link to one of the practice's worklists on this page. */
    static String worklist(String odsCode, WorklistFilter filter, LocalDate asOf) {
        return "/practices/" + odsCode + "?" + WorklistQuery.query(filter) + "&asOf=" + asOf + "#worklist";
    }

    /** The patients whose deciding 104 fell on a bulk-coding day. */
    public String bulkCodedList() {
        return worklist(odsCode, WorklistFilter.byBulkCoded104(true), asOf);
    }

    /** The patients with a safeguarding concern that no individual review follows. */
    public String concernList() {
        return worklist(odsCode, WorklistFilter.ALL.withReason(Reason.SAFEGUARDING_CONCERN), asOf);
    }

    /** When the practice was evaluated, London time. */
    public String evaluated() {
        return DisplayFormats.dateTime(summary.evaluatedAt());
    }
}
