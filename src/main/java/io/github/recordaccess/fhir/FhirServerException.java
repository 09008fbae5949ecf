package io.github.recordaccess.fhir;

/**
 * The FHIR server could not give a complete, trustworthy answer. The message names the interaction,
 * never patient data, so it may be shown to callers.
 */
public class FhirServerException extends RuntimeException {

    /** What went wrong, which decides the HTTP status the caller sees. */
    public enum Kind {
        /** Connection refused, reset or timed out: 503. */
        UNAVAILABLE,
        /** An HTTP error status from the server: 502. */
        ERROR_RESPONSE,
        /** A body that is not the FHIR we asked for (unparseable, wrong types, errors inside a 200): 502. */
        INVALID_RESPONSE,
        /** Paging that cannot be completed (too many pages, a loop, a total that does not add up): 502. */
        INCOMPLETE
    }

    private final Kind kind;
    private final String interaction;

    public FhirServerException(Kind kind, String interaction, String message) {
        super(message);
        this.kind = kind;
        this.interaction = interaction;
    }

    public Kind kind() {
        return kind;
    }

    public String interaction() {
        return interaction;
    }
}
