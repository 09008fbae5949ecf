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
        INCOMPLETE,
        /** A search whose results contradict themselves or say they may be incomplete (repeats, warnings): 502. */
        INCONSISTENT,
        /** An answer larger than {@code fhir.max-response-size}: 502. */
        TOO_LARGE,
        /** No FHIR request permit came free within {@code fhir.permit-wait}: 503 with Retry-After. */
        BUSY
    }

    private final Kind kind;
    private final String interaction;
    private final int httpStatus;
    private final boolean retryable;
    /** What the server said about an error (its OperationOutcome or body, shortened). Never logged or shown: it may quote patient data. */
    private String serverText = "";
    /** Seconds after which the caller may try again (Retry-After), or 0 when there is nothing to say. */
    private long retryAfterSeconds;

    public FhirServerException(Kind kind, String interaction, String message) {
        this(kind, interaction, message, 0, false);
    }

    /**
     * @param httpStatus the FHIR server's HTTP status, or 0 when there was none
     * @param retryable whether the same read may succeed if tried again (connection errors, 5xx)
     */
    public FhirServerException(Kind kind, String interaction, String message, int httpStatus, boolean retryable) {
        super(message);
        this.kind = kind;
        this.interaction = interaction;
        this.httpStatus = httpStatus;
        this.retryable = retryable;
    }

    /** Adds what the server said, for callers that must tell one kind of refusal from another. */
    FhirServerException withServerText(String text) {
        this.serverText = text == null ? "" : text.substring(0, Math.min(text.length(), 2000));
        return this;
    }

    /** Says when the caller may try again (the answer's Retry-After). */
    FhirServerException retryAfter(java.time.Duration after) {
        this.retryAfterSeconds = Math.max(1, (after.toMillis() + 999) / 1000);
        return this;
    }

    /** Seconds after which the caller may try again, or 0 when there is nothing to say. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** What the server said about the error, if anything; for decisions only, never for logs or callers. */
    public String serverText() {
        return serverText;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public boolean retryable() {
        return retryable;
    }

    /** Failures that say the server is unwell, and so count towards opening the circuit breaker. */
    public boolean serverFailure() {
        return kind == Kind.UNAVAILABLE || (kind == Kind.ERROR_RESPONSE && httpStatus >= 500);
    }

    public Kind kind() {
        return kind;
    }

    public String interaction() {
        return interaction;
    }
}
