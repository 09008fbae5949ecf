package io.github.recordaccess.pages;

import io.github.recordaccess.read.ApiException;
import io.github.recordaccess.read.Attention;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The overview's filter by attention tag ({@code ?attention=NOT_LIVE}): on the server, so that it works without
 * script and a filtered view can be bookmarked. No value shows every practice.
 */
final class OverviewFilter {

    private OverviewFilter() {}

    /** The tag a query asks for, or null for every practice; an unknown tag is a 400 that lists the known ones. */
    static Attention of(String attention) {
        if (attention == null || attention.isEmpty()) {
            return null;
        }
        return Arrays.stream(Attention.values())
                .filter(a -> a.name().equals(attention))
                .findFirst()
                .orElseThrow(() -> ApiException.invalid("attention must be one of "
                        + Arrays.stream(Attention.values()).map(Enum::name).collect(Collectors.joining(", "))
                        + "."));
    }

    /** The filter as the end of a query string ({@code &attention=...}), or nothing for every practice. */
    static String query(Attention filter) {
        return filter == null ? "" : "&attention=" + filter.name();
    }

    static List<OverviewPage.Entry> apply(List<OverviewPage.Entry> entries, Attention filter) {
        return filter == null
                ? entries
                : entries.stream()
                        .filter(e -> e.row().needsAttention().contains(filter))
                        .toList();
    }
}
