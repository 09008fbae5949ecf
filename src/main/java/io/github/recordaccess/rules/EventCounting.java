package io.github.recordaccess.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Decides which coded entries take part in the decision; the rest stay as evidence with a reason. */
final class EventCounting {

    /** Observation statuses that make a 106 definite; any other status leaves it uncertain. */
    private static final Set<String> DEFINITE_OBSERVATION = Set.of("final", "amended", "corrected");

    private EventCounting() {}

    /** The London days of the counted entries of {@code kind} dated to the day or finer. */
    static Set<LocalDate> countedDays(
            Collection<CodedEvent> events, CodeKind kind, LocalDate asOf, boolean asOfIsToday) {
        Set<LocalDate> days = new HashSet<>();
        for (CodedEvent event : events) {
            if (event.kind() == kind
                    && event.isDated()
                    && assess(event, asOf, asOfIsToday).counted()) {
                event.date().day().ifPresent(days::add);
            }
        }
        return days;
    }

    /**
     * The distinct patients with a counted entry of {@code kind} dated to the London day {@code day}, from entries
     * found by patient id (entries of other days and kinds may be among them): one patient's answer counts a day as
     * the practice list does.
     */
    static int patientsCodedOn(
            CodeKind kind,
            LocalDate day,
            Map<String, List<CodedEvent>> eventsByPatient,
            LocalDate asOf,
            LocalDate today) {
        boolean asOfIsToday = asOf.equals(today);
        return (int) eventsByPatient.values().stream()
                .filter(events -> countedDays(events, kind, asOf, asOfIsToday).contains(day))
                .count();
    }

    /**
     * A record's own entries, then those of the records merged into it: these count here, as if recorded on this
     * record, and say which record holds them.
     */
    static List<Evidence> assessAll(
            PatientFacts patient, List<MergedRecords.Merged> merged, LocalDate asOf, boolean asOfIsToday) {
        List<Evidence> assessed = new ArrayList<>();
        patient.events().forEach(e -> assessed.add(assess(e, asOf, asOfIsToday)));
        for (MergedRecords.Merged record : merged) {
            record.events()
                    .forEach(e -> assessed.add(assess(e, asOf, asOfIsToday).from(record.recordId())));
        }
        return assessed;
    }

    /**
     * @param asOfIsToday true when the answer is for today: a 103 or 104 dated after it is then a
     *     keying error in the record as it stands, so it counts (ignoring it would hide it)
     */
    static Evidence assess(CodedEvent event, LocalDate asOf, boolean asOfIsToday) {
        if (!event.recognised()) {
            return Evidence.ignored(event, NotCountedReason.UNRECOGNISED_CODING);
        }
        String status = event.status();
        if ("entered-in-error".equals(status)) {
            return Evidence.ignored(event, NotCountedReason.ENTERED_IN_ERROR);
        }
        if (event.source() == SourceType.OBSERVATION && "cancelled".equals(status)) {
            return Evidence.ignored(event, NotCountedReason.CANCELLED);
        }
        if (event.source() == SourceType.CONDITION && "refuted".equals(status)) {
            return Evidence.ignored(event, NotCountedReason.REFUTED);
        }
        FuzzyDate clinical = event.clinicalDate();
        if (clinical != null && clinical.isCertainlyAfter(asOf)) {
            return asOfIsToday && event.kind() != CodeKind.REVIEW_NOT_INDICATED_106
                    ? Evidence.countedFutureDated(event)
                    : Evidence.ignored(event, NotCountedReason.AFTER_AS_OF);
        }
        if (event.kind() == CodeKind.REVIEW_NOT_INDICATED_106) {
            // A 106 unlocks access, so only a definite one, certainly recorded by asOf, may count.
            if (!isDefinite(event)) {
                return Evidence.ignored(event, NotCountedReason.NOT_DEFINITE);
            }
            if (clinical != null && clinical.mayBeAfter(asOf)) {
                return Evidence.ignored(event, NotCountedReason.MAY_POSTDATE_AS_OF);
            }
        }
        return Evidence.counted(event);
    }

    private static boolean isDefinite(CodedEvent event) {
        return switch (event.source()) {
            case OBSERVATION -> event.status() != null && DEFINITE_OBSERVATION.contains(event.status());
            case CONDITION -> event.status() == null || "confirmed".equals(event.status());
        };
    }
}
