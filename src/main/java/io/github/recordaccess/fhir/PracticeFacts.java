package io.github.recordaccess.fhir;

import io.github.recordaccess.rules.PatientFacts;
import java.util.List;

/**
 * Every patient of a practice with their coded entries, and the registration routes searched to find them
 * (and any that could not be: the cohort may then miss Patients, which every practice answer says).
 */
public record PracticeFacts(List<PatientFacts> patients, List<CohortRouteStatus> cohortRoutes) {

    public PracticeFacts {
        patients = List.copyOf(patients);
        cohortRoutes = List.copyOf(cohortRoutes);
    }
}
