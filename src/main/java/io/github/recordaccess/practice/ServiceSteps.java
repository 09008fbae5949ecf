package io.github.recordaccess.practice;

import io.github.recordaccess.rules.ActionId;
import io.github.recordaccess.rules.ClinicalSystem;
import io.github.recordaccess.rules.Reason;
import io.github.recordaccess.rules.Recommendation;
import java.util.ArrayList;
import java.util.List;

/**
 * Worklists this service adds to the checklist. They are not steps of the BMA guidance: they come from
 * the records the service cannot decide and from how the GP systems act on the codes (EMIS reads them at
 * go-live, at NHS login and at the 16th birthday; TPP does not act at 16).
 */
public final class ServiceSteps {

    /** How far ahead the 16th birthdays are listed. */
    public static final int TURNING_16_DAYS = 90;

    static final ChecklistItem RESOLVE_RECORDS = new ChecklistItem(
            "RESOLVE_RECORDS",
            "Resolve the records the service cannot decide safely (duplicate registrations, a missing, invalid or "
                    + "unverified NHS number, a missing or invalid birth date, 104 and 106 entries in an unknown order, codes under the wrong "
                    + "system): until then these patients get no automatic access.",
            WorklistFilter.byRecommendation(Recommendation.REVIEW_REQUIRED));
    static final ChecklistItem CHECK_EXISTING_ACCESS = new ChecklistItem(
            "CHECK_EXISTING_ACCESS",
            "Patients whose active 104 or whose 103 may have been added on or after go-live: they may have been "
                    + "given online access before it. Check their access and act on the code.",
            WorklistFilter.byAction(ActionId.CHECK_EXISTING_ACCESS));
    static final ChecklistItem ENABLE_ACCESS_MANUALLY = new ChecklistItem(
            "ENABLE_ACCESS_MANUALLY",
            "Patients whose deciding 106 may have been added on or after go-live: a 106 does not switch access on "
                    + "by itself. Check their access and enable it manually, once the record has been checked for "
                    + "third-party or harmful information.",
            WorklistFilter.byAction(ActionId.ENABLE_ACCESS_MANUALLY));
    /** In place of the two go-live worklists when the registry cannot date go-live: never a count of 0 by default. */
    static final ChecklistItem RECORD_GO_LIVE_DATE = new ChecklistItem(
            "RECORD_GO_LIVE_DATE",
            "The practice is live, but the practice registry has no go-live date for it on or before this day. "
                    + "Record it, so that the service can list the patients whose codes postdate go-live: those who "
                    + "may have had access before a 104 or 103, and those whose 106 did not switch access on.",
            null);

    private ServiceSteps() {}

    /**
     * The service steps of a practice's checklist.
     *
     * @param goLiveKnown whether the registry has a go-live date on or before the checklist's day, which
     *     the go-live worklists need
     */
    public static List<ChecklistItem> forPractice(ClinicalSystem system, boolean live, boolean goLiveKnown) {
        List<ChecklistItem> steps = new ArrayList<>(List.of(RESOLVE_RECORDS, turning16(system)));
        if (live) {
            steps.addAll(
                    goLiveKnown
                            ? List.of(CHECK_EXISTING_ACCESS, ENABLE_ACCESS_MANUALLY)
                            : List.of(RECORD_GO_LIVE_DATE));
        }
        return List.copyOf(steps);
    }

    static ChecklistItem turning16(ClinicalSystem system) {
        String text = "Patients turning 16 in the next " + TURNING_16_DAYS + " days: apply a 104 before the birthday "
                + "for any who are at risk, and review any active 104 they have. Start with those who have a "
                + "safeguarding concern that no individual review follows.";
        text += switch (system) {
            case TPP ->
                " TPP will not start their access by itself at 16: give it on the birthday unless a 103 or an "
                        + "active 104 applies then.";
            case EMIS ->
                " EMIS reads the codes at the 16th birthday and starts access by itself for a patient with an NHS "
                        + "login account.";
        };
        WorklistFilter turning16 = WorklistFilter.byTurning16Within(TURNING_16_DAYS);
        return new ChecklistItem("TURNING_16", text, turning16, turning16.withReason(Reason.SAFEGUARDING_CONCERN));
    }
}
