package io.github.recordaccess.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The London days on which a practice applied 106 in bulk: counted 106s dated to the day for at least
 * {@code access.bulk-coding.min-patients} distinct patients, counted as {@link BulkCodingDetector} counts 104s.
 * A 106 of such a day is no individual review of a safeguarding concern ({@link ConcernReview}).
 */
public final class Bulk106Days {

    /** Where the practice's counts are unknown: every day may be a bulk day, so no 106 shows a review. */
    public static final Predicate<LocalDate> UNKNOWN = day -> true;

    private Bulk106Days() {}

    /**
     * Among a practice's records: a record's own 106s and those of the records merged into it count for it, so
     * that a person is counted once.
     */
    static Set<LocalDate> among(
            List<PatientFacts> patients, MergedRecords merges, LocalDate asOf, boolean asOfIsToday, int minPatients) {
        Map<LocalDate, Set<String>> patientsByDay = new HashMap<>();
        for (PatientFacts patient : patients) {
            if (merges.isReplaced(patient.patientId())) {
                continue;
            }
            List<CodedEvent> events = new ArrayList<>(patient.events());
            merges.mergedInto(patient.patientId()).forEach(m -> events.addAll(m.events()));
            for (LocalDate day :
                    EventCounting.countedDays(events, CodeKind.REVIEW_NOT_INDICATED_106, asOf, asOfIsToday)) {
                patientsByDay.computeIfAbsent(day, d -> new HashSet<>()).add(patient.patientId());
            }
        }
        Set<LocalDate> bulk = new HashSet<>();
        patientsByDay.forEach((day, ids) -> {
            if (ids.size() >= minPatients) {
                bulk.add(day);
            }
        });
        return bulk;
    }

    /**
     * The distinct patients with a counted 106 dated to {@code day}, from entries found by patient id (entries of
     * other days and kinds may be among them), for one patient's answer when no practice list is at hand.
     */
    public static int patientsCodedOn(
            LocalDate day, Map<String, List<CodedEvent>> eventsByPatient, LocalDate asOf, LocalDate today) {
        return EventCounting.patientsCodedOn(CodeKind.REVIEW_NOT_INDICATED_106, day, eventsByPatient, asOf, today);
    }
}
