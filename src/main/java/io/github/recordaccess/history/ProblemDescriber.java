package io.github.recordaccess.history;

/**
 * Names a failed evaluation as the API would (its problem type and detail), so that an ERROR point
 * says what the overview would have said. Implemented by the API layer, which owns the problem types.
 */
public interface ProblemDescriber {

    record Described(String type, String detail) {}

    Described describe(RuntimeException failure);
}
