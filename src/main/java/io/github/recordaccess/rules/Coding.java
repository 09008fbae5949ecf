package io.github.recordaccess.rules;

import java.util.Objects;

/**
 * A terminology system and code, as in FHIR {@code Coding}. Display text never decides anything.
 *
 * @param system the code system, or null where a record left it out (such a coding never counts)
 */
public record Coding(String system, String code) {

    public Coding {
        Objects.requireNonNull(code, "code");
    }

    /** Reads the FHIR token form {@code system|code}. */
    public static Coding parse(String token) {
        int bar = token.indexOf('|');
        if (bar <= 0 || bar == token.length() - 1) {
            throw new IllegalArgumentException("expected system|code but got '" + token + "'");
        }
        return new Coding(
                token.substring(0, bar).trim(), token.substring(bar + 1).trim());
    }

    /** The FHIR token form {@code system|code}, or {@code |code} for a coding with no system. */
    public String token() {
        return (system == null ? "" : system) + "|" + code;
    }

    @Override
    public String toString() {
        return token();
    }
}
