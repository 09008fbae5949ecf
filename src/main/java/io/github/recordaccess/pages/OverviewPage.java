package io.github.recordaccess.pages;

import io.github.recordaccess.read.DisplayFormats;
import io.github.recordaccess.read.OverviewRow;
import io.github.recordaccess.read.Words;
import io.github.recordaccess.registry.PracticeEntry;
import io.github.recordaccess.rules.Recommendation;
import java.time.LocalDate;
import java.util.List;

/**
 * The ICB overview page: one row per registered practice, with its name and trend line, in the order asked for
 * ({@link OverviewSort}); the headings that sort the table; the CSV of the same rows; and the ICB's excluded % over
 * the last year. A caller sees only the practices in their scope ({@code everyPractice} false), the ICB's trend only
 * when they may see the ICB's totals ({@code trend} null otherwise), and the patient search only when they may read
 * some patient.
 */
public record OverviewPage(
        LocalDate asOf,
        List<Entry> rows,
        List<Heading> headings,
        String sortedBy,
        String csv,
        TrendChart trend,
        boolean everyPractice,
        boolean patientSearch) {

    /** The patient search form, empty. */
    public PatientSearch search() {
        return PatientSearch.empty(asOf);
    }

    /**
     * A column heading: its link sorts by it, and {@code ariaSort} tells assistive technology how the table is
     * sorted now. {@code hint} is the link's visually hidden end: what selecting it does.
     */
    public record Heading(String label, boolean numeric, String href, String ariaSort, String hint) {

        static Heading of(OverviewSort.Column column, OverviewSort sort, LocalDate asOf) {
            String href = sort.href(column, asOf);
            return new Heading(
                    column.label,
                    column.figure,
                    href,
                    sort.ariaSort(column),
                    ", sort " + (href.contains("order=desc") ? column.kind.descending : column.kind.ascending));
        }
    }

    /** A practice's row, with what the registry says of it and its excluded % over the last year. */
    public record Entry(String name, String system, LocalDate goLive, OverviewRow row, Sparkline trend) {

        static Entry of(PracticeEntry practice, OverviewRow row, Sparkline trend) {
            return new Entry(
                    practice == null ? row.practiceOdsCode() : practice.name(),
                    practice == null ? "" : Words.of(practice.system()),
                    practice == null ? null : practice.goLive().orElse(null),
                    row,
                    trend);
        }

        public String liveSince() {
            return goLive == null ? "Not live" : DisplayFormats.date(goLive);
        }

        // Patients per recommendation, one accessor each: the templates read no-argument members only.
        public Integer provideAccess() {
            return row.recommendations().get(Recommendation.PROVISION_ACCESS);
        }

        public Integer offerOptIn() {
            return row.recommendations().get(Recommendation.OFFER_OPT_IN);
        }

        public Integer optedOut() {
            return row.recommendations().get(Recommendation.OPTED_OUT);
        }

        public Integer notApplicable() {
            return row.recommendations().get(Recommendation.NOT_APPLICABLE);
        }

        public Integer reviewRequired() {
            return row.recommendations().get(Recommendation.REVIEW_REQUIRED);
        }

        /** When the practice was evaluated, London time. */
        public String evaluated() {
            return row.evaluatedAt() == null ? "" : DisplayFormats.dateTime(row.evaluatedAt());
        }
    }
}
