package io.github.recordaccess.health;

import io.github.recordaccess.fhir.CapabilityProbe;
import io.github.recordaccess.fhir.CodeSearchChoice;
import io.github.recordaccess.fhir.FhirConfig;
import io.github.recordaccess.fhir.IdentifierSearchChoice;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * The FHIR server's state, in its own health group ({@code /q/health/group/fhir}) and as the gauge
 * {@code fhir_server_up}: UP when it hands over its CapabilityStatement; one answer is reused for a few
 * seconds. Not part of readiness: readiness says whether this replica can serve, and with the FHIR server
 * down it still serves the pages, history, the admin API and the API's own 503 explanations. Were readiness
 * to follow the FHIR server, every replica would leave the Service at once and all of that would vanish.
 */
@HealthGroup(FhirServerHealthCheck.GROUP)
@ApplicationScoped
public class FhirServerHealthCheck implements HealthCheck {

    static final String NAME = "fhir-server";
    public static final String GROUP = "fhir";

    private final CapabilityProbe probe;
    private final CodeSearchChoice codeSearch;
    private final IdentifierSearchChoice identifierSearch;
    private final FhirConfig config;
    private final Clock clock;
    private final MeterRegistry registry;
    private volatile Seen last;
    private Gauge up;

    public FhirServerHealthCheck(
            CapabilityProbe probe,
            CodeSearchChoice codeSearch,
            IdentifierSearchChoice identifierSearch,
            FhirConfig config,
            Clock clock,
            MeterRegistry registry) {
        this.probe = probe;
        this.codeSearch = codeSearch;
        this.identifierSearch = identifierSearch;
        this.config = config;
        this.clock = clock;
        this.registry = registry;
    }

    /**
     * The gauge lives as long as this application: removed at shutdown, so that a registry that outlives it
     * (Micrometer's global one, in tests) never keeps reading an old instance.
     */
    void registerGauge(@Observes StartupEvent start) {
        up = Gauge.builder("fhir.server.up", this, c -> c.call().getStatus() == HealthCheckResponse.Status.UP ? 1 : 0)
                .strongReference(true)
                .description("1 when the FHIR server answered its CapabilityStatement at the last look (cached "
                        + "fhir.readiness.cache-for), else 0")
                .register(registry);
    }

    void removeGauge(@Observes ShutdownEvent stop) {
        if (up != null) {
            registry.remove(up);
        }
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
                .withData("identifierRoute", identifierSearch.describe())
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
