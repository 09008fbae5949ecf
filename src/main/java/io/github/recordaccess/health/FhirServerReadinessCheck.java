package io.github.recordaccess.health;

import io.github.recordaccess.fhir.CapabilityProbe;
import io.github.recordaccess.fhir.CodeSearchChoice;
import io.github.recordaccess.fhir.FhirConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the FHIR server hands over its CapabilityStatement; one answer is reused for a few seconds. */
@Readiness
@ApplicationScoped
public class FhirServerReadinessCheck implements HealthCheck {

    static final String NAME = "fhir-server";

    private final CapabilityProbe probe;
    private final CodeSearchChoice codeSearch;
    private final FhirConfig config;
    private final Clock clock;
    private volatile Seen last;

    public FhirServerReadinessCheck(
            CapabilityProbe probe, CodeSearchChoice codeSearch, FhirConfig config, Clock clock) {
        this.probe = probe;
        this.codeSearch = codeSearch;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public HealthCheckResponse call() {
        Seen seen = last;
        if (seen == null || seen.at().plus(config.readiness().cacheFor()).isBefore(clock.instant())) {
            seen = look();
        }
        return seen.response();
    }

    /** One probe at a time, so a burst of probes costs the FHIR server one request. */
    private synchronized Seen look() {
        Seen seen = last;
        if (seen != null && !seen.at().plus(config.readiness().cacheFor()).isBefore(clock.instant())) {
            return seen;
        }
        CapabilityProbe.Result result = probe.probe();
        HealthCheckResponseBuilder builder = HealthCheckResponse.named(NAME)
                .withData(
                        "codeSearch",
                        codeSearch
                                .current()
                                .name()
                                .toLowerCase(java.util.Locale.ROOT)
                                .replace('_', '-'));
        HealthCheckResponse response = result.up()
                ? builder.up().withData("fhirVersion", result.fhirVersion()).build()
                : builder.down().withData("error", result.error()).build();
        last = new Seen(clock.instant(), response);
        return last;
    }

    private record Seen(Instant at, HealthCheckResponse response) {}
}
