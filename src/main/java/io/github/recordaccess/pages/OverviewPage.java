package io.github.recordaccess.pages;

import io.github.recordaccess.api.OverviewRow;
import java.time.LocalDate;
import java.util.List;

/** The ICB overview page: one row per registered practice, with its name, and the ICB's excluded % over the last year. */
public record OverviewPage(LocalDate asOf, List<Entry> rows, TrendChart trend) {

    /** A practice's row and its name in the registry. */
    public record Entry(String name, OverviewRow row) {}
}
