package io.github.recordaccess.pages;

import io.github.recordaccess.api.OverviewRow;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The ICB overview page: one row per registered practice, and the ICB's excluded % over the last year. */
public record OverviewPage(LocalDate asOf, List<OverviewRow> rows, Map<String, String> names, TrendChart trend) {

    public String name(String odsCode) {
        return names.getOrDefault(odsCode, odsCode);
    }
}
