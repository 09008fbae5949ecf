package io.github.recordaccess.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The wording of each action, in our own words. Sources: BMA "Implementing an opt-out model" (updated
 * 2 November 2023), whose closing duty is the caveat on giving access; NHS Digital "Bulk applying SNOMED
 * code 104" and "Using Enhanced Review (SNOMED) codes" (practices review 104s that came with a patient from
 * another practice); UK Core's NHS-number verification status; and how EMIS and TPP act on the codes (see
 * DOMAIN.md).
 */
final class ActionTexts {

    /** The seed guidance's caveat: access is subject to the duty not to disclose third-party or harmful information. */
    private static final String CHECK_CONTENT_FIRST = "First check the record for information about third parties, "
            + "or information that could cause the patient or anyone else harm, which must not be disclosed.";

    static final String PROVIDE_ACCESS =
            "Give the patient online access to their prospective record. " + CHECK_CONTENT_FIRST;
    static final String ENABLE_ACCESS_MANUALLY =
            "The 106 may have been added on or after the day the practice went live, and a 106 does not switch access on by "
                    + "itself: check whether the patient has online access and, if not, enable it manually. "
                    + CHECK_CONTENT_FIRST;
    static final String OFFER_ACCESS_ON_REQUEST = "Do not give automatic access while the 104 is active. Offer "
            + "access on request: once the patient has been counselled, provision it manually for those who ask.";
    static final String REVIEW_BULK_CODED_104 =
            "The 104 was applied on a day many patients were coded at once: assess the patient individually and add "
                    + "a 106 if they are not at risk, since a bulk 104 travels with the record as a false risk signal.";
    static final String REVIEW_INHERITED_104 = "The 104 was recorded by another organisation, for example a "
            + "previous practice, and came with the record: review whether it still applies, and add a 106 if it does "
            + "not.";
    static final String CONSIDER_104_SAFEGUARDING = "A safeguarding concern is recorded and no individual review "
            + "follows it (no 106 after it, other than one applied in bulk): consider whether online access could cause "
            + "the patient or anyone else harm, and record a 104 if so, or a 106 if not.";
    static final String RESPECT_OPT_OUT = "The patient declined online access (103): do not give automatic access; "
            + "give access only if the patient asks for it later.";

    /** Dates in the texts as the NHS content style guide writes them: "5 December 2026". */
    private static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ActionTexts() {}

    /** Whether a 104 or a 103 (or both) may postdate go-live decides what to do about existing access. */
    static String checkExistingAccess(boolean a104, boolean a103, LocalDate goLive) {
        String codes = a104 && a103 ? "104 and 103" : a104 ? "104" : "103";
        String then = a104 && a103
                ? "withdraw it, as the patient declined it (103), and review the 104."
                : a104
                        ? "decide whether it should continue: a 104 withholds access until the enhanced review is done."
                        : "withdraw it, as the patient declined it.";
        return "The " + codes + " may have been added on or after the day the practice went live ("
                + IN_WORDS.format(goLive)
                + "), so the patient may have been given online access before it. Check whether they have access; "
                + "if so, " + then;
    }

    static String noAction(Reason reason) {
        return switch (reason) {
            case DECEASED -> "No action: the patient is recorded as deceased.";
            case INACTIVE_RECORD -> "No action: the record is not active at this practice.";
            case REPLACED_RECORD ->
                "No action on this record: it was replaced by another record of the patient (merged), and its "
                        + "entries count for that record, whose answer says what to do.";
            default -> throw new IllegalStateException("not a reason for no action: " + reason);
        };
    }

    static String atSixteen(LocalDate sixteenth, boolean active104, Optional<ClinicalSystem> system) {
        StringBuilder text = new StringBuilder("Not in the automatic model until the 16th birthday (")
                .append(IN_WORDS.format(sixteenth))
                .append("); parents use proxy access until then.");
        if (active104) {
            text.append(" An active 104 will withhold access at 16: review it before the 16th birthday.");
        }
        if (system.isEmpty()) {
            text.append(" EMIS starts access by itself at 16 for a patient with an NHS login account; TPP does not, "
                    + "and access must then be given on the birthday.");
        } else {
            text.append(
                    switch (system.get()) {
                        case TPP ->
                            " TPP will not start access by itself at 16: give it on the birthday unless a 103 or an "
                                    + "active 104 applies then.";
                        case EMIS ->
                            " EMIS reads the codes at the 16th birthday and starts access by itself for a patient "
                                    + "with an NHS login account.";
                    });
        }
        return text.toString();
    }

    /** One sentence for each review reason among the result's reasons, in their order. */
    static String reviewRecord(AccessRecommendation result) {
        return result.reasons().stream()
                .map(reason -> reason == Reason.UNVERIFIED_NHS_NUMBER
                        ? Optional.of(unverified(result.nhsNumberVerification()))
                        : review(reason))
                .flatMap(Optional::stream)
                .collect(Collectors.joining(" "));
    }

    /** The status as the record gives it, with its meaning, so the practice knows what was (not) done. */
    private static String unverified(String status) {
        String meaning = NhsNumberVerification.meaning(status);
        String recorded = NhsNumberVerification.UNREADABLE.equals(status)
                ? "its verification status cannot be read"
                : "its verification status is " + status + (meaning == null ? "" : " (" + meaning + ")");
        return "The NHS number is not verified: " + recorded + ". Trace the patient on the Personal Demographics "
                + "Service and record the verified number, since an unverified number may belong to someone else.";
    }

    private static Optional<String> review(Reason reason) {
        return Optional.ofNullable(
                switch (reason) {
                    case UNRESOLVED_MERGE ->
                        "The record's merge links (replaced-by, replaces) do not settle which record survived (a "
                                + "cycle, two survivors, a survivor outside the practice, or a link that cannot be "
                                + "followed): correct the merge, then review the codes of every record involved, since "
                                + "any of them may hold the 104.";
                    case DUPLICATE_RECORD ->
                        "Another active record at the practice has this NHS number: merge or correct the records, "
                                + "then review the codes of both together, since either may hold the 104.";
                    case NO_NHS_NUMBER ->
                        "Trace and record a valid NHS number: without one the patient cannot be matched to an NHS "
                                + "login or to other records.";
                    case MISSING_BIRTH_DATE ->
                        "Record the birth date: without it the patient's age, and so eligibility, is unknown.";
                    case UNDATED_CODE ->
                        "A 104 or 106 has no date that can be read, so their order is unknown: decide whether "
                                + "enhanced review is indicated and record a fresh, dated 104 or 106.";
                    case CONFLICTING_CODES ->
                        "The dates of the 104 and 106 entries do not establish which came last: decide whether "
                                + "enhanced review is indicated and record a fresh 104 or 106.";
                    case UNRECOGNISED_CODING ->
                        "An entry carries a configured code value (103, 104, 106 or a safeguarding concern) under "
                                + "another coding system or none, so it was "
                                + "not counted: check what the practice meant and recode it with SNOMED CT.";
                    case FUTURE_DATED_CODE ->
                        "A 103, 104 or safeguarding concern is dated in the future, probably a keying error: it "
                                + "counts as recorded. "
                                + "Correct its date.";
                    default -> null;
                });
    }

    /** True for the reasons {@link #reviewRecord} has a sentence for. */
    static boolean isReviewReason(Reason reason) {
        return reason == Reason.UNVERIFIED_NHS_NUMBER || review(reason).isPresent();
    }
}
