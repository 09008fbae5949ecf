package io.github.recordaccess.fhir;

import io.github.recordaccess.rules.PatientFacts;
import java.util.Map;

/** The Patients one registration route found, by id in the order found, and how the route went. */
record RouteCohort(Map<String, PatientFacts> patients, CohortRouteStatus status) {}
