package io.github.recordaccess.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.client.exceptions.FhirClientConnectionException;
import ca.uhn.fhir.rest.client.exceptions.FhirClientInappropriateForServerException;
import ca.uhn.fhir.rest.client.exceptions.NonFhirResponseException;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import io.github.recordaccess.fhir.FhirServerException.Kind;
import io.quarkus.logging.Log;
import java.time.Duration;

/**
 * HAPI's exceptions as {@link FhirServerException}s that name the interaction but no patient data: their
 * messages may hold URLs with NHS numbers, so they stay out (what the server said travels apart, for
 * decisions only).
 */
final class FhirErrors {

    private FhirErrors() {}

    /**
     * @param deadlinePassed true when the request was aborted by its page deadline: whatever HAPI then
     *     reports (a closed connection, a half-read body), it is a timeout
     */
    static RuntimeException translate(
            String interaction, RuntimeException e, boolean deadlinePassed, Duration deadline, long maxSize) {
        if (e instanceof FhirServerException) {
            return e;
        }
        if (BoundedResponses.causedBy(e)) {
            Log.debugf("FHIR %s: answer over %d bytes", interaction, maxSize);
            return new FhirServerException(
                    Kind.TOO_LARGE,
                    interaction,
                    "The FHIR server's answer to '" + interaction + "' was larger than " + maxSize
                            + " bytes (fhir.max-response-size) and was not read.");
        }
        if (deadlinePassed) {
            Log.debugf("FHIR %s: page deadline passed", interaction);
            // Not retried: the deadline has already used the time a retry would need.
            return new FhirServerException(
                    Kind.UNAVAILABLE,
                    interaction,
                    "The FHIR server could not be reached for '" + interaction + "' (timed out: the answer did not"
                            + " arrive whole within " + deadline.toSeconds() + " s).",
                    0,
                    false);
        }
        if (e instanceof FhirClientConnectionException connection) {
            return connectionFailed(interaction, connection);
        }
        if (e instanceof FhirClientInappropriateForServerException
                || e instanceof DataFormatException
                || e instanceof ClassCastException) {
            Log.debugf(
                    "FHIR %s: unparseable response (%s)",
                    interaction, e.getClass().getSimpleName());
            return unparseable(interaction);
        }
        if (e instanceof NonFhirResponseException nonFhir) {
            Log.debugf("FHIR %s: non-FHIR response, HTTP %d", interaction, nonFhir.getStatusCode());
            return nonFhir.getStatusCode() >= 400
                    ? errorResponse(interaction, nonFhir.getStatusCode())
                    : new FhirServerException(
                            Kind.INVALID_RESPONSE,
                            interaction,
                            "The FHIR server's answer to '" + interaction + "' was not FHIR.");
        }
        if (e instanceof BaseServerResponseException response) {
            Log.debugf("FHIR %s: HTTP %d", interaction, response.getStatusCode());
            String said = (response.getMessage() == null ? "" : response.getMessage()) + " "
                    + (response.getResponseBody() == null ? "" : response.getResponseBody());
            return errorResponse(interaction, response.getStatusCode()).withServerText(said);
        }
        return e;
    }

    private static FhirServerException connectionFailed(String interaction, FhirClientConnectionException e) {
        Log.debugf(
                "FHIR %s: %s",
                interaction,
                e.getCause() == null
                        ? "connection failed"
                        : e.getCause().getClass().getSimpleName());
        if (e.getCause() instanceof DataFormatException) {
            return unparseable(interaction);
        }
        // A timeout has already used the failure bound's worth of waiting; a refused or reset connection may heal
        // at once.
        boolean timedOut = e.getCause() instanceof java.net.SocketTimeoutException;
        return new FhirServerException(
                Kind.UNAVAILABLE,
                interaction,
                "The FHIR server could not be reached for '" + interaction + "' ("
                        + (timedOut ? "timed out" : "connection failed") + ").",
                0,
                !timedOut);
    }

    /** 3xx included: redirects are not followed, since they could lead the token to another host. */
    private static FhirServerException errorResponse(String interaction, int status) {
        return new FhirServerException(
                Kind.ERROR_RESPONSE,
                interaction,
                "The FHIR server answered HTTP " + status + " to '" + interaction + "'"
                        + (status >= 300 && status < 400 ? " (a redirect, which is not followed)." : "."),
                status,
                status >= 500);
    }

    private static FhirServerException unparseable(String interaction) {
        return new FhirServerException(
                Kind.INVALID_RESPONSE,
                interaction,
                "The FHIR server's answer to '" + interaction + "' could not be parsed as FHIR R4 JSON.");
    }
}
