package io.github.recordaccess.practice;

import io.github.recordaccess.rules.AccessRecommendation;
import io.github.recordaccess.rules.Action;
import io.github.recordaccess.rules.ActionId;
import java.util.List;

/** One patient's recommendation with the actions advised for it at the practice as the registry knows it now. */
public record AdvisedRecommendation(AccessRecommendation result, List<Action> actions) {

    public AdvisedRecommendation {
        actions = List.copyOf(actions);
    }

    public boolean has(ActionId id) {
        return actions.stream().anyMatch(a -> a.id() == id);
    }
}
