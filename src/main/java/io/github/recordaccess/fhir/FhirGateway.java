package io.github.recordaccess.fhir;

import ca.uhn.fhir.rest.api.SearchStyleEnum;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.gclient.IQuery;
import io.github.recordaccess.rules.CodeSets;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The searches for patients and their coded entries (practices: {@link PracticeDirectory}): standard R4 only, every {@code next} link followed
 * (see {@link FhirExchange} for how each interaction is carried out). Nothing partial leaves this class.
 */
@ApplicationScoped
public class FhirGateway {

    /** The resource types that carry coded entries. */
    public static final List<Class<? extends Resource>> CODED_TYPES = List.of(Observation.class, Condition.class);

    private final IGenericClient client;
    private final FhirConfig config;
    private final CodeSets codeSets;
    private final SearchPaging paging;

    public FhirGateway(IGenericClient client, FhirConfig config, CodeSets codeSets, SearchPaging paging) {
        this.client = client;
        this.config = config;
        this.codeSets = codeSets;
        this.paging = paging;
    }

    /** {@code Patient?identifier=} with the NHS number under both its identifier systems. */
    public List<Patient> findPatientsByNhsNumber(String nhsNumber) {
        List<Patient> patients = new ArrayList<>();
        String tokens = NhsIdentifiers.NHS_NUMBER_SYSTEMS.stream()
                .map(s -> s + "|" + nhsNumber)
                .collect(Collectors.joining(","));
        search(
                "search Patient by NHS number",
                Patient.class,
                () -> client.search()
                        .forResource(Patient.class)
                        .whereMap(Map.of("identifier", List.of(tokens)))
                        .returnBundle(Bundle.class),
                patients::add);
        return patients;
    }

    /**
     * {@code [type]?code={code}&patient.general-practitioner=Organization/{id}&_count=}. One code per
     * search: OR'd codes with a chain are an order of magnitude slower on HAPI FHIR JPA. The code has no
     * system, so entries whose system was mistyped or left out are found too (and reported).
     *
     */
    public void forEachCodedResourceOfPractice(
            Class<? extends Resource> type, String code, String organizationId, Consumer<Resource> sink) {
        searchAny(
                "search " + type.getSimpleName() + " by code and practice",
                type,
                () -> client.search()
                        .forResource(type)
                        .whereMap(params(
                                "code",
                                escaped(code),
                                "patient.general-practitioner",
                                "Organization/" + organizationId))
                        .count(config.pageSize())
                        .returnBundle(Bundle.class),
                sink);
    }

    /**
     * {@code POST [type]/_search} with {@code patient={ids}&code={every configured code value}}: for servers without
     * chains, and for patients no chain reaches. The codes are OR'd here, unlike the chained search, since a search by
     * patient ids needs no join on the practice: one search per type and batch, however long the code list.
     */
    public void forEachCodedResourceOfPatients(
            Class<? extends Resource> type, Collection<String> patientIds, Consumer<Resource> sink) {
        searchAny(
                "search " + type.getSimpleName() + " by code for a batch of patients",
                type,
                () -> client.search()
                        .forResource(type)
                        .whereMap(params("patient", String.join(",", patientIds), "code", allCodes()))
                        .count(config.pageSize())
                        .usingStyle(SearchStyleEnum.POST)
                        .returnBundle(Bundle.class),
                sink);
    }

    /** {@code [type]?patient={id}&code={every configured code value}} for Observation and Condition. */
    public List<Resource> codedResourcesOfPatient(String patientId) {
        return codedResourcesOfPatients(List.of(patientId));
    }

    /**
     * {@code [type]?patient={id1},{id2}&code={every configured code value}} for Observation and Condition: one
     * patient's records merged into one another, searched together.
     */
    public List<Resource> codedResourcesOfPatients(List<String> patientIds) {
        String codes = allCodes();
        String scope = patientIds.size() == 1 ? "for one patient" : "for merged records";
        List<Resource> resources = new ArrayList<>();
        for (Class<? extends Resource> type : CODED_TYPES) {
            searchAny(
                    "search " + type.getSimpleName() + " by code " + scope,
                    type,
                    () -> client.search()
                            .forResource(type)
                            .whereMap(params("patient", String.join(",", patientIds), "code", codes))
                            .count(config.pageSize())
                            .returnBundle(Bundle.class),
                    resources::add);
        }
        return resources;
    }

    private <T extends Resource> void search(
            String interaction, Class<T> type, Supplier<IQuery<Bundle>> query, Consumer<T> sink) {
        paging.<Resource>searchByPage(interaction, type, query, page -> page.forEach(r -> sink.accept(type.cast(r))));
    }

    /** A search of {@code type} whose matches are handed over as plain resources. */
    private void searchAny(
            String interaction,
            Class<? extends Resource> type,
            Supplier<IQuery<Bundle>> query,
            Consumer<Resource> sink) {
        paging.<Resource>searchByPage(interaction, type, query, page -> page.forEach(sink));
    }

    /** Every configured code value as one token list, each escaped. */
    private String allCodes() {
        return codeSets.codeValues().stream().map(FhirGateway::escaped).collect(Collectors.joining(","));
    }

    /** A code value as a FHIR token search parameter: {@code \\ , | $} escaped, so a local code is one whole value. */
    static String escaped(String code) {
        return code.replace("\\", "\\\\")
                .replace(",", "\\,")
                .replace("|", "\\|")
                .replace("$", "\\$");
    }

    static Map<String, List<String>> params(String... namesAndValues) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return params;
    }

    /** The subject of an Observation or Condition. */
    static Reference subjectOf(Resource resource) {
        return resource instanceof Observation o ? o.getSubject() : ((Condition) resource).getSubject();
    }

    /** The logical id of a reference such as {@code Patient/123} or an absolute URL to it. */
    static String idOf(Reference reference) {
        return reference.hasReference() ? new IdType(reference.getReference()).getIdPart() : null;
    }
}
