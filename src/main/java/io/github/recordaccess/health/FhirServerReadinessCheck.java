package io.github.recordaccess.health;

import ca.uhn.fhir.context.FhirContext;
import io.github.recordaccess.fhir.FhirConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CapabilityStatement;

/**
 * Ready when the FHIR server hands over its CapabilityStatement. Uses its own short timeout rather than
 * the shared client's, and reuses an answer for a few seconds so probes do not load the FHIR server.
 */
@Readiness
@ApplicationScoped
public class FhirServerReadinessCheck implements HealthCheck {

    static final String NAME = "fhir-server";

    private final FhirConfig config;
    private final FhirContext fhirContext;
    private final Clock clock;
    private final HttpClient http;
    private volatile Probe last;

    public FhirServerReadinessCheck(FhirConfig config, FhirContext fhirContext, Clock clock) {
        this.config = config;
        this.fhirContext = fhirContext;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(config.readiness().timeout()).build();
    }

    @Override
    public HealthCheckResponse call() {
        Probe probe = last;
        if (probe == null || probe.at().plus(config.readiness().cacheFor()).isBefore(clock.instant())) {
            probe = probe();
            last = probe;
        }
        return probe.response();
    }

    private synchronized Probe probe() {
        var builder = HealthCheckResponse.named(NAME);
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(stripSlash(config.baseUrl()) + "/metadata"))
                    .timeout(config.readiness().timeout())
                    .header("Accept", "application/fhir+json")
                    .GET().build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return new Probe(clock.instant(), builder.down().withData("error", "GET /metadata answered HTTP " + response.statusCode()).build());
            }
            IBaseResource resource = fhirContext.newJsonParser().parseResource(response.body());
            if (!(resource instanceof CapabilityStatement capability)) {
                return new Probe(clock.instant(), builder.down().withData("error", "GET /metadata did not return a CapabilityStatement").build());
            }
            return new Probe(clock.instant(), builder.up()
                    .withData("fhirVersion", capability.hasFhirVersion() ? capability.getFhirVersion().toCode() : "unknown").build());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Probe(clock.instant(), builder.down().withData("error", "interrupted").build());
        } catch (Exception e) {
            return new Probe(clock.instant(), builder.down().withData("error",
                    "CapabilityStatement could not be fetched: " + e.getClass().getSimpleName()).build());
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private record Probe(Instant at, HealthCheckResponse response) {
    }
}
