package io.github.recordaccess.read;

import io.github.recordaccess.history.ProblemDescriber;
import io.github.recordaccess.web.Problem;
import jakarta.enterprise.context.ApplicationScoped;

/** An ERROR snapshot point names its failure with the problem the API would have answered. */
@ApplicationScoped
public class SnapshotProblems implements ProblemDescriber {

    @Override
    public Described describe(RuntimeException failure) {
        Problem problem = Problems.of(failure, null);
        return new Described(problem.type().toString(), problem.detail());
    }
}
