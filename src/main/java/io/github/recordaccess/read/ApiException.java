package io.github.recordaccess.read;

import io.github.recordaccess.web.ProblemType;
import java.util.List;

/**
 * A request the service refuses, in the API or a page, with the problem type and a detail that names only what the
 * caller sent.
 */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final List<String> errors;

    public ApiException(ProblemType type, String detail) {
        this(type, detail, null);
    }

    /** A refusal that lists every fault it found ({@code errors}, one per fault). */
    protected ApiException(ProblemType type, String detail, List<String> errors) {
        super(detail);
        this.type = type;
        this.errors = errors == null ? null : List.copyOf(errors);
    }

    public ProblemType type() {
        return type;
    }

    /** Every fault found, or null when the detail says it all. */
    public List<String> errors() {
        return errors;
    }

    public static ApiException invalid(String detail) {
        return new ApiException(ProblemType.INVALID_PARAMETER, detail);
    }
}
