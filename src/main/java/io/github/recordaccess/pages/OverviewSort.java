package io.github.recordaccess.pages;

import io.github.recordaccess.read.ApiException;
import io.github.recordaccess.read.Attention;
import io.github.recordaccess.read.Words;
import io.github.recordaccess.rules.Recommendation;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How the overview's table is sorted: by any column ({@code ?sort=excluded&order=desc}), on the server, so that it
 * works without script and a sorted view can be bookmarked. Failed practices have no figures: they come first in
 * every figure column, whichever the order, since they are what needs attention; by name, system or go-live they
 * take their place among the rest, and by evaluation time (they have none) they come last. A practice not live yet
 * comes last by go-live; the "Go-live" order puts them first. Ties go by ODS code. {@link #options} lists every order,
 * for a sort select.
 */
record OverviewSort(Column column, boolean descending) {

    /** The default: the API's order, highest excluded share first (failed practices before them). */
    static final OverviewSort DEFAULT = new OverviewSort(Column.EXCLUDED, true);

    /** What a column holds, for the words of its order. */
    enum Kind {
        TEXT("A to Z", "Z to A"),
        DATE("earliest first", "latest first"),
        FIGURE("lowest first", "highest first"),
        URGENCY("least urgent first", "most urgent first"),
        LIVE("not live first", "live first");

        final String ascending;
        final String descending;

        Kind(String ascending, String descending) {
            this.ascending = ascending;
            this.descending = descending;
        }
    }

    enum Column {
        PRACTICE("practice", "Practice", Kind.TEXT, e -> e.name().toLowerCase(Locale.ROOT)),
        SYSTEM("system", "System", Kind.TEXT, OverviewPage.Entry::system),
        LIVE_SINCE("live-since", "Live since", Kind.DATE, OverviewPage.Entry::goLive),
        PATIENTS("patients", "Patients", Kind.FIGURE, e -> e.row().patients()),
        ELIGIBLE("eligible", "Eligible", Kind.FIGURE, e -> e.row().eligiblePatients()),
        PROVIDE_ACCESS(
                "provide-access",
                Words.of(Recommendation.PROVISION_ACCESS),
                Kind.FIGURE,
                e -> count(e, Recommendation.PROVISION_ACCESS)),
        OFFER_ON_REQUEST(
                "offer-on-request",
                Words.of(Recommendation.OFFER_OPT_IN),
                Kind.FIGURE,
                e -> count(e, Recommendation.OFFER_OPT_IN)),
        OPTED_OUT(
                "opted-out", Words.of(Recommendation.OPTED_OUT), Kind.FIGURE, e -> count(e, Recommendation.OPTED_OUT)),
        NOT_APPLICABLE(
                "not-applicable",
                Words.of(Recommendation.NOT_APPLICABLE),
                Kind.FIGURE,
                e -> count(e, Recommendation.NOT_APPLICABLE)),
        REVIEW(
                "review",
                Words.of(Recommendation.REVIEW_REQUIRED),
                Kind.FIGURE,
                e -> count(e, Recommendation.REVIEW_REQUIRED)),
        EXCLUDED("excluded", "Excluded (104)", Kind.FIGURE, e -> e.row().excludedPercent()),
        BULK_CODED("bulk-coded", "Bulk-coded 104", Kind.FIGURE, e -> e.row().bulkCoded104()),
        ATTENTION(
                "attention",
                "Needs attention",
                Kind.URGENCY,
                e -> Attention.weight(e.row().needsAttention())),
        EVALUATED("evaluated", "Evaluated", Kind.DATE, e -> e.row().evaluatedAt()),
        /** Not a heading of its own (the "Live since" column shows it): not-live practices first, or last. */
        LIVE("live", "Go-live", Kind.LIVE, e -> !e.row().needsAttention().contains(Attention.NOT_LIVE));

        final String key;
        final String label;
        final Kind kind;
        /** A figure (failed practices have none); it sorts highest first on the first click. */
        final boolean figure;
        /** A column of the table, whose heading sorts by it; the others are in the sort options only. */
        final boolean heading;

        @SuppressWarnings("ImmutableEnumChecker") // stateless lambdas
        private final Function<OverviewPage.Entry, Comparable<?>> value;

        Column(String key, String label, Kind kind, Function<OverviewPage.Entry, Comparable<?>> value) {
            this.key = key;
            this.label = label;
            this.kind = kind;
            this.figure = kind == Kind.FIGURE || kind == Kind.URGENCY;
            this.heading = kind != Kind.LIVE;
            this.value = value;
        }

        private static Integer count(OverviewPage.Entry e, Recommendation r) {
            return e.row().recommendations().get(r);
        }
    }

    /**
     * The sort a query asks for: both parameters are optional; an unknown value is a 400 that lists the known ones. The
     * sort select sends both in one value ({@code sort=excluded-desc}), since a select sends one parameter.
     */
    static OverviewSort of(String sort, String order) {
        if (order == null && sort != null && sort.matches(".+-(asc|desc)")) {
            int dash = sort.lastIndexOf('-');
            return of(sort.substring(0, dash), sort.substring(dash + 1));
        }
        Column column = sort == null
                ? DEFAULT.column
                : Arrays.stream(Column.values())
                        .filter(c -> c.key.equals(sort))
                        .findFirst()
                        .orElseThrow(() -> ApiException.invalid("sort must be one of "
                                + Arrays.stream(Column.values()).map(c -> c.key).collect(Collectors.joining(", "))
                                + "."));
        if (order == null) {
            return new OverviewSort(column, column.figure);
        }
        return switch (order) {
            case "asc" -> new OverviewSort(column, false);
            case "desc" -> new OverviewSort(column, true);
            default -> throw ApiException.invalid("order must be asc or desc.");
        };
    }

    List<OverviewPage.Entry> sorted(List<OverviewPage.Entry> entries) {
        return entries.stream().sorted(comparator()).toList();
    }

    /** The link a column's heading carries: the column in its first order, or the other order if sorted by it already. */
    String href(Column c, LocalDate asOf) {
        boolean descending = c == column ? !this.descending : c.figure;
        return "/?sort=" + c.key + "&order=" + (descending ? "desc" : "asc") + "&asOf=" + asOf;
    }

    /** The order in words, for the table's caption. */
    String described() {
        String order = descending ? column.kind.descending : column.kind.ascending;
        return "Sorted by " + column.label.toLowerCase(Locale.ROOT) + ", " + order
                + (column.figure ? "; practices that could not be evaluated come first" : "");
    }

    /** The heading's aria-sort, or null for the columns the table is not sorted by. */
    String ariaSort(Column c) {
        return c != column ? null : descending ? "descending" : "ascending";
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Comparator<OverviewPage.Entry> comparator() {
        Comparator<Comparable> natural = Comparator.naturalOrder();
        // A value a practice lacks (no evaluation time after a failure) goes last in either order.
        Comparator<OverviewPage.Entry> byValue = Comparator.comparing(
                e -> (Comparable) column.value.apply(e),
                Comparator.nullsLast(descending ? natural.reversed() : natural));
        Comparator<OverviewPage.Entry> byCode =
                Comparator.comparing(e -> e.row().practiceOdsCode());
        if (column.figure) {
            Comparator<OverviewPage.Entry> failedFirst =
                    Comparator.comparing(e -> !e.row().failed());
            return failedFirst
                    .thenComparing((a, b) -> a.row().failed() ? 0 : byValue.compare(a, b))
                    .thenComparing(byCode);
        }
        return byValue.thenComparing(byCode);
    }
}
