package io.github.recordaccess.fhir;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Which coded-entry search a FHIR server gets, chosen once per base URL: {@code fhir.code-search}, and
 * with {@code auto} chained searches until the server first rejects the chain, then patient batches for
 * good. Shown in the readiness data and as the gauge {@code fhir.code.search{mode}} (1 for the mode in use).
 */
@ApplicationScoped
public class CodeSearchChoice {

    private final ConcurrentMap<String, CodeSearchMode> byBaseUrl = new ConcurrentHashMap<>();
    private final FhirConfig config;

    public CodeSearchChoice(FhirConfig config, MeterRegistry registry) {
        this.config = config;
        for (CodeSearchMode mode : new CodeSearchMode[] {CodeSearchMode.CHAINED, CodeSearchMode.PATIENT_BATCH}) {
            Gauge.builder("fhir.code.search", this, c -> c.current() == mode ? 1 : 0)
                    .description("The coded-entry search in use for the FHIR server (1), the other (0)")
                    .tag("mode", mode.name().toLowerCase(java.util.Locale.ROOT))
                    .register(registry);
        }
    }

    /** The search to use now: CHAINED or PATIENT_BATCH, never AUTO. */
    public CodeSearchMode current() {
        CodeSearchMode chosen = byBaseUrl.get(baseUrl());
        if (chosen != null) {
            return chosen;
        }
        return config.codeSearch() == CodeSearchMode.PATIENT_BATCH
                ? CodeSearchMode.PATIENT_BATCH
                : CodeSearchMode.CHAINED;
    }

    /** Whether a rejected chain may fall back to patient batches ({@code auto}). */
    boolean mayFallBack() {
        return config.codeSearch() == CodeSearchMode.AUTO;
    }

    /** The server rejected the chain: patient batches from now on, for this base URL. Logged once. */
    void chainRejected() {
        if (byBaseUrl.put(baseUrl(), CodeSearchMode.PATIENT_BATCH) != CodeSearchMode.PATIENT_BATCH) {
            Log.warn("The FHIR server rejected chained searches (patient.general-practitioner); "
                    + "searching coded entries per batch of patients from now on");
        }
    }

    private String baseUrl() {
        return config.baseUrl().orElse("");
    }
}
