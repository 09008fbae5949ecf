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

    /**
     * Time allowed for one whole answer (a page), from sending the request to its last byte: a server that
     * trickles bytes cannot hold a request longer than this.
     */
    @WithDefault("10s")
    Duration readTimeout();

    /** Time allowed for all the FHIR searches of one practice evaluation; past it the evaluation fails (503). */
    @WithDefault("120s")
    Duration evaluationDeadline();

    /** How long a request may wait for a free permit ({@code fhir.max-concurrent-*}) before the caller gets 503 fhir-busy. */
    @WithDefault("5s")
    Duration permitWait();

    /** Largest FHIR answer read (after decompression); a larger one fails the interaction (502), in bounded memory. */
    @WithDefault("32M")
    io.quarkus.runtime.configuration.MemorySize maxResponseSize();

    /**
     * For a server behind a proxy that reports its internal address: a {@code next} link outside
     * {@code fhir.base-url} has its own base path replaced by {@code fhir.base-url}. Off by default: such a
     * link is a server fault (502), since following it would send the token elsewhere.
     */
    @WithDefault("false")
    boolean rebaseNextLinks();

    /**
     * How long a failing FHIR interaction may keep trying (retries included) before the caller gets its
     * 503. Default 10 s; a single attempt is bounded by the connect and read timeouts.
     */
    @WithDefault("10s")
    Duration failureBound();

    /** Retries of idempotent reads after connection errors and 5xx answers. */
    Retry retry();

    /** Turns a dead FHIR server into fast 503s. */
    CircuitBreaker circuitBreaker();

    /**
     * TLS towards the FHIR server and its token endpoint. These settings fill the TLS registry's
     * configuration {@code quarkus.tls.fhir.*} ({@link FhirClientSettings}), which every client uses.
     */
    Tls tls();

    interface Retry {

        /** Retries after the first attempt, 0 to 2. */
        @WithDefault("2")
        @Min(0)
        @Max(2)
        int maxRetries();

        /** Delay before a retry. */
        @WithDefault("200ms")
        Duration delay();

        /** Random jitter added to or taken from the delay. */
        @WithDefault("100ms")
        Duration jitter();
    }

    interface CircuitBreaker {

        /** Interactions in the rolling window before the breaker may open. */
        @WithDefault("20")
        @Min(1)
        int requestVolume();

        /** Share of failed interactions in the window that opens the breaker. */
        @WithDefault("0.5")
        double failureRatio();

        /** How long the breaker stays open before letting a trial request through. */
        @WithDefault("10s")
        Duration delay();
    }

    interface Tls {

        /** A trust store (PKCS12 or JKS) with the CA that signed the FHIR server's certificate; default: the JVM's. */
        Optional<String> trustStore();

        /** The trust store's password. */
        Optional<String> trustStorePassword();

        /** PKCS12 (default) or JKS. */
        @WithDefault("PKCS12")
        TrustStoreType trustStoreType();
    }

    enum TrustStoreType {
        PKCS12,
        JKS
    }

    /** Entries asked for per page ({@code _count}). */
    @WithDefault("500")
    @Min(1)
    @Max(5000)
    int pageSize();

    /** Pages one search may take before it fails; a search is never truncated. */
    @WithDefault("1000")
    @Min(1)
    int maxPages();

    /** FHIR requests in flight at once for practice evaluations, across the whole service: protects the FHIR server. */
    @WithDefault("4")
    @Min(1)
    @Max(64)
    int maxConcurrentRequests();

    /** FHIR requests in flight at once for patient lookups: permits of their own, so practices cannot starve them. */
    @WithDefault("2")
    @Min(1)
    @Max(64)
    int maxConcurrentPatientRequests();

    /**
     * {@code auto} (default: chained, then patient batches for good once the server rejects the chain),
     * {@code chained} (a rejection is an error) or {@code patient-batch}.
     */
    @WithDefault("auto")
    CodeSearchMode codeSearch();

    /**
     * A token search parameter the server defines on {@code Patient.generalPractitioner.identifier}, for servers
     * that refuse the standard {@code general-practitioner:identifier} modifier (HAPI FHIR JPA). Without either,
     * Patients registered only by an identifier-only reference cannot be found (every practice answer says so).
     */
    Optional<String> practiceIdentifierSearch();

    /** How the service authenticates to the FHIR server. */
    FhirAuthConfig auth();

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
