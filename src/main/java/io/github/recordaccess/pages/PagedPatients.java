package io.github.recordaccess.pages;

import io.github.recordaccess.read.RecommendationPage;
import io.github.recordaccess.read.RecommendationView;
import java.util.List;
import java.util.function.IntFunction;

/**
 * One page of a worklist as the pages show it: its rows, the range they are ("Showing 51 to 100 of 180 patients"),
 * links to the pages before and after with their ranges, what a page past the end means (with a link back to the last
 * page), and the CSV of every patient on the list (null when there are none).
 *
 * @param count the list's size in words ("1 patient")
 * @param showing the range shown, null when no row is
 * @param pastEnd set when the page asked for is past the end of a list that has rows
 */
public record PagedPatients(
        int total,
        String count,
        List<RecommendationView> rows,
        String showing,
        String pastEnd,
        Link previous,
        Link next,
        String csv) {

    /** A link to another page of the list, and the range of patients it holds ("Patients 1 to 50"). */
    public record Link(String href, String range) {}

    /**
     * @param href the link to a page of the list, by its number from 0
     */
    static PagedPatients of(RecommendationPage worklist, int page, int size, IntFunction<String> href, String csv) {
        int total = worklist.total();
        int pages = (total + size - 1) / size;
        int first = page * size + 1;
        boolean pastEnd = total > 0 && page >= pages;
        // Past the end, "previous" is the last page: the way back to the rows.
        int before = pastEnd ? pages - 1 : page - 1;
        Link previous = before >= 0 && total > 0 ? link(href, before, size, total) : null;
        Link next = !pastEnd && page + 1 < pages ? link(href, page + 1, size, total) : null;
        return new PagedPatients(
                total,
                TaskWords.patients(total),
                worklist.items(),
                worklist.items().isEmpty()
                        ? null
                        : TaskWords.showing(first, first + worklist.items().size() - 1, total),
                pastEnd ? TaskWords.pastEnd(page + 1, total, pages) : null,
                previous,
                next,
                total > 0 ? csv : null);
    }

    private static Link link(IntFunction<String> href, int page, int size, int total) {
        return new Link(href.apply(page), TaskWords.range(page * size + 1, Math.min((page + 1) * size, total)));
    }
}
