package io.github.recordaccess.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Orders counted 104 and 106 entries. A 106 after a 104 rescinds it; a 104 after a 106 blocks again
 * (NHS England manual-enablement guidance: bulk-apply 106, then re-apply 104 where safeguarding
 * concerns exist). Each entry has a clinical date, which clinicians back-date, and often a recorded
 * time; both are intervals at their recorded precision. An order needs both to agree, and an order
 * that cannot be established is never guessed.
 */
final class FlagResolver {

    /** Latest last: by end of clinical interval, then of recorded time; an undated entry may be the latest, so it sorts last. */
    private static final Comparator<CodedEvent> BY_LATEST = Comparator.comparing(
                    (CodedEvent e) -> e.isDated() ? e.date().end() : null,
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(
                    (CodedEvent e) ->
                            e.recordedTime() == null ? null : e.recordedTime().end(),
                    Comparator.nullsFirst(Comparator.naturalOrder()));

    private FlagResolver() {}

    static FlagDecision resolve(List<CodedEvent> counted104, List<CodedEvent> counted106) {
        if (counted104.isEmpty() && counted106.isEmpty()) {
            return new FlagDecision(AccessFlag.NONE, null, null);
        }
        if (counted106.isEmpty()) {
            return new FlagDecision(
                    AccessFlag.ACTIVE_104, Reason.ACTIVE_104, latest(counted104).orElseThrow());
        }
        if (counted104.isEmpty()) {
            return new FlagDecision(
                    AccessFlag.NOT_INDICATED_106,
                    Reason.NOT_INDICATED_106,
                    latest(counted106).orElseThrow());
        }
        if (counted104.stream().anyMatch(e -> !e.isDated())
                || counted106.stream().anyMatch(e -> !e.isDated())) {
            return new FlagDecision(AccessFlag.UNDETERMINED, Reason.UNDATED_CODE, null);
        }
        Optional<CodedEvent> blocking104 = latest(laterThanAll(counted104, counted106));
        if (blocking104.isPresent()) {
            return new FlagDecision(AccessFlag.ACTIVE_104, Reason.ACTIVE_104, blocking104.get());
        }
        Optional<CodedEvent> rescinding106 = latest(laterThanAll(counted106, counted104));
        if (rescinding106.isPresent()) {
            return new FlagDecision(AccessFlag.RESCINDED_BY_106, Reason.RESCINDED_BY_106, rescinding106.get());
        }
        return new FlagDecision(AccessFlag.UNDETERMINED, Reason.CONFLICTING_CODES, null);
    }

    private static List<CodedEvent> laterThanAll(List<CodedEvent> candidates, List<CodedEvent> others) {
        return candidates.stream()
                .filter(c -> others.stream().allMatch(o -> isLater(c, o)))
                .toList();
    }

    /**
     * True when {@code a} certainly comes after {@code b}: a's clinical interval follows b's, unless both
     * have recorded times and a's certainly precedes b's (the orders disagree); or the clinical intervals
     * overlap, both have recorded times, and a's certainly follows b's.
     */
    static boolean isLater(CodedEvent a, CodedEvent b) {
        FuzzyDate aRecorded = a.recordedTime();
        FuzzyDate bRecorded = b.recordedTime();
        boolean bothRecorded = aRecorded != null && bRecorded != null;
        if (b.date().isCertainlyBefore(a.date())) {
            return !(bothRecorded && aRecorded.isCertainlyBefore(bRecorded));
        }
        boolean overlap = !a.date().isCertainlyBefore(b.date());
        return overlap && bothRecorded && bRecorded.isCertainlyBefore(aRecorded);
    }

    private static Optional<CodedEvent> latest(List<CodedEvent> events) {
        return events.stream().max(BY_LATEST);
    }
}
