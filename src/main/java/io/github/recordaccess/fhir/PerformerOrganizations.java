package io.github.recordaccess.fhir;

import io.github.recordaccess.rules.OrganizationIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The organisations an Observation's {@code performer} names, without reading anything: a literal reference
 * to an Organization (its logical id), an ODS identifier under either ODS system (PDS and GP Connect style
 * identifier-only references), or an Organization contained in the Observation. A performer that is a person
 * (Practitioner, PractitionerRole, Patient, RelatedPerson) or a CareTeam names no organisation here: telling
 * its organisation would need further reads, so such an entry counts as the practice's own.
 */
final class PerformerOrganizations {

    private PerformerOrganizations() {}

    static List<OrganizationIdentity> of(Observation observation) {
        List<OrganizationIdentity> named = new ArrayList<>(0);
        for (Reference performer : observation.getPerformer()) {
            String id = null;
            String ods = odsCodeOf(performer.getIdentifier()).orElse(null);
            String reference = performer.getReference();
            if (reference != null && reference.startsWith("#")) {
                Optional<Organization> contained = contained(observation, performer);
                if (contained.isPresent()) {
                    ods = ods != null ? ods : odsCodeOf(contained.get()).orElse(null);
                }
            } else if (reference != null
                    && "Organization".equals(performer.getReferenceElement().getResourceType())) {
                id = performer.getReferenceElement().getIdPart();
            }
            if (id != null || ods != null) {
                named.add(new OrganizationIdentity(id, ods));
            }
        }
        return named;
    }

    /** The contained Organization a {@code #id} reference points at; HAPI's parser links it, else look it up. */
    private static Optional<Organization> contained(Observation observation, Reference performer) {
        IBaseResource linked = performer.getResource();
        if (linked instanceof Organization organization) {
            return Optional.of(organization);
        }
        String localId = performer.getReference().substring(1);
        return observation.getContained().stream()
                .filter(Organization.class::isInstance)
                .map(Resource.class::cast)
                .filter(r -> localId.equals(r.getIdElement().getIdPart()) || localId.equals(r.getId()))
                .map(Organization.class::cast)
                .findFirst();
    }

    private static Optional<String> odsCodeOf(Identifier identifier) {
        return identifier != null
                        && identifier.getSystem() != null
                        && NhsIdentifiers.ODS_CODE_SYSTEMS.contains(identifier.getSystem())
                        && identifier.getValue() != null
                        && !identifier.getValue().isBlank()
                ? Optional.of(identifier.getValue().strip())
                : Optional.empty();
    }

    private static Optional<String> odsCodeOf(Organization organization) {
        return organization.getIdentifier().stream()
                .map(PerformerOrganizations::odsCodeOf)
                .flatMap(Optional::stream)
                .findFirst();
    }
}
