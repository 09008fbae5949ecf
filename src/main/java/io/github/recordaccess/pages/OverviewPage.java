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
 * the last year; above them the totals of the practices the caller may see ({@link OverviewTotals}), and the practice
 * just computed again ({@code refreshed}, its name, or null). A caller sees only the practices in their scope
 * ({@code everyPractice} false), the ICB's trend only when they may see the ICB's totals ({@code trend} null otherwise).
 * The patient search is in the page's header.
 */
public record OverviewPage(
        LocalDate asOf,
        List<Entry> rows,
        List<Heading> headings,
        String sortedBy,
        String csv,
        TrendChart trend,
        boolean everyPractice,
        OverviewTotals totals,
        Controls controls,
        String refreshed,
        SortSelect sortSelect) {

    /**
     * What the page's forms carry: the order and filter now ({@code sort}, {@code order}, {@code attention}, empty for
     * every practice), every order a sort select offers ({@code sortOptions}), every filter ({@code filters}), and the
     * token of the "Compute again" forms.
     */
    public record Controls(
            String sort,
            String order,
            String attention,
            List<SortOption> sortOptions,
            List<Filter> filters,
            String formToken) {

        /** The orders an ICB acts on first: the most urgent practices first, and the ones not live first. */
        public List<SortOption> quickSorts() {
            return sortOptions.stream()
                    .filter(o -> o.sort().equals("attention") && o.order().equals("desc")
                            || o.sort().equals("live") && o.order().equals("asc"))
                    .toList();
        }
    }

    /** One choice of the filter: its words, its value ({@code ?attention=}, empty for all) and whether it is chosen. */
    public record Filter(String label, String value, boolean selected) {}

    /** One order a sort select offers: its words, its query values and link, and whether the table is in it now. */
    public record SortOption(String label, String sort, String order, String href, boolean selected) {}

    /** An attention tag as the page shows it. */
    public record Tag(String label, String tagClass) {}

    /** "12.5%" of a part of a whole, one decimal; empty when there is no whole to share. */
    static String percent(Integer part, Integer whole) {
        if (part == null || whole == null || whole == 0) {
            return "";
        }
        return String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    /**
     * A column heading: its link sorts by it, and {@code ariaSort} tells assistive technology how the table is
     * sorted now. {@code hint} is the link's visually hidden end: what selecting it does.
     */
    public record Heading(String label, boolean numeric, String href, String ariaSort, String hint) {

        static Heading of(OverviewSort.Column column, OverviewSort sort, LocalDate asOf, String filterQuery) {
            String href = sort.href(column, asOf) + filterQuery;
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
            return goLive == null ? "Not live yet" : DisplayFormats.date(goLive);
        }

        /** What the "Needs attention" cell says when nothing does. */
        public String nothingNeeded() {
            return AttentionWords.NOTHING;
        }

        /** Why the practice needs attention, most serious first; empty when nothing does. */
        public List<Tag> tags() {
            return row.needsAttention().stream()
                    .map(a -> new Tag(AttentionWords.label(a), AttentionWords.tagClass(a)))
                    .toList();
        }

        // Percentages beside counts: of eligible patients (the four outcomes of eligible patients add up to it), and
        // for "not applicable" of all patients, since those patients are not eligible.
        public String provideAccessPercent() {
            return percent(provideAccess(), row.eligiblePatients());
        }

        public String offerOptInPercent() {
            return percent(offerOptIn(), row.eligiblePatients());
        }

        public String optedOutPercent() {
            return percent(optedOut(), row.eligiblePatients());
        }

        public String reviewRequiredPercent() {
            return percent(reviewRequired(), row.eligiblePatients());
        }

        public String notApplicablePercent() {
            return percent(notApplicable(), row.patients());
        }

        /** Where the figures come from, in words: the stored figures, or computed for this page. */
        public String computedHow() {
            return row.figuresFrom() == OverviewRow.Source.LIVE ? "computed for this page" : "stored figures";
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
