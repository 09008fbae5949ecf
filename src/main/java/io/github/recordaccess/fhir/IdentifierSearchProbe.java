package io.github.recordaccess.fhir;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;

/**
 * At start-up, asks the FHIR server once whether it supports {@code general-practitioner:identifier} (a search
 * for a code no practice has: a server that answers with any Patient ignored the modifier), so that a route that will be unavailable is said at start-up, not only on the
 * first practice answer. A server that cannot be reached yet is asked again by the first practice evaluation.
 * Late among the start-up observers, so that dev mode's demo server is already listening.
 */
@ApplicationScoped
class IdentifierSearchProbe {

    private final IGenericClient client;
    private final IdentifierSearchChoice choice;

    IdentifierSearchProbe(IGenericClient client, IdentifierSearchChoice choice) {
        this.client = client;
        this.choice = choice;
    }

    void probe(@Observes @Priority(5000) StartupEvent start) {
        try {
            // Straight to the client, not through the exchange: one probe is no evidence about the server's
            // health, so it must not count in the circuit breaker's window.
            Bundle found = client.search()
                    .forResource(Patient.class)
                    .whereMap(Map.of(
                            IdentifierSearchChoice.MODIFIER, List.of(NhsIdentifiers.ODS_CODE + "|NO-SUCH-PRACTICE")))
                    .count(1)
                    .returnBundle(Bundle.class)
                    .execute();
            if (found.hasEntry()) {
                // A lenient server that ignores the modifier answers with Patients of other practices.
                choice.modifierRefused();
                return;
            }
            choice.modifierWorks();
            Log.infof(
                    "The FHIR server supports %s: identifier-only registrations (PDS style) are searched with it",
                    IdentifierSearchChoice.MODIFIER);
        } catch (BaseServerResponseException e) {
            if (e.getStatusCode() == 400) {
                choice.modifierRefused(); // says what follows, once
            } else {
                notKnownYet("HTTP " + e.getStatusCode());
            }
        } catch (RuntimeException e) {
            notKnownYet(e.getClass().getSimpleName());
        }
    }

    private static void notKnownYet(String why) {
        Log.infof(
                "Whether the FHIR server supports %s is not known yet (%s); the first practice evaluation finds out",
                IdentifierSearchChoice.MODIFIER, why);
    }
}
