package io.github.recordaccess.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The actions for one patient, from the engine's answer and what is known of the practice now. Kept
 * apart from the (cached) answer, since a practice's registry entry may change at any time. The
 * practice is the data controller: these are advice, never a decision. Each id appears at most once,
 * the most urgent first: an unreviewed safeguarding concern, whether access may already have been given, then
 * what to do, then what to fix.
 */
public final class ActionAdvisor {

    private ActionAdvisor() {}

    public static List<Action> actionsFor(AccessRecommendation result, PracticeContext practice) {
        Reason deciding = result.reasons().get(0);
        if (ReasonOrder.endsEvaluation(deciding)) {
            return List.of(new Action(ActionId.NO_ACTION, ActionTexts.noAction(deciding)));
        }
        Optional<LocalDate> goLive = practice.goLiveBy(result.asOf());
        List<Action> actions = new ArrayList<>();
        if (result.reasons().contains(Reason.SAFEGUARDING_CONCERN)
                && (deciding == Reason.SAFEGUARDING_CONCERN
                        || (deciding == Reason.UNDER_16 && !accessWithheld(result)))) {
            actions.add(new Action(ActionId.CONSIDER_104_SAFEGUARDING, ActionTexts.CONSIDER_104_SAFEGUARDING));
        }
        goLive.flatMap(day -> checkExistingAccess(result, day))
                .ifPresent(text -> actions.add(new Action(ActionId.CHECK_EXISTING_ACCESS, text)));
        switch (result.recommendation()) {
            case PROVISION_ACCESS ->
                actions.add(
                        goLive.isPresent() && deciding106MayPostdate(result, goLive.get())
                                ? new Action(ActionId.ENABLE_ACCESS_MANUALLY, ActionTexts.ENABLE_ACCESS_MANUALLY)
                                : new Action(ActionId.PROVIDE_ACCESS, ActionTexts.PROVIDE_ACCESS));
            case OFFER_OPT_IN ->
                actions.add(new Action(ActionId.OFFER_ACCESS_ON_REQUEST, ActionTexts.OFFER_ACCESS_ON_REQUEST));
            case OPTED_OUT -> actions.add(new Action(ActionId.RESPECT_OPT_OUT, ActionTexts.RESPECT_OPT_OUT));
            case NOT_APPLICABLE ->
                actions.add(new Action(
                        ActionId.AT_SIXTEEN,
                        ActionTexts.atSixteen(
                                result.eligibleFrom(), result.flag() == AccessFlag.ACTIVE_104, practice.system())));
            case REVIEW_REQUIRED -> {
                // Added below, with every review reason.
            }
        }
        if (result.reasons().stream().anyMatch(ActionTexts::isReviewReason)) {
            actions.add(new Action(ActionId.REVIEW_RECORD, ActionTexts.reviewRecord(result)));
        }
        if (Boolean.TRUE.equals(result.bulkCoded104())) {
            actions.add(new Action(ActionId.REVIEW_BULK_CODED_104, ActionTexts.REVIEW_BULK_CODED_104));
        }
        if (result.reasons().contains(Reason.RECORDED_ELSEWHERE)) {
            actions.add(new Action(ActionId.REVIEW_INHERITED_104, ActionTexts.REVIEW_INHERITED_104));
        }
        return List.copyOf(actions);
    }

    /** An active 104 or a 103 already withholds access (at 16 too): for a concern the reason alone then says it. */
    private static boolean accessWithheld(AccessRecommendation result) {
        return result.flag() == AccessFlag.ACTIVE_104 || result.reasons().contains(Reason.DECLINED_103);
    }

    /**
     * The advice to check existing access, when a withholding code may postdate go-live: the deciding 104
     * (every counted 104 when their order is unknown, since any of them may be the one in force) or any
     * counted 103.
     */
    private static Optional<String> checkExistingAccess(AccessRecommendation result, LocalDate goLive) {
        boolean a104 = result.evidence().stream()
                .filter(e -> e.isCounted(CodeKind.REVIEW_INDICATED_104))
                .filter(e -> result.flag() == AccessFlag.UNDETERMINED
                        || (result.flag() == AccessFlag.ACTIVE_104 && e.deciding()))
                .anyMatch(e -> GoLiveTiming.mayPostdate(e.event(), goLive));
        boolean a103 = result.evidence().stream()
                .filter(e -> e.isCounted(CodeKind.DECLINED_103))
                .anyMatch(e -> GoLiveTiming.mayPostdate(e.event(), goLive));
        return a104 || a103 ? Optional.of(ActionTexts.checkExistingAccess(a104, a103, goLive)) : Optional.empty();
    }

    private static boolean deciding106MayPostdate(AccessRecommendation result, LocalDate goLive) {
        return result.evidence().stream()
                .filter(e -> e.deciding() && e.isCounted(CodeKind.REVIEW_NOT_INDICATED_106))
                .anyMatch(e -> GoLiveTiming.mayPostdate(e.event(), goLive));
    }
}
