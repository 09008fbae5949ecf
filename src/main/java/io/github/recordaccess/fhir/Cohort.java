package io.github.recordaccess.fhir;

import io.github.recordaccess.rules.PatientFacts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The union of a practice's registration routes, without repeats: the Organization route's Patients first, in
 * the order found, then the others' not already listed. Coded entries of the Organization route's Patients can
 * be searched by a chain on the practice; the others' only by patient.
 */
final class Cohort {

    private final Map<String, PatientFacts> patients = new LinkedHashMap<>();
    private final List<String> outsideOrganizationRoute = new ArrayList<>();
    private final List<CohortRouteStatus> statuses = new ArrayList<>();

    Cohort(RouteCohort organization, List<RouteCohort> others) {
        patients.putAll(organization.patients());
        statuses.add(organization.status());
        for (RouteCohort route : others) {
            statuses.add(route.status());
            route.patients().forEach((id, facts) -> {
                if (patients.putIfAbsent(id, facts) == null) {
                    outsideOrganizationRoute.add(id);
                }
            });
        }
    }

    Map<String, PatientFacts> patients() {
        return patients;
    }

    /** The Patients no chain on the practice's Organization reaches. */
    List<String> outsideOrganizationRoute() {
        return outsideOrganizationRoute;
    }

    List<CohortRouteStatus> statuses() {
        return statuses;
    }
}
