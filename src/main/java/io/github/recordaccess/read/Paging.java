package io.github.recordaccess.read;

import java.util.List;

/** Which rows of a worklist to read: page {@code page} (from 0) of {@code size} rows, or {@link #ALL} of them. */
public record Paging(int page, int size) {

    /** Every row: a CSV download without page or size. */
    public static final Paging ALL = new Paging(0, Integer.MAX_VALUE);

    /** The rows of this page; past the end, none. */
    <T> List<T> of(List<T> rows) {
        int from = (int) Math.min((long) page * size, rows.size());
        return rows.subList(from, (int) Math.min((long) from + size, rows.size()));
    }
}
