package io.github.recordaccess.practice;

import io.github.recordaccess.rules.ClinicalSystem;
import io.github.recordaccess.rules.Recommendation;
import java.util.List;

/**
 * The practice steps of the opt-out model, in our own words. Source: BMA, "Accelerated access to
 * GP-held patient records 2023: Implementing an opt-out model" (updated 2 November 2023).
 */
public final class OptOutChecklists {

    static final ChecklistItem AGREE_GO_LIVE_DATE =
            new ChecklistItem("AGREE_GO_LIVE_DATE", "Agree a go-live date with EMIS and your ICB.", null);
    static final ChecklistItem CODE_AT_RISK_AND_RESCIND_BULK_104 = new ChecklistItem(
            "CODE_AT_RISK_AND_RESCIND_BULK_104",
            "Make sure every patient assessed as at risk has a 104 code, and add a 106 for any patient given a 104 "
                    + "in bulk who is not at risk, so that their 104 is no longer active.",
            // The patients to look at first are those whose active 104 was applied in bulk.
            WorklistFilter.byBulkCoded104(true));
    static final ChecklistItem ADVERTISE_AND_COUNSEL = new ChecklistItem(
            "ADVERTISE_AND_COUNSEL",
            "Tell all patients about the opt-out model and encourage them to use the NHS App. Offer patients with a "
                    + "104 code access on request: once counselled, provision it manually for those who ask. Print "
                    + "manual registration letters for patients who cannot sign up to the NHS App.",
            WorklistFilter.byRecommendation(Recommendation.OFFER_OPT_IN));
    static final ChecklistItem TPP_BULK_PROVISION = new ChecklistItem(
            "TPP_BULK_PROVISION",
            "Run the TPP clinical report for accelerated access, then grant additional online services access to "
                    + "provision access in bulk to patients without an active 104 code.",
            WorklistFilter.byRecommendation(Recommendation.PROVISION_ACCESS));
    static final ChecklistItem TPP_DEFAULT_PROSPECTIVE_ACCESS = new ChecklistItem(
            "TPP_DEFAULT_PROSPECTIVE_ACCESS",
            "In the organisation preferences (Online Services / Patient Record Access, Full Clinical Record), tick "
                    + "'By default give prospective access to the full clinical record'.",
            null);
    static final ChecklistItem UPDATE_WEBSITE = new ChecklistItem(
            "UPDATE_WEBSITE",
            "Update the practice website to describe how online record access works at the practice.",
            null);
    static final ChecklistItem INFORM_ICB = new ChecklistItem(
            "INFORM_ICB", "Write to your ICB to tell them which approach the practice has taken.", null);
    static final ChecklistItem CLOSING_DUTY = new ChecklistItem(
            "PROVIDE_ACCESS_TO_REMAINING_PATIENTS",
            "Give access to every patient who does not have it and has not opted out, subject to the practice's "
                    + "data protection duties not to disclose confidential third-party information or information "
                    + "that could cause harm.",
            WorklistFilter.byRecommendation(Recommendation.PROVISION_ACCESS));

    private OptOutChecklists() {}

    public static Checklist forPractice(ClinicalSystem system, boolean live) {
        List<ChecklistItem> steps = switch (system) {
            case EMIS ->
                live
                        ? List.of(ADVERTISE_AND_COUNSEL, UPDATE_WEBSITE, INFORM_ICB)
                        : List.of(
                                AGREE_GO_LIVE_DATE,
                                CODE_AT_RISK_AND_RESCIND_BULK_104,
                                ADVERTISE_AND_COUNSEL,
                                UPDATE_WEBSITE,
                                INFORM_ICB);
            case TPP ->
                live
                        ? List.of(ADVERTISE_AND_COUNSEL, UPDATE_WEBSITE, INFORM_ICB)
                        : List.of(
                                CODE_AT_RISK_AND_RESCIND_BULK_104,
                                ADVERTISE_AND_COUNSEL,
                                TPP_BULK_PROVISION,
                                TPP_DEFAULT_PROSPECTIVE_ACCESS,
                                UPDATE_WEBSITE,
                                INFORM_ICB);
        };
        return new Checklist(system, live, steps, CLOSING_DUTY);
    }
}
