package io.github.recordaccess.bench;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * How the benchmark's patients name their practice: by a literal Organization reference, except a share
 * ({@code bench.roleShare}) registered through one of the practice's GPs' PractitionerRoles, as GP Connect gives
 * them. With a share of 0 every patient is literal-reference only, the shape requests were counted on before
 * registration routes existed.
 */
final class BenchRegistrations {

    /** GPs of a benchmark practice, each with a PractitionerRole at it. */
    static final int ROLES = 5;

    private BenchRegistrations() {}

    static List<Resource> apply(List<Resource> practice, String organizationId, double roleShare) {
        List<Resource> shaped = new ArrayList<>(practice);
        for (int r = 1; r <= ROLES; r++) {
            PractitionerRole role = new PractitionerRole();
            role.setId(roleId(organizationId, r));
            role.setOrganization(new Reference("Organization/" + organizationId));
            shaped.add(role);
        }
        int every = roleShare <= 0 ? Integer.MAX_VALUE : (int) Math.round(1 / roleShare);
        int index = 0;
        for (Resource resource : shaped) {
            if (resource instanceof Patient patient) {
                patient.getGeneralPractitioner().clear();
                patient.addGeneralPractitioner(
                        index % every == every - 1
                                ? new Reference("PractitionerRole/" + roleId(organizationId, 1 + index % ROLES))
                                : new Reference("Organization/" + organizationId));
                index++;
            }
        }
        return shaped;
    }

    private static String roleId(String organizationId, int r) {
        return organizationId + "-gp-" + r;
    }
}
