package io.github.recordaccess.fhir;

import io.github.recordaccess.rules.CodeSets;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hl7.fhir.r4.model.Resource;

/**
 * The two ways to search a practice's coded entries by code value (whatever its system): chained on the practice,
 * one search per code value and coded type, or per batch of the cohort's patients, one search per coded type.
 */
@ApplicationScoped
class CodedEntrySearches {

    private final FhirGateway gateway;
    private final FhirFactsMapper mapper;
    private final CodeSets codeSets;
    private final FhirConfig config;

    CodedEntrySearches(FhirGateway gateway, FhirFactsMapper mapper, CodeSets codeSets, FhirConfig config) {
        this.gateway = gateway;
        this.mapper = mapper;
        this.codeSets = codeSets;
        this.config = config;
    }

    /** {@code [type]?code=&patient.general-practitioner=}: needs no cohort, so it runs beside the cohort's paging. */
    List<Callable<List<FoundEntry>>> chained(String organizationId) {
        List<Callable<List<FoundEntry>>> searches = new ArrayList<>();
        for (String code : codeSets.codeValues()) {
            for (Class<? extends Resource> type : FhirGateway.CODED_TYPES) {
                searches.add(() ->
                        collect(sink -> gateway.forEachCodedResourceOfPractice(type, code, organizationId, sink)));
            }
        }
        return searches;
    }

    /**
     * {@code POST [type]/_search} with {@code patient={ids}&code={every code value}} per batch of
     * {@code fhir.page-size} patients.
     */
    List<Callable<List<FoundEntry>>> patientBatches(List<String> cohortIds) {
        List<Callable<List<FoundEntry>>> searches = new ArrayList<>();
        for (int from = 0; from < cohortIds.size(); from += config.pageSize()) {
            List<String> batch = cohortIds.subList(from, Math.min(cohortIds.size(), from + config.pageSize()));
            for (Class<? extends Resource> type : FhirGateway.CODED_TYPES) {
                searches.add(() -> collect(sink -> gateway.forEachCodedResourceOfPatients(type, batch, sink)));
            }
        }
        return searches;
    }

    /**
     * True when the server refused the chained parameter itself: a 400 that names it (HAPI FHIR JPA and
     * others say which parameter they do not know), not a search refused for another reason.
     */
    static boolean isChainRejected(RuntimeException e) {
        return e instanceof FhirServerException f
                && f.httpStatus() == 400
                && f.serverText().contains("general-practitioner");
    }

    private List<FoundEntry> collect(java.util.function.Consumer<java.util.function.Consumer<Resource>> search) {
        List<FoundEntry> found = new ArrayList<>();
        search.accept(resource -> found.add(FoundEntry.of(resource, mapper)));
        return found;
    }
}
