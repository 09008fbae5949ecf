package io.github.recordaccess.fhir;

import ca.uhn.fhir.rest.api.SearchStyleEnum;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import io.github.recordaccess.rules.CodeKind;
import io.github.recordaccess.rules.CodeSets;
import io.github.recordaccess.rules.CodedEvent;
import io.github.recordaccess.rules.Coding;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;

/**
 * A practice's 104 (or 106) entries dated from the day before to the day after one day, for one patient's
 * bulk-coding check when no practice evaluation is cached: whether their 104 fell on a bulk-coding day, or
 * whether the 106 that follows their safeguarding concern did. The service then counts them by clinical London
 * day and distinct patients itself, as the practice list does ({@code BulkCodingDetector}, {@code Bulk106Days}),
 * instead of trusting the server's date comparison: R4 reads {@code eq} as containment, some servers as overlap.
 * Three searches per code value: Observation by {@code date}, Condition by {@code onset-date} and by
 * {@code recorded-date} (a Condition's clinical date is its onset, else its recorded date).
 */
@ApplicationScoped
class CodedEntriesAroundDay {

    /** The searches: type and the date parameter over the element that dates it clinically. */
    private static final List<Map.Entry<Class<? extends Resource>, String>> SEARCHES = List.of(
            Map.entry(Observation.class, "date"),
            Map.entry(Condition.class, "onset-date"),
            Map.entry(Condition.class, "recorded-date"));

    private final IGenericClient client;
    private final SearchPaging paging;
    private final RegistrationRoutes routes;
    private final FhirFactsMapper mapper;
    private final CodeSets codeSets;
    private final CodeSearchChoice choice;
    private final FhirConfig config;

    CodedEntriesAroundDay(
            IGenericClient client,
            SearchPaging paging,
            RegistrationRoutes routes,
            FhirFactsMapper mapper,
            CodeSets codeSets,
            CodeSearchChoice choice,
            FhirConfig config) {
        this.client = client;
        this.paging = paging;
        this.routes = routes;
        this.mapper = mapper;
        this.codeSets = codeSets;
        this.choice = choice;
        this.config = config;
    }

    /**
     * The coded events of the found entries, by patient id; each entry once. Every registration route counts,
     * as in the practice list: the chain reaches the Organization route's Patients, the other routes' Patients
     * are searched by patient.
     */
    Map<String, List<CodedEvent>> of(PracticeRef practice, CodeKind kind, LocalDate day) {
        List<FoundEntry> found = new ArrayList<>();
        List<String> codes = codes(kind);
        if (choice.current() == CodeSearchMode.CHAINED) {
            try {
                chained(practice.organizationId(), codes, day, found);
                batches(otherRoutes(practice), codes, day, found);
                return byPatient(found);
            } catch (FhirServerException e) {
                if (!CodedEntrySearches.isChainRejected(e) || !choice.mayFallBack()) {
                    throw e;
                }
                choice.chainRejected();
                found.clear();
            }
        }
        List<String> cohort =
                new ArrayList<>(routes.organization(practice).patients().keySet());
        cohort.addAll(otherRoutes(practice));
        batches(cohort.stream().distinct().toList(), codes, day, found);
        return byPatient(found);
    }

    private List<String> otherRoutes(PracticeRef practice) {
        List<String> ids =
                new ArrayList<>(routes.practitionerRoles(practice).patients().keySet());
        ids.addAll(routes.odsIdentifier(practice).patients().keySet());
        return ids.stream().distinct().toList();
    }

    private void batches(List<String> patientIds, List<String> codes, LocalDate day, List<FoundEntry> found) {
        for (int from = 0; from < patientIds.size(); from += config.pageSize()) {
            batch(patientIds.subList(from, Math.min(patientIds.size(), from + config.pageSize())), codes, day, found);
        }
    }

    private void chained(String organizationId, List<String> codes, LocalDate day, List<FoundEntry> found) {
        for (String code : codes) {
            for (Map.Entry<Class<? extends Resource>, String> search : SEARCHES) {
                Map<String, List<String>> params = new LinkedHashMap<>();
                params.put("code", List.of(FhirGateway.escaped(code)));
                params.put("patient.general-practitioner", List.of("Organization/" + organizationId));
                params.put(search.getValue(), around(day));
                run(search.getKey(), "by practice", params, SearchStyleEnum.GET, found);
            }
        }
    }

    private void batch(List<String> patientIds, List<String> codes, LocalDate day, List<FoundEntry> found) {
        for (String code : codes) {
            for (Map.Entry<Class<? extends Resource>, String> search : SEARCHES) {
                Map<String, List<String>> params = new LinkedHashMap<>();
                params.put("patient", List.of(String.join(",", patientIds)));
                params.put("code", List.of(FhirGateway.escaped(code)));
                params.put(search.getValue(), around(day));
                run(search.getKey(), "for a batch of patients", params, SearchStyleEnum.POST, found);
            }
        }
    }

    private void run(
            Class<? extends Resource> type,
            String scope,
            Map<String, List<String>> params,
            SearchStyleEnum style,
            List<FoundEntry> found) {
        paging.<Resource>searchByPage(
                "search " + type.getSimpleName() + " entries around a day " + scope,
                type,
                () -> client.search()
                        .forResource(type)
                        .whereMap(params)
                        .count(config.pageSize())
                        .usingStyle(style)
                        .returnBundle(Bundle.class),
                page -> page.forEach(r -> found.add(FoundEntry.of(r, mapper))));
    }

    /** {@code ge} the day before and {@code le} the day after: wide enough for any offset or date semantics. */
    private static List<String> around(LocalDate day) {
        return List.of("ge" + day.minusDays(1), "le" + day.plusDays(1));
    }

    private List<String> codes(CodeKind kind) {
        return codeSets.of(kind).stream().map(Coding::code).distinct().sorted().toList();
    }

    private static Map<String, List<CodedEvent>> byPatient(List<FoundEntry> found) {
        Map<String, List<CodedEvent>> events = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (FoundEntry entry : found) {
            if (seen.add(entry.reference())) { // a Condition found by onset and by recorded date counts once
                events.computeIfAbsent(entry.patientId(), id -> new ArrayList<>())
                        .addAll(entry.events());
            }
        }
        return events;
    }
}
