package io.github.recordaccess.fhir;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;

/** Finds practices on the FHIR server: by ODS code, and the one a patient is registered with. */
@ApplicationScoped
public class PracticeDirectory {

    private final IGenericClient client;
    private final FhirExchange exchange;
    private final SearchPaging paging;

    public PracticeDirectory(IGenericClient client, FhirExchange exchange, SearchPaging paging) {
        this.client = client;
        this.exchange = exchange;
        this.paging = paging;
    }

    /** {@code Organization?identifier=} with both ODS systems; empty when the server knows no such practice. */
    public Optional<PracticeRef> findPractice(String odsCode) {
        List<Organization> found = new ArrayList<>();
        String tokens = NhsIdentifiers.ODS_CODE_SYSTEMS.stream()
                .map(s -> s + "|" + odsCode)
                .collect(Collectors.joining(","));
        paging.<Organization>searchByPage(
                "search Organization by ODS code",
                Organization.class,
                () -> client.search()
                        .forResource(Organization.class)
                        .whereMap(Map.of("identifier", List.of(tokens)))
                        .returnBundle(Bundle.class),
                found::addAll);
        if (found.size() > 1) {
            throw new AmbiguousMatchException("Organization", "ODS code", found.size());
        }
        return found.stream()
                .findFirst()
                .map(o -> new PracticeRef(o.getIdElement().getIdPart(), odsCode));
    }

    /**
     * The practice a patient is registered with, from {@code generalPractitioner}, as the record gives it: an
     * Organization reference (its id, and the ODS code where the reference carries one), else an identifier-only
     * reference's ODS code, else a PractitionerRole, whose {@code organization} is then read (one read).
     */
    public Optional<PracticeRef> referenceOf(Patient patient) {
        for (Reference gp : patient.getGeneralPractitioner()) {
            String id = referenced(gp, "Organization");
            String ods = gp.hasIdentifier()
                            && NhsIdentifiers.ODS_CODE_SYSTEMS.contains(
                                    gp.getIdentifier().getSystem())
                    ? gp.getIdentifier().getValue()
                    : null;
            if (id != null || ods != null) {
                return Optional.of(new PracticeRef(id, ods));
            }
        }
        return patient.getGeneralPractitioner().stream()
                .map(gp -> referenced(gp, "PractitionerRole"))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .flatMap(this::organizationOfRole);
    }

    private static String referenced(Reference gp, String type) {
        return gp.hasReferenceElement() && type.equals(gp.getReferenceElement().getResourceType())
                ? gp.getReferenceElement().getIdPart()
                : null;
    }

    private Optional<PracticeRef> organizationOfRole(String roleId) {
        PractitionerRole role = exchange.execute(
                "read PractitionerRole",
                () -> client.read()
                        .resource(PractitionerRole.class)
                        .withId(roleId)
                        .execute());
        return Optional.ofNullable(role.hasOrganization() ? referenced(role.getOrganization(), "Organization") : null)
                .map(organizationId -> new PracticeRef(organizationId, null));
    }

    /** The reference with its ODS code: read from the Organization (one read) when the reference did not carry it. */
    public PracticeRef withOdsCode(PracticeRef practice) {
        if (practice.odsCode() != null || practice.organizationId() == null) {
            return practice;
        }
        return new PracticeRef(practice.organizationId(), odsCodeOf(readOrganization(practice.organizationId())));
    }

    /**
     * The reference with its Organization id: found by ODS code (one search) for an identifier-only reference,
     * so that the practice's 104s can be counted by every route. As given when none, or more than one, is found.
     */
    public PracticeRef withOrganizationId(PracticeRef practice) {
        if (practice.organizationId() != null || practice.odsCode() == null) {
            return practice;
        }
        try {
            return findPractice(practice.odsCode()).orElse(practice);
        } catch (AmbiguousMatchException e) {
            return practice;
        }
    }

    private Organization readOrganization(String id) {
        return exchange.execute(
                "read Organization",
                () -> client.read().resource(Organization.class).withId(id).execute());
    }

    private static String odsCodeOf(Organization organization) {
        return NhsIdentifiers.ODS_CODE_SYSTEMS.stream()
                .flatMap(system ->
                        organization.getIdentifier().stream().filter(i -> system.equals(i.getSystem()) && i.hasValue()))
                .map(i -> i.getValue())
                .findFirst()
                .orElse(null);
    }
}
