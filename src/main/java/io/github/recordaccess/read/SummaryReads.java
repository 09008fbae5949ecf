package io.github.recordaccess.read;

import io.github.recordaccess.practice.PracticeEvaluation;
import io.github.recordaccess.practice.PracticeSummary;
import io.github.recordaccess.security.ScopeGuard;
import jakarta.enterprise.context.ApplicationScoped;

/** A practice's summary as the caller may see it, for the API and the practice page alike. */
@ApplicationScoped
public class SummaryReads {

    private final ScopeGuard scope;

    public SummaryReads(ScopeGuard scope) {
        this.scope = scope;
    }

    /** A figures-only caller gets the counts with small counts of sensitive groups hidden. */
    public PracticeSummary of(PracticeEvaluation evaluation) {
        PracticeSummary summary = PracticeSummary.of(evaluation);
        return scope.figuresOnlyFor(evaluation.odsCode())
                ? summary.withSmallCountsHidden(scope.smallNumber())
                : summary;
    }
}
