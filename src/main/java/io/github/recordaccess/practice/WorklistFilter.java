package io.github.recordaccess.practice;

import io.github.recordaccess.rules.AccessFlag;
import io.github.recordaccess.rules.AccessRecommendation;
import io.github.recordaccess.rules.ActionId;
import io.github.recordaccess.rules.Reason;
import io.github.recordaccess.rules.Recommendation;

/**
 * The filters of a practice's worklist ({@code GET …/access-recommendations}), combined with AND; null
 * means any. The checklist links its steps to worklists with these, so a step's count is its worklist's total.
 *
 * @param reason matches a patient with this reason anywhere in their list of reasons
 * @param bulkCoded104 true matches only true, false only false: a patient whose bulk coding is unknown
 *     (null) is in neither list
 * @param turning16Within NOT_APPLICABLE/UNDER_16 patients whose 16th birthday is at most this many days after asOf
 */
public record WorklistFilter(
        Recommendation recommendation,
        Reason reason,
        AccessFlag flag,
        ActionId action,
        Boolean bulkCoded104,
        Integer turning16Within) {

    public static final WorklistFilter ALL = new WorklistFilter(null, null, null, null, null, null);

    public static WorklistFilter byRecommendation(Recommendation recommendation) {
        return new WorklistFilter(recommendation, null, null, null, null, null);
    }

    public static WorklistFilter byAction(ActionId action) {
        return new WorklistFilter(null, null, null, action, null, null);
    }

    public static WorklistFilter byBulkCoded104(boolean bulkCoded104) {
        return new WorklistFilter(null, null, null, null, bulkCoded104, null);
    }

    public static WorklistFilter byTurning16Within(int days) {
        return new WorklistFilter(null, null, null, null, null, days);
    }

    /** This filter, narrowed to the patients with {@code reason}. */
    public WorklistFilter withReason(Reason narrowed) {
        return new WorklistFilter(recommendation, narrowed, flag, action, bulkCoded104, turning16Within);
    }

    public boolean matches(AdvisedRecommendation row) {
        AccessRecommendation r = row.result();
        return (recommendation == null || r.recommendation() == recommendation)
                && (reason == null || r.reasons().contains(reason))
                && (flag == null || r.flag() == flag)
                && (action == null || row.has(action))
                && (bulkCoded104 == null || bulkCoded104.equals(r.bulkCoded104()))
                && (turning16Within == null || turns16Within(r, turning16Within));
    }

    private static boolean turns16Within(AccessRecommendation r, int days) {
        return r.recommendation() == Recommendation.NOT_APPLICABLE
                && r.reasons().get(0) == Reason.UNDER_16
                && r.eligibleFrom() != null
                && !r.eligibleFrom().isAfter(r.asOf().plusDays(days));
    }
}
