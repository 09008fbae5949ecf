package io.github.recordaccess.fhir;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.Optional;

/** The FHIR R4 server and how we talk to it ({@code fhir.*}). */
@ConfigMapping(prefix = "fhir")
public interface FhirConfig {

    /**
     * Base URL of the FHIR R4 server, e.g. {@code https://fhir.example.org/R4} (environment
     * {@code FHIR_BASE_URL}). No default in production: the service refuses to start without it.
     */
    Optional<String> baseUrl();

    /** The base URL; only called once {@link FhirSettingsCheck} has let the application start. */
    default String requiredBaseUrl() {
        return baseUrl().orElseThrow(FhirSettingsCheck::missing);
    }

    /** Time allowed to open a connection. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** Time allowed to wait for data on an open connection (one page). */
    @WithDefault("60s")
    Duration readTimeout();

    /** Entries asked for per page ({@code _count}). */
    @WithDefault("500")
    @Min(1)
    @Max(5000)
    int pageSize();

    /** Pages one search may take before it fails; a search is never truncated. */
    @WithDefault("1000")
    @Min(1)
    int maxPages();

    /** FHIR requests in flight at once, across the whole service: protects the FHIR server. */
    @WithDefault("4")
    @Min(1)
    @Max(64)
    int maxConcurrentRequests();

    /** {@code chained} (default) or {@code patient-batch}; chained falls back by itself when the server rejects it. */
    @WithDefault("chained")
    CodeSearchMode codeSearch();

    /** How the service authenticates to the FHIR server. */
    Auth auth();

    interface Auth {

        /** {@code none} (default) or {@code bearer} (a static token, from a Secret). */
        @WithDefault("none")
        AuthType type();

        /** The bearer token for {@code type=bearer} ({@code FHIR_AUTH_TOKEN}); never logged. */
        Optional<String> token();
    }

    enum AuthType {
        NONE,
        BEARER
    }

    /** The readiness probe's look at the server's CapabilityStatement. */
    Readiness readiness();

    interface Readiness {

        /** Time allowed for {@code GET [base]/metadata}. */
        @WithDefault("2s")
        Duration timeout();

        /** How long one answer is reused, so probes do not load the FHIR server. */
        @WithDefault("10s")
        Duration cacheFor();
    }
}
