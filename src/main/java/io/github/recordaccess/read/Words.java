package io.github.recordaccess.read;

import io.github.recordaccess.fhir.CohortRoute;
import io.github.recordaccess.rules.AccessFlag;
import io.github.recordaccess.rules.ActionId;
import io.github.recordaccess.rules.ClinicalSystem;
import io.github.recordaccess.rules.CodeKind;
import io.github.recordaccess.rules.NotCountedReason;
import io.github.recordaccess.rules.Reason;
import io.github.recordaccess.rules.Recommendation;
import java.util.List;

/**
 * The one vocabulary of the pages and the CSVs' {@code _label} columns: every id the API gives (recommendation, flag,
 * reason, action, code, system, registration route) in the words of the NHS content style guide, written by hand.
 * One thing has one name everywhere; the ids stay the API's. The checklist steps' and worklist filters' words are in
 * {@link StepWords}, and the problems' page words in {@code web.ProblemPage}, which sits below this package.
 */
public final class Words {

    /**
     * Beside every "Give access": the duty the guidance puts on it (BMA, "Implementing an opt-out model", 2 November
     * 2023), in its words.
     */
    public static final String GIVE_ACCESS_CAVEAT = "Subject to the practice's duties under data protection law not to "
            + "disclose confidential third-party information or information which could cause harm.";

    private Words() {}

    /** Any of the vocabulary's ids in words; an enum outside the vocabulary is a mistake, never a mangled name. */
    public static String of(Enum<?> id) {
        if (id instanceof Recommendation r) {
            return of(r);
        }
        if (id instanceof AccessFlag f) {
            return of(f);
        }
        if (id instanceof Reason r) {
            return of(r);
        }
        if (id instanceof ActionId a) {
            return of(a);
        }
        if (id instanceof CodeKind k) {
            return of(k);
        }
        if (id instanceof NotCountedReason n) {
            return of(n);
        }
        if (id instanceof ClinicalSystem s) {
            return of(s);
        }
        if (id instanceof CohortRoute c) {
            return of(c);
        }
        if (id instanceof Attention a) {
            return of(a);
        }
        throw new IllegalArgumentException(
                "No words for " + id.getDeclaringClass().getSimpleName());
    }

    /** The answer for one patient: a patient who is not eligible is named by why ("Not 16 yet", "Deceased"). */
    public static String answer(Recommendation recommendation, List<Reason> reasons) {
        if (recommendation == Recommendation.NOT_APPLICABLE) {
            return reasons.stream()
                    .filter(r -> r == Reason.DECEASED
                            || r == Reason.INACTIVE_RECORD
                            || r == Reason.REPLACED_RECORD
                            || r == Reason.UNDER_16)
                    .findFirst()
                    .map(Words::of)
                    .orElse(of(recommendation));
        }
        return of(recommendation);
    }

    public static String of(Recommendation recommendation) {
        return switch (recommendation) {
            case PROVISION_ACCESS -> "Give access";
            case OFFER_OPT_IN -> "Access on request only (104)";
            case OPTED_OUT -> "Declined (103)";
            case NOT_APPLICABLE -> "Not eligible";
            case REVIEW_REQUIRED -> "Check the record first";
        };
    }

    public static String of(AccessFlag flag) {
        return switch (flag) {
            case NONE -> "No 104 or 106";
            case ACTIVE_104 -> "104 in force";
            case NOT_INDICATED_106 -> "106 only";
            case RESCINDED_BY_106 -> "104 cancelled by a later 106";
            case UNDETERMINED -> "Order of 104 and 106 unclear";
        };
    }

