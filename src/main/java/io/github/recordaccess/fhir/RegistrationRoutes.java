package io.github.recordaccess.fhir;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import io.github.recordaccess.fhir.FhirServerException.Kind;
import io.github.recordaccess.rules.PatientFacts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.PractitionerRole;

/**
 * A practice's Patients by each registration route ({@link CohortRoute}), each page mapped to compact facts
 * as it arrives, and every Patient checked to name the practice by the route that was asked
 * ({@link RegistrationCheck}).
 */
@ApplicationScoped
class RegistrationRoutes {

    /** PractitionerRoles named in one Patient search: a URL of about 2 kB. */
    static final int ROLE_BATCH = 50;

    private final IGenericClient client;
    private final SearchPaging paging;
    private final FhirFactsMapper mapper;
    private final IdentifierSearchChoice identifierSearch;
    private final FhirConfig config;

    RegistrationRoutes(
            IGenericClient client,
            SearchPaging paging,
            FhirFactsMapper mapper,
            IdentifierSearchChoice identifierSearch,
            FhirConfig config) {
        this.client = client;
        this.paging = paging;
        this.mapper = mapper;
        this.identifierSearch = identifierSearch;
        this.config = config;
    }

    /** {@code Patient?general-practitioner=Organization/{id}}. */
    RouteCohort organization(PracticeRef practice) {
        String reference = "Organization/" + practice.organizationId();
        Map<String, PatientFacts> patients = new LinkedHashMap<>();
        patientSearch(
                "search Patient by practice",
                Map.of("general-practitioner", List.of(reference)),
                p -> RegistrationCheck.namesOrganization(p, practice.organizationId()),
                patients);
        return new RouteCohort(
                patients, CohortRouteStatus.searched(CohortRoute.ORGANIZATION, "general-practitioner=" + reference));
    }

    /**
     * {@code PractitionerRole?organization=Organization/{id}}, then {@code Patient?general-practitioner=} those
     * roles, {@value #ROLE_BATCH} at a time.
     */
    RouteCohort practitionerRoles(PracticeRef practice) {
        Set<String> roles = roleIds(practice.organizationId());
        Map<String, PatientFacts> patients = new LinkedHashMap<>();
        List<String> ordered = new ArrayList<>(roles);
        for (int from = 0; from < ordered.size(); from += ROLE_BATCH) {
            String batch = ordered.subList(from, Math.min(ordered.size(), from + ROLE_BATCH)).stream()
                    .map(id -> "PractitionerRole/" + id)
                    .collect(Collectors.joining(","));
            patientSearch(
                    "search Patient by the practice's PractitionerRoles",
                    Map.of("general-practitioner", List.of(batch)),
                    p -> RegistrationCheck.namesRole(p, roles),
                    patients);
        }
        return new RouteCohort(
                patients,
                CohortRouteStatus.searched(
                        CohortRoute.PRACTITIONER_ROLE,
                        "organization=Organization/" + practice.organizationId() + ": " + roles.size()
                                + (roles.size() == 1 ? " PractitionerRole" : " PractitionerRoles")));
    }

    /**
     * Identifier-only references carrying the practice's ODS code under either ODS system, by the search the
     * server supports ({@link IdentifierSearchChoice}); unavailable when it supports none.
     */
    RouteCohort odsIdentifier(PracticeRef practice) {
        Map<String, PatientFacts> patients = new LinkedHashMap<>();
        if (practice.odsCode() == null) {
            return new RouteCohort(
                    patients,
                    CohortRouteStatus.unavailable(CohortRoute.ODS_IDENTIFIER, "the practice's ODS code is not known"));
        }
        String tokens = NhsIdentifiers.ODS_CODE_SYSTEMS.stream()
                .map(system -> system + "|" + practice.odsCode())
                .collect(Collectors.joining(","));
        Predicate<Patient> names = p -> RegistrationCheck.namesOdsCode(p, practice.odsCode());
        Optional<String> parameter = identifierSearch.parameter();
        if (parameter.isPresent() && !identifierSearch.decided()) {
            try {
                patientSearch(ODS_SEARCH, Map.of(parameter.get(), List.of(tokens)), names, patients);
                identifierSearch.modifierWorks();
                return searched(patients, parameter.get(), practice.odsCode());
            } catch (FhirServerException e) {
                if (e.httpStatus() != 400) {
                    throw e;
                }
                identifierSearch.modifierRefused();
                patients.clear();
                parameter = identifierSearch.parameter();
            }
        }
        if (parameter.isEmpty()) {
            return new RouteCohort(
                    patients,
                    CohortRouteStatus.unavailable(
                            CohortRoute.ODS_IDENTIFIER,
                            "the FHIR server refused " + IdentifierSearchChoice.MODIFIER
                                    + " and FHIR_PRACTICE_IDENTIFIER_SEARCH is not set: Patients registered only by an"
                                    + " identifier-only reference (PDS style) cannot be found"));
        }
        patientSearch(ODS_SEARCH, Map.of(parameter.get(), List.of(tokens)), names, patients);
        return searched(patients, parameter.get(), practice.odsCode());
    }

    private static final String ODS_SEARCH = "search Patient by the practice's ODS code";

    private static RouteCohort searched(Map<String, PatientFacts> patients, String parameter, String odsCode) {
        return new RouteCohort(
                patients,
                CohortRouteStatus.searched(CohortRoute.ODS_IDENTIFIER, parameter + "={both ODS systems}|" + odsCode));
    }

    private Set<String> roleIds(String organizationId) {
        Set<String> roles = new LinkedHashSet<>();
        paging.<PractitionerRole>searchByPage(
                "search PractitionerRole by practice",
                PractitionerRole.class,
                () -> client.search()
                        .forResource(PractitionerRole.class)
                        .whereMap(Map.of("organization", List.of("Organization/" + organizationId)))
                        .count(config.pageSize())
                        .returnBundle(Bundle.class),
                page -> {
                    for (PractitionerRole role : page) {
                        if (!role.hasOrganization()
                                || !organizationId.equals(
                                        new IdType(role.getOrganization().getReference()).getIdPart())) {
                            throw notThePractices("search PractitionerRole by practice", "PractitionerRole");
                        }
                        roles.add(role.getIdElement().getIdPart());
                    }
                });
        return roles;
    }

    private void patientSearch(
            String interaction,
            Map<String, List<String>> params,
            Predicate<Patient> namesThePractice,
            Map<String, PatientFacts> patients) {
        paging.<Patient>searchByPage(
                interaction,
                Patient.class,
                () -> client.search()
                        .forResource(Patient.class)
                        .whereMap(params)
                        .count(config.pageSize())
                        .returnBundle(Bundle.class),
                page -> {
                    for (Patient patient : page) {
                        if (!namesThePractice.test(patient)) {
                            throw notThePractices(interaction, "Patient");
                        }
                        patients.put(patient.getIdElement().getIdPart(), mapper.toFacts(patient, List.of()));
                    }
                });
    }

    private static FhirServerException notThePractices(String interaction, String type) {
        return new FhirServerException(
                Kind.INVALID_RESPONSE,
                interaction,
                "The FHIR search '" + interaction + "' returned a " + type + " that does not name the practice as"
                        + " asked (the server may have ignored a search parameter); no result was given.");
    }
}
