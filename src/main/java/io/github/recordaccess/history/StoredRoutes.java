package io.github.recordaccess.history;

import io.github.recordaccess.fhir.CohortRoute;
import io.github.recordaccess.fhir.CohortRouteStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The registration routes of a stored evaluation in the {@code cohort_routes} column: one line per route,
 * {@code ROUTE<TAB>searched|not_searched<TAB>detail}, so that a stored row says which routes could not be searched
 * exactly as a live one does. Plain text rather than JSON: three short lines, readable in a database console.
 */
final class StoredRoutes {

    /** The column's width (V4__snapshot_cohort_routes.sql). */
    static final int COLUMN_WIDTH = 2000;

    private static final String SEARCHED = "searched";
    private static final String NOT_SEARCHED = "not_searched";

    private StoredRoutes() {}

    /** The column's text; null for null (unknown); empty for no routes. */
    static String text(List<CohortRouteStatus> routes) {
        if (routes == null) {
            return null;
        }
        // Each detail is cut to its share of the column, so the whole always fits and every route is kept.
        int detailWidth = COLUMN_WIDTH / Math.max(1, routes.size()) - 40;
        return routes.stream()
                .map(r -> r.route().name() + "\t" + (r.searched() ? SEARCHED : NOT_SEARCHED) + "\t"
                        + oneLine(r.detail(), detailWidth))
                .collect(Collectors.joining("\n"));
    }

    /** The routes of the column's text; null for null (a point stored before the column existed: unknown). */
    static List<CohortRouteStatus> routes(String text) {
        if (text == null) {
            return null;
        }
        List<CohortRouteStatus> routes = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\t", 3);
            routes.add(new CohortRouteStatus(
                    CohortRoute.valueOf(fields[0]), fields[1].equals(SEARCHED), fields.length > 2 ? fields[2] : ""));
        }
        return List.copyOf(routes);
    }

    private static String oneLine(String detail, int max) {
        String line = detail == null ? "" : detail.replaceAll("[\\t\\r\\n]+", " ");
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
    }
}
