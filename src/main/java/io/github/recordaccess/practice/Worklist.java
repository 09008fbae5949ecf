package io.github.recordaccess.practice;

import io.github.recordaccess.rules.ActionAdvisor;
import io.github.recordaccess.rules.PracticeContext;
import java.util.List;

/**
 * A practice's (possibly cached) evaluation, each patient with the actions advised for the practice's
 * registry entry as it is now: the entry may change while the evaluation stays cached.
 */
public record Worklist(PracticeEvaluation evaluation, List<AdvisedRecommendation> rows) {

    public Worklist {
        rows = List.copyOf(rows);
    }

    public static Worklist of(PracticeEvaluation evaluation, PracticeContext practice) {
        return new Worklist(
                evaluation,
                evaluation.results().stream()
                        .map(r -> new AdvisedRecommendation(r, ActionAdvisor.actionsFor(r, practice)))
                        .toList());
    }

    /** The patients the filter matches, in the evaluation's order (NHS number). */
    public List<AdvisedRecommendation> matching(WorklistFilter filter) {
        return rows.stream().filter(filter::matches).toList();
    }

    public int count(WorklistFilter filter) {
        return (int) rows.stream().filter(filter::matches).count();
    }
}
