package io.github.recordaccess.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Every order the overview offers, as links (the quick sorts) and as the sort select of phone width. */
final class OverviewSortChoices {

    private OverviewSortChoices() {}

    /** Every order, each column's first order first: the one list a sort select iterates. */
    static List<OverviewPage.SortOption> options(OverviewSort sort, LocalDate asOf, String filterQuery) {
        List<OverviewPage.SortOption> options = new ArrayList<>();
        for (OverviewSort.Column c : OverviewSort.Column.values()) {
            for (boolean desc : c.figure ? new boolean[] {true, false} : new boolean[] {false, true}) {
                String order = desc ? "desc" : "asc";
                options.add(new OverviewPage.SortOption(
                        c.label + ", " + (desc ? c.kind.descending : c.kind.ascending),
                        c.key,
                        order,
                        "/?sort=" + c.key + "&order=" + order + "&asOf=" + asOf + filterQuery,
                        c == sort.column() && desc == sort.descending()));
            }
        }
        return options;
    }

    /** The select that sorts the table at phone width: every column in each order, the one shown now selected. */
    static SortSelect select(OverviewSort sort, LocalDate asOf, String attention) {
        List<SortSelect.Field> keep = new ArrayList<>(List.of(new SortSelect.Field("asOf", asOf.toString())));
        if (!attention.isEmpty()) {
            keep.add(new SortSelect.Field("attention", attention));
        }
        // The same orders as the headings and the quick sorts, sent as one value ("practice-asc").
        List<SortSelect.Option> choices = options(sort, asOf, "").stream()
                .map(o -> new SortSelect.Option(o.sort() + "-" + o.order(), o.label(), o.selected()))
                .toList();
        return new SortSelect("overview-sort", "/", keep, "sort", choices);
    }
}
