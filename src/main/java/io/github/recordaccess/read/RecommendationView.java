package io.github.recordaccess.read;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.recordaccess.rules.AccessFlag;
import io.github.recordaccess.rules.AccessRecommendation;
import io.github.recordaccess.rules.Action;
import io.github.recordaccess.rules.Reason;
import io.github.recordaccess.rules.Recommendation;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "AccessRecommendation",
        description = "What to do about one patient's online record access. Advisory: the practice decides.")
public record RecommendationView(
        @Schema(
                description = "NHS number as recorded (null when the record has none: see NO_NHS_NUMBER)",
                example = "9990000018")
        String nhsNumber,

        @Schema(
                description =
                        "The UK Core NHS-number verification status on the record (the least verified, when several "
                                + "identifiers carry one): a code of UKCore-NHSNumberVerificationStatusEngland, 01 "
                                + "verified, 02..08 not (reason UNVERIFIED_NHS_NUMBER); 'unreadable' when a status "
                                + "carries no such code; null when the record carries none",
                example = "01")
        String nhsNumberVerification,

        @Schema(description = "FHIR Patient logical id", example = "pat-1")
        String patientId,

        @Schema(description = "ODS code of the registered practice, or null when unknown", example = "A12345")
        String practiceOdsCode,

        @Schema(description = "The day the rules were applied for", example = "2024-06-01")
        LocalDate asOf,

        @Schema(
                description =
                        "PROVISION_ACCESS: give online access. OFFER_OPT_IN: an active 104 withholds automatic access; offer it on request after counselling. "
                                + "OPTED_OUT: the patient declined (103). NOT_APPLICABLE: deceased, inactive record, a record replaced by another, or under 16. "
                                + "REVIEW_REQUIRED: the data cannot support a safe answer.")
        Recommendation recommendation,

        @Schema(
                description =
                        "104/106 state: NONE, ACTIVE_104, NOT_INDICATED_106 (only 106s), RESCINDED_BY_106 (a later 106 rescinded every 104), "
                                + "UNDETERMINED (order unknown)")
        AccessFlag flag,

        @Schema(
                description =
                        "Every reason that applies, the deciding one first: DECEASED, INACTIVE_RECORD, DUPLICATE_RECORD, NO_NHS_NUMBER, "
                                + "MISSING_BIRTH_DATE, UNDER_16, DECLINED_103, NO_CODES, ACTIVE_104, NOT_INDICATED_106, RESCINDED_BY_106, UNDATED_CODE, "
                                + "CONFLICTING_CODES, UNRECOGNISED_CODING, FUTURE_DATED_CODE, BULK_CODED_104, REPLACED_RECORD, UNRESOLVED_MERGE, "
                                + "UNVERIFIED_NHS_NUMBER, RECORDED_ELSEWHERE, SAFEGUARDING_CONCERN")
        List<Reason> reasons,

        @Schema(
                description = "The 16th birthday, when the patient is NOT_APPLICABLE because under 16",
                example = "2025-03-01")
        LocalDate eligibleFrom,

        @Schema(
                description =
                        "True when the deciding 104 fell on a day the practice coded 104 for many patients; null when that could not be determined")
        Boolean bulkCoded104,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The coded entries and how they were counted (left out of practice lists)")
        List<EvidenceView> evidence,

        @Schema(
                description =
                        "What to do, most urgent first, each id at most once. Actions that need the practice's go-live date "
                                + "(CHECK_EXISTING_ACCESS, ENABLE_ACCESS_MANUALLY) appear only for a practice in the registry")
        List<ActionView> actions) {

    public static RecommendationView from(
            AccessRecommendation r, String practiceOdsCode, boolean withEvidence, List<Action> actions) {
        return new RecommendationView(
                r.nhsNumber(),
                r.nhsNumberVerification(),
                r.patientId(),
                practiceOdsCode,
                r.asOf(),
                r.recommendation(),
                r.flag(),
                r.reasons(),
                r.eligibleFrom(),
                r.bulkCoded104(),
                withEvidence ? r.evidence().stream().map(EvidenceView::from).toList() : null,
                actions.stream().map(ActionView::from).toList());
    }
}
