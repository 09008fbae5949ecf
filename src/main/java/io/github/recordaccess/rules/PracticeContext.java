package io.github.recordaccess.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the advice needs to know about the patient's practice: its clinical system and the day it went
 * live with the opt-out model. Either may be unknown (no registry entry, or not live yet). It is read at
 * the time of each answer, not kept with a cached evaluation, since the registry may change at any time.
 */
public record PracticeContext(Optional<ClinicalSystem> system, Optional<LocalDate> goLive) {

    /** A practice the registry does not know: only the advice that needs neither system nor go-live date. */
    public static final PracticeContext UNKNOWN = new PracticeContext(Optional.empty(), Optional.empty());

    public PracticeContext {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(goLive, "goLive");
    }

    /**
     * A practice on this system.
     *
     * @param goLive the go-live day, or null when the practice has not gone live
     */
    public static PracticeContext of(ClinicalSystem system, LocalDate goLive) {
        return new PracticeContext(Optional.of(system), Optional.ofNullable(goLive));
    }

    /** The go-live day, when the practice had gone live by {@code day}. */
    public Optional<LocalDate> goLiveBy(LocalDate day) {
        return goLive.filter(g -> !g.isAfter(day));
    }
}
