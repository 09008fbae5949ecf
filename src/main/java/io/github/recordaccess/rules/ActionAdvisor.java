package io.github.recordaccess.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Short actions for the practice, paraphrasing BMA "Implementing an opt-out model" (updated
 * 2 November 2023) and NHS Digital "Bulk applying SNOMED code 104". The practice is the data
 * controller: these are advice, never a decision.
 */
final class ActionAdvisor {

    private static final String UNRECOGNISED =
            "An entry carries a 103/104/106 code value under another coding system or none, "
                    + "so it was not counted: check what the practice meant and recode it with SNOMED CT.";

    private ActionAdvisor() {}

    static List<String> actionsFor(
            Recommendation recommendation,
            AccessFlag flag,
            List<Reason> reasons,
            LocalDate eligibleFrom,
            Boolean bulkCoded104) {
        List<String> actions = new ArrayList<>();
        switch (recommendation) {
            case PROVISION_ACCESS ->
                actions.add(
                        flag == AccessFlag.RESCINDED_BY_106
                                ? "Provide online access to the prospective record: a later 106 rescinded the 104."
                                : "Provide online access to the prospective record; it may be withheld only after an individual risk assessment.");
            case OFFER_OPT_IN ->
                actions.add("Do not give automatic access while the 104 is active. Offer access on request once the "
                        + "patient has been counselled, and provision it manually.");
            case OPTED_OUT ->
                actions.add("The patient declined online access (103): do not give automatic access; "
                        + "give access only if the patient asks for it later.");
            case NOT_APPLICABLE -> actions.add(notApplicableAction(reasons.get(0), eligibleFrom));
            case REVIEW_REQUIRED -> actions.add(reviewAction(reasons.get(0)));
        }
        if (recommendation != Recommendation.OFFER_OPT_IN
                && flag == AccessFlag.ACTIVE_104
                && reasons.get(0) == Reason.UNDER_16) {
            actions.add("An active 104 will withhold access at 16: review it before the 16th birthday.");
        }
        if (reasons.indexOf(Reason.UNRECOGNISED_CODING) > 0) {
            actions.add(UNRECOGNISED);
        }
        if (reasons.contains(Reason.FUTURE_DATED_CODE)) {
            actions.add("A 103 or 104 is dated in the future, probably a keying error: it counts as recorded. "
                    + "Correct its date.");
        }
        if (Boolean.TRUE.equals(bulkCoded104)) {
            actions.add(
                    "The 104 was applied on a day many patients were coded at once: assess the patient individually "
                            + "and add a 106 if they are not at risk, since a bulk 104 travels with the record as a false risk signal.");
        }
        return actions;
    }

    private static String notApplicableAction(Reason reason, LocalDate eligibleFrom) {
        return switch (reason) {
            case DECEASED -> "No action: the patient is recorded as deceased.";
            case INACTIVE_RECORD -> "No action: the record is not active at this practice.";
            case UNDER_16 ->
                "Not in the automatic model until the 16th birthday (" + eligibleFrom
                        + "); parents use proxy access until then.";
            default -> throw new IllegalStateException("not a NOT_APPLICABLE reason: " + reason);
        };
    }

    private static String reviewAction(Reason reason) {
        return switch (reason) {
            case DUPLICATE_RECORD ->
                "Another active record at the practice has this NHS number: resolve the duplicate "
                        + "registration, then review the codes of both records together, since either may hold the 104.";
            case NO_NHS_NUMBER ->
                "Trace and record a valid NHS number: without one the patient cannot be matched "
                        + "to an NHS login or to other records.";
            case UNRECOGNISED_CODING -> UNRECOGNISED;
            case MISSING_BIRTH_DATE ->
                "Record the birth date: without it the patient's age, and so eligibility, is unknown.";
            case UNDATED_CODE ->
                "Review the 104 and 106 entries and date them: an undated entry leaves their order unknown.";
            case CONFLICTING_CODES ->
                "Review the 104 and 106 entries: their order cannot be established, so it is unclear "
                        + "whether the 104 is still active.";
            default -> throw new IllegalStateException("not a REVIEW_REQUIRED reason: " + reason);
        };
    }
}
