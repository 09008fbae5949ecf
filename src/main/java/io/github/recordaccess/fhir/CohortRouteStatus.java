package io.github.recordaccess.fhir;

/**
 * Whether one registration route was searched for a practice's cohort, and if not why: a route that could
 * not be searched leaves the cohort possibly incomplete, which every practice answer says.
 *
 * @param route the route
 * @param searched true when the route was searched (and every Patient it found is in the cohort)
 * @param detail how it was searched, or why it could not be
 */
public record CohortRouteStatus(CohortRoute route, boolean searched, String detail) {

    static CohortRouteStatus searched(CohortRoute route, String how) {
        return new CohortRouteStatus(route, true, how);
    }

    static CohortRouteStatus unavailable(CohortRoute route, String why) {
        return new CohortRouteStatus(route, false, why);
    }
}
