package io.github.recordaccess.api;

import io.github.recordaccess.web.ProblemType;

/** A request the API refuses, with the problem type and a detail that names only what the caller sent. */
public class ApiException extends RuntimeException {

    private final ProblemType type;

    public ApiException(ProblemType type, String detail) {
        super(detail);
        this.type = type;
    }

    public ProblemType type() {
        return type;
    }

    public static ApiException invalid(String detail) {
        return new ApiException(ProblemType.INVALID_PARAMETER, detail);
    }
}
