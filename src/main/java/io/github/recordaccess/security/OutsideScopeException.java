package io.github.recordaccess.security;

import io.github.recordaccess.web.ProblemType;

/**
 * The caller may not read this: thrown by {@link ScopeGuard} after it has written the {@code access-refused} event, so
 * that whoever turns it into a problem (JSON or page) writes nothing more.
 */
public class OutsideScopeException extends RuntimeException {

    private final transient ProblemType type;

    OutsideScopeException(ProblemType type, String detail) {
        super(detail, null, false, false);
        this.type = type;
    }

    public ProblemType type() {
        return type;
    }
}
