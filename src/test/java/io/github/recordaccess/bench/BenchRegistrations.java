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
 * them. With a share of 0 every patient is literal-reference only and the practice has no PractitionerRole: the
 * shape requests were counted on before registration routes existed. A record registered nowhere (merged away)
 * stays so.
 */
final class BenchRegistrations {

    /** GPs of a benchmark practice, each with a PractitionerRole at it. */
    static final int ROLES = 5;

    private BenchRegistrations() {}

    static List<Resource> apply(List<Resource> practice, String organizationId, double roleShare) {
        List<Resource> shaped = new ArrayList<>(practice);
        // No PractitionerRole of the demo's, and none of its merged records (MergedPatients, ids "-merge-") or
        // their entries: those cost requests of their own (README, What the service asks the FHIR server), and
        // without them the practice is the one measured before registration routes existed.
        shaped.removeIf(r -> r instanceof PractitionerRole || isMerged(r));
        if (roleShare <= 0) {
            shaped.forEach(r -> {
                if (r instanceof Patient patient && patient.hasGeneralPractitioner()) {
                    patient.getGeneralPractitioner().clear();
                    patient.addGeneralPractitioner(new Reference("Organization/" + organizationId));
                }
            });
            return shaped;
        }
        for (int r = 1; r <= ROLES; r++) {
            PractitionerRole role = new PractitionerRole();
            role.setId(roleId(organizationId, r));
            role.setOrganization(new Reference("Organization/" + organizationId));
            shaped.add(role);
        }
        int every = (int) Math.round(1 / roleShare);
        int index = 0;
        for (Resource resource : shaped) {
            if (resource instanceof Patient patient && patient.hasGeneralPractitioner()) {
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

    private static boolean isMerged(Resource resource) {
        String id = resource instanceof Patient
                ? resource.getIdPart()
                : resource instanceof org.hl7.fhir.r4.model.Observation o
                        ? o.getSubject().getReferenceElement().getIdPart()
                        : resource instanceof org.hl7.fhir.r4.model.Condition c
                                ? c.getSubject().getReferenceElement().getIdPart()
                                : null;
        return id != null && id.contains("-merge-");
    }

    /** The Patients a practice lists: those registered somewhere (all at the practice, here). */
    static long registered(List<Resource> practice) {
        return practice.stream()
                .filter(r -> r instanceof Patient p && p.hasGeneralPractitioner())
                .count();
    }

    private static String roleId(String organizationId, int r) {
        return organizationId + "-gp-" + r;
    }
}
