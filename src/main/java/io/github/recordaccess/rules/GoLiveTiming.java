package io.github.recordaccess.rules;

import java.time.LocalDate;

/**
 * Whether a coded entry may have been added after a practice went live. EMIS read the codes at go-live
 * (then at NHS login and at the 16th birthday): a 104 or 103 added later finds a patient who may already
 * have access, and a 106 added later does not switch access on by itself. Both mistakes are safer made
 * towards "may be after": the practice then checks the patient's access instead of assuming it.
 */
final class GoLiveTiming {

    private GoLiveTiming() {}

    /**
     * True unless the entry certainly came before the go-live day. The go-live day itself counts as after
     * (the codes were read at some moment that day). A partial date (2023, 2023-10) that reaches the
     * go-live day, or an entry without a readable date, may be after. Either date may show it: clinicians
     * back-date the clinical date, so an entry recorded on or after go-live was not there when the codes
     * were read, whatever its clinical date says.
     */
    static boolean mayPostdate(CodedEvent event, LocalDate goLive) {
        FuzzyDate clinical = event.clinicalDate();
        if (clinical == null || clinical.mayBeOnOrAfter(goLive)) {
            return true;
        }
        if (event.recorded() == null) {
            return false;
        }
        FuzzyDate recorded = event.recordedTime();
        return recorded == null || recorded.mayBeOnOrAfter(goLive);
    }
}
