package io.github.recordaccess.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Finds a practice's Patient records that share an NHS number. Two registrations of one person split
 * their codes between them, so neither record alone can be trusted: one may hold the 104. Inactive and
 * deceased copies are no duplicates: they are out of the automatic model anyway. Nor is a record replaced
 * by another (a settled merge): its entries already count for the survivor, and its NHS numbers count as the
 * survivor's, so a third record sharing the old number is still the survivor's duplicate.
 */
final class DuplicateRecords {

    private DuplicateRecords() {}

    /** The ids of active, living patients that share an NHS number (ignoring spaces) with another such patient. */
    static Set<String> among(Collection<PatientFacts> patients, MergedRecords merges, LocalDate asOf) {
        Map<String, String> firstWithNumber = new HashMap<>(patients.size() * 2);
        Set<String> duplicated = new HashSet<>();
        for (PatientFacts patient : patients) {
            // A copy that may yet be alive on asOf (a death date of "2025") still splits the person's codes.
            if (Boolean.FALSE.equals(patient.active())
                    || patient.isCertainlyDeceasedBy(asOf)
                    || merges.isReplaced(patient.patientId())) {
                continue;
            }
            for (String nhs : merges.comparableNhsNumbers(patient)) {
                String first = firstWithNumber.putIfAbsent(nhs, patient.patientId());
                if (first != null && !first.equals(patient.patientId())) {
                    duplicated.add(first);
                    duplicated.add(patient.patientId());
                }
            }
        }
        return duplicated;
    }
}
