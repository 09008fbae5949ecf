package io.github.recordaccess.fhir;

import io.github.recordaccess.rules.CodedEvent;
import io.github.recordaccess.rules.PatientFacts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins a practice's coded entries to its cohort, and fails closed: an entry that belongs to no patient
 * of the cohort fails the whole practice rather than being dropped, since dropping it could hide a 104.
 */
final class CohortJoin {

    private CohortJoin() {}

    /** @param cohort the practice's patients by id, in the order to keep */
    static List<PatientFacts> join(Map<String, PatientFacts> cohort, List<List<FoundEntry>> searches) {
        Map<String, List<CodedEvent>> events = new HashMap<>();
        Set<String> seen = new HashSet<>();
        int strays = 0;
        for (List<FoundEntry> search : searches) {
            for (FoundEntry found : search) {
                if (!cohort.containsKey(found.patientId())) {
                    strays++;
                } else if (seen.add(found.reference())) { // a resource found by two code searches counts once
                    events.computeIfAbsent(found.patientId(), id -> new ArrayList<>())
                            .addAll(found.events());
                }
            }
        }
        if (strays > 0) {
            // The code searches use the cohort's own criterion, so an entry outside it means the data changed
            // mid-evaluation or its subject cannot be read.
            throw new FhirServerException(
                    FhirServerException.Kind.INCOMPLETE,
                    "search coded entries by practice",
                    strays
                            + " coded entries found for the practice belong to no patient in its cohort; no result was given. Try again.");
        }
        List<PatientFacts> facts = new ArrayList<>(cohort.size());
        cohort.forEach((id, p) -> facts.add(p.withEvents(events.getOrDefault(id, List.of()))));
        return facts;
    }
}
