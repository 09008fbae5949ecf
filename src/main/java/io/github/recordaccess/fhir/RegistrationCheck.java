package io.github.recordaccess.fhir;

import java.util.Locale;
import java.util.Set;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;

/**
 * Whether a Patient a cohort search returned names the practice by the route that was asked. R4 lets a lenient
 * server ignore a parameter it does not support and return everything; a Patient that does not name the
 * practice would then widen the cohort, so it fails the practice instead.
 */
final class RegistrationCheck {

    private RegistrationCheck() {}

    /** {@code generalPractitioner} references the Organization {@code organizationId}. */
    static boolean namesOrganization(Patient patient, String organizationId) {
        return patient.getGeneralPractitioner().stream()
                .anyMatch(gp -> references(gp, "Organization", Set.of(organizationId)));
    }

    /** {@code generalPractitioner} references one of the practice's PractitionerRoles. */
    static boolean namesRole(Patient patient, Set<String> roleIds) {
        return patient.getGeneralPractitioner().stream().anyMatch(gp -> references(gp, "PractitionerRole", roleIds));
    }

    /** {@code generalPractitioner} carries the practice's ODS code under either ODS system. */
    static boolean namesOdsCode(Patient patient, String odsCode) {
        return patient.getGeneralPractitioner().stream()
                .anyMatch(gp -> gp.hasIdentifier()
                        && NhsIdentifiers.ODS_CODE_SYSTEMS.contains(
                                gp.getIdentifier().getSystem())
                        && gp.getIdentifier().hasValue()
                        && gp.getIdentifier()
                                .getValue()
                                .trim()
                                .toUpperCase(Locale.ROOT)
                                .equals(odsCode.toUpperCase(Locale.ROOT)));
    }

    private static boolean references(Reference gp, String type, Set<String> ids) {
        if (!gp.hasReference()) {
            return false;
        }
        IdType id = new IdType(gp.getReference());
        return type.equals(id.getResourceType()) && ids.contains(id.getIdPart());
    }
}
