package io.github.recordaccess.fhir;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * How Patients registered by an identifier-only reference (PDS style) are searched, chosen once per base URL:
 * the standard R4 modifier {@code general-practitioner:identifier} until the server refuses it (HAPI FHIR JPA
 * does: HAPI-2498), then the token parameter named by {@code fhir.practice-identifier-search}, or, without
 * one, not at all: the route is then unavailable, which is logged once, shown in the FHIR health group's data
 * and on every practice answer.
 */
@ApplicationScoped
public class IdentifierSearchChoice {

    /** The modifier search, as R4 defines it on every reference parameter. */
    static final String MODIFIER = "general-practitioner:identifier";

    /** What the server was found to support. */
    enum Support {
        MODIFIER,
        PARAMETER,
        UNAVAILABLE
    }

    private final ConcurrentMap<String, Support> byBaseUrl = new ConcurrentHashMap<>();
    private final FhirConfig config;

    public IdentifierSearchChoice(FhirConfig config) {
        this.config = config;
    }

    /** The search parameter to use now, or empty when the route is unavailable. */
    Optional<String> parameter() {
        return switch (current()) {
            case MODIFIER -> Optional.of(MODIFIER);
            case PARAMETER -> config.practiceIdentifierSearch();
            case UNAVAILABLE -> Optional.empty();
        };
    }

    /** The server refused the modifier: the configured parameter from now on, or none. Logged once. */
    void modifierRefused() {
        Support next = config.practiceIdentifierSearch().isPresent() ? Support.PARAMETER : Support.UNAVAILABLE;
        if (byBaseUrl.put(baseUrl(), next) != next) {
            if (next == Support.PARAMETER) {
                Log.warnf(
                        "The FHIR server refused %s; searching identifier-only registrations by %s"
                                + " (FHIR_PRACTICE_IDENTIFIER_SEARCH) from now on",
                        MODIFIER, config.practiceIdentifierSearch().get());
            } else {
                Log.warnf(
                        "The FHIR server refused %s and FHIR_PRACTICE_IDENTIFIER_SEARCH is not set: Patients"
                                + " registered only by an identifier-only reference (PDS style) cannot be found;"
                                + " every practice answer says so (cohortRoutes)",
                        MODIFIER);
            }
        }
    }

    /** For the FHIR health group: {@code modifier}, {@code parameter:<name>}, {@code unavailable}, or {@code not probed yet}. */
    public String describe() {
        Support chosen = byBaseUrl.get(baseUrl());
        if (chosen == null) {
            return "not probed yet (" + MODIFIER + " first"
                    + config.practiceIdentifierSearch().map(p -> ", then " + p).orElse(", no fallback") + ")";
        }
        return switch (chosen) {
            case MODIFIER -> "modifier";
            case PARAMETER -> "parameter:" + config.practiceIdentifierSearch().orElse("");
            case UNAVAILABLE -> "unavailable";
        };
    }

    /** True once the modifier has been tried: a refusal now is the parameter's or the server's, not the modifier's. */
    boolean decided() {
        return byBaseUrl.containsKey(baseUrl());
    }

    /** The modifier worked: keep it. */
    void modifierWorks() {
        byBaseUrl.putIfAbsent(baseUrl(), Support.MODIFIER);
    }

    private Support current() {
        return byBaseUrl.getOrDefault(baseUrl(), Support.MODIFIER);
    }

    private String baseUrl() {
        return config.baseUrl().orElse("");
    }
}
