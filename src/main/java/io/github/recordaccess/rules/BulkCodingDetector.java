package io.github.recordaccess.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds days on which a practice applied 104 to many patients at once. NHS England advised against
 * bulk-applying 104: it is no individual assessment and travels with the record as a false risk
 * signal (NHS Digital, "Bulk applying SNOMED code 104"). Pure: works on a practice's results.
 */
public final class BulkCodingDetector {

    private final int minPatients;

    /** @param minPatients distinct patients coded 104 on one day that make it a bulk-coding day */
    public BulkCodingDetector(int minPatients) {
        if (minPatients < 1) {
            throw new IllegalArgumentException("minPatients must be at least 1");
        }
        this.minPatients = minPatients;
    }

    /** Bulk-coding days among the practice's results, earliest first. */
    public List<BulkCodingDay> detect(Collection<AccessRecommendation> results) {
        Map<LocalDate, Set<String>> patientsByDay = new HashMap<>();
        for (AccessRecommendation result : results) {
            for (LocalDate day : result.counted104Days()) {
                patientsByDay.computeIfAbsent(day, d -> new HashSet<>()).add(result.patientId());
            }
        }
        return patientsByDay.entrySet().stream()
                .filter(e -> e.getValue().size() >= minPatients)
                .map(e -> new BulkCodingDay(e.getKey(), e.getValue().size()))
                .sorted(Comparator.comparing(BulkCodingDay::date))
                .toList();
    }

    /**
     * The distinct patients with a counted 104 dated to the London day {@code day}, counted from their 104
     * entries exactly as {@link #detect} counts a practice's results, so that one patient's answer and the
     * practice list agree.
     *
     * @param eventsByPatient coded events by patient id (entries of other days and kinds may be among them)
     * @param today the day the answer started, which says whether {@code asOf} is today
     */
    public int patientsCodedOn(
            LocalDate day, Map<String, List<CodedEvent>> eventsByPatient, LocalDate asOf, LocalDate today) {
        return EventCounting.patientsCodedOn(CodeKind.REVIEW_INDICATED_104, day, eventsByPatient, asOf, today);
    }

    /** Whether {@code patients} distinct patients make a bulk-coding day. */
    public boolean isBulk(int patients) {
        return patients >= minPatients;
    }

    /** Marks each result whose deciding 104 falls on one of {@code bulkDays}. */
    public AccessRecommendation apply(AccessRecommendation result, Set<LocalDate> bulkDays) {
        if (result.bulkCoded104() != null) {
            return result; // already known: no active 104 dated to the day
        }
        boolean bulk = result.deciding104()
                .filter(CodedEvent::isDated)
                .flatMap(e -> e.date().day())
                .map(bulkDays::contains)
                .orElse(false);
        return result.withBulkCoded104(bulk);
    }

    /** Detects the practice's bulk-coding days and applies them to every result. */
    public BulkCodingOutcome applyAll(List<AccessRecommendation> results) {
        List<BulkCodingDay> days = detect(results);
        Set<LocalDate> bulkDays = new HashSet<>();
        days.forEach(d -> bulkDays.add(d.date()));
        return new BulkCodingOutcome(
                days, results.stream().map(r -> apply(r, bulkDays)).toList());
    }

    /** A practice's bulk-coding days and its results with the verdict applied. */
    public record BulkCodingOutcome(List<BulkCodingDay> days, List<AccessRecommendation> results) {}
}
