package io.github.recordaccess.rules;

import java.util.List;

/** Which reason decides an answer, and how the reasons that never decide on their own join the list. */
final class ReasonOrder {

    private ReasonOrder() {}

    /** The answer a deciding reason gives. */
    static Recommendation recommendationFor(Reason deciding) {
        return switch (deciding) {
            case DECEASED, INACTIVE_RECORD, UNDER_16, REPLACED_RECORD -> Recommendation.NOT_APPLICABLE;
            case UNRESOLVED_MERGE,
                    DUPLICATE_RECORD,
                    NO_NHS_NUMBER,
                    MISSING_BIRTH_DATE,
                    UNDATED_CODE,
                    CONFLICTING_CODES,
                    UNRECOGNISED_CODING,
                    UNVERIFIED_NHS_NUMBER,
                    SAFEGUARDING_CONCERN -> Recommendation.REVIEW_REQUIRED;
            case DECLINED_103 -> Recommendation.OPTED_OUT;
            case ACTIVE_104 -> Recommendation.OFFER_OPT_IN;
            case NO_CODES, NOT_INDICATED_106, RESCINDED_BY_106 -> Recommendation.PROVISION_ACCESS;
            case FUTURE_DATED_CODE, BULK_CODED_104, RECORDED_ELSEWHERE ->
                throw new IllegalStateException(deciding + " never decides");
        };
    }

    /**
     * A reason that may never let access through unseen: where the answer would otherwise be
     * PROVISION_ACCESS it decides (REVIEW_REQUIRED, and NO_CODES no longer decides); otherwise it is added.
     */
    static void reviewBeforeAccess(List<Reason> reasons, boolean applies, Reason reason) {
        if (!applies) {
            return;
        }
        if (recommendationFor(reasons.get(0)) == Recommendation.PROVISION_ACCESS) {
            reasons.remove(Reason.NO_CODES);
            reasons.add(0, reason);
        } else {
            reasons.add(reason);
        }
    }

    /** A deciding reason after which nothing about access is added: the record is no living patient's here. */
    static boolean endsEvaluation(Reason deciding) {
        return deciding == Reason.DECEASED || deciding == Reason.INACTIVE_RECORD || deciding == Reason.REPLACED_RECORD;
    }

    static void addIf(List<Reason> reasons, boolean applies, Reason reason) {
        if (applies) {
            reasons.add(reason);
        }
    }
}