    public static String of(Reason reason) {
        return switch (reason) {
            case DECEASED -> "Deceased";
            case INACTIVE_RECORD -> "Record no longer active";
            case DUPLICATE_RECORD -> "Another record has the same NHS number";
            case NO_NHS_NUMBER -> "No valid NHS number";
            case MISSING_BIRTH_DATE -> "No date of birth";
            case UNDER_16 -> "Not 16 yet";
            case DECLINED_103 -> "Declined (103)";
            case NO_CODES -> "No 103, 104 or 106 recorded";
            case ACTIVE_104 -> "Enhanced review indicated (104)";
            case NOT_INDICATED_106 -> "Enhanced review not indicated (106)";
            case RESCINDED_BY_106 -> "104 cancelled by a later 106";
            case UNDATED_CODE -> "A 104 or 106 has no date";
            case CONFLICTING_CODES -> "Order of 104 and 106 unclear";
            case UNRECOGNISED_CODING -> "Code recorded under the wrong coding system";
            case FUTURE_DATED_CODE -> "Code dated in the future";
            case BULK_CODED_104 -> "104 added in bulk";
            case REPLACED_RECORD -> "Merged into another record";
            case UNRESOLVED_MERGE -> "Merged records need sorting out";
            case UNVERIFIED_NHS_NUMBER -> "NHS number not verified";
            case RECORDED_ELSEWHERE -> "104 added by another organisation";
            case SAFEGUARDING_CONCERN -> "Safeguarding concern not reviewed";
        };
    }

    public static String of(ActionId action) {
        return switch (action) {
            case PROVIDE_ACCESS -> "Give access";
            case ENABLE_ACCESS_MANUALLY -> "Turn on access manually";
            case OFFER_ACCESS_ON_REQUEST -> "Offer access on request";
            case CHECK_EXISTING_ACCESS -> "Check if they already have access";
            case REVIEW_BULK_CODED_104 -> "Review the 104 added in bulk";
            case RESPECT_OPT_OUT -> "Do not give access: they declined";
            case REVIEW_RECORD -> "Check and correct the record";
            case NO_ACTION -> "No action needed";
            case AT_SIXTEEN -> "Plan for their 16th birthday";
            case REVIEW_INHERITED_104 -> "Review the 104 from another organisation";
            case CONSIDER_104_SAFEGUARDING -> "Consider a 104 (safeguarding concern)";
        };
    }

    public static String of(CodeKind kind) {
        return switch (kind) {
            case DECLINED_103 -> "Declined (103)";
            case REVIEW_INDICATED_104 -> "Enhanced review indicated (104)";
            case REVIEW_NOT_INDICATED_106 -> "Enhanced review not indicated (106)";
            case SAFEGUARDING_CONCERN -> "Safeguarding concern";
        };
    }

    /** Why an entry was shown but not counted, in words that stay visible beside it. */
    public static String of(NotCountedReason reason) {
        return switch (reason) {
            case UNRECOGNISED_CODING -> "Code recorded under the wrong coding system";
            case ENTERED_IN_ERROR -> "Marked as entered in error";
            case CANCELLED -> "Marked as cancelled";
            case REFUTED -> "Marked as not true (refuted)";
            case AFTER_AS_OF -> "Dated after the day shown";
            case MAY_POSTDATE_AS_OF -> "Its date may be after the day shown";
            case NOT_DEFINITE -> "Not confirmed";
            case REPLACED_RECORD -> "Counts on the record it was merged into";
        };
    }

    public static String of(ClinicalSystem system) {
        return switch (system) {
            case EMIS -> "EMIS Web";
            case TPP -> "TPP SystmOne";
        };
    }

    /** How a patient's record names their practice, for "Patients registered by … could not be searched". */
    public static String of(CohortRoute route) {
        return switch (route) {
            case ORGANIZATION -> "a link to the practice";
            case PRACTITIONER_ROLE -> "a link to a role at the practice";
            case ODS_IDENTIFIER -> "the practice code alone, as the national demographics service gives it";
        };
    }

    /** Why a practice needs the ICB's attention, as the overview's tags say it. */
    public static String of(Attention tag) {
        return switch (tag) {
            case EVALUATION_FAILED -> "Could not be checked";
            case ROUTES_NOT_SEARCHED -> "Some patients may be missing";
            case NOT_LIVE -> "Not live yet";
            case OVER_HALF_EXCLUDED -> "Over 50% excluded";
            case BULK_CODED_104 -> "Bulk-coded 104s to review";
            case RECORDS_TO_CHECK -> "Records to check first";
            case FIGURES_OLD -> "Figures older than a day";
        };
    }

    /** A practice's figures in the overview and the history: there, or why not. */
    public static String status(String status) {
        return switch (status) {
            case "OK" -> "Figures ready";
            case "ERROR" -> "Could not be checked";
            default -> throw new IllegalArgumentException("Unknown status");
        };
    }
}
