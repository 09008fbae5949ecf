package io.github.recordaccess.demo;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Resources held in memory with the indexes the supported searches need. Each resource is serialized
 * once, so serving a page is string work only.
 */
final class FhirStore {

    /** A resource with its JSON. */
    record Stored(Resource resource, String json) {
        String type() {
            return resource.fhirType();
        }

        String id() {
            return resource.getIdElement().getIdPart();
        }
    }

    private final IParser parser;
    private final Map<String, Stored> byTypeAndId = new HashMap<>();
    private final Map<String, List<Stored>> byIdentifier = new HashMap<>();
    private final Map<String, List<Stored>> patientsByGp = new HashMap<>();
    private final Map<String, List<Stored>> patientsByGpIdentifier = new HashMap<>();
    private final Map<String, List<Stored>> rolesByOrganization = new HashMap<>();
    private final Map<String, List<Stored>> codedByCode = new HashMap<>();
    private final Map<String, List<Stored>> codedByPatient = new HashMap<>();

    FhirStore(FhirContext context) {
        this.parser = context.newJsonParser();
    }

    synchronized void addAll(Collection<? extends Resource> resources) {
        resources.forEach(this::add);
    }

    private void add(Resource resource) {
        Stored stored = new Stored(resource, parser.encodeResourceToString(resource));
        byTypeAndId.put(stored.type() + "/" + stored.id(), stored);
        if (resource instanceof Organization organization) {
            organization.getIdentifier().forEach(i -> index(byIdentifier, "Organization " + token(i), stored));
        } else if (resource instanceof Patient patient) {
            patient.getIdentifier().forEach(i -> index(byIdentifier, "Patient " + token(i), stored));
            for (Reference gp : patient.getGeneralPractitioner()) {
                if (gp.hasReference()) {
                    index(patientsByGp, gp.getReference(), stored);
                }
                if (gp.hasIdentifier()) {
                    index(patientsByGpIdentifier, token(gp.getIdentifier()), stored);
                }
            }
        } else if (resource instanceof PractitionerRole role && role.hasOrganization()) {
            index(rolesByOrganization, role.getOrganization().getReference(), stored);
        } else if (resource instanceof Observation observation) {
            indexCoded(stored, observation.getCode().getCoding(), observation.getSubject());
        } else if (resource instanceof Condition condition) {
            indexCoded(stored, condition.getCode().getCoding(), condition.getSubject());
        }
    }

    private void indexCoded(Stored stored, List<Coding> codings, Reference subject) {
        for (Coding coding : codings) {
            index(codedByCode, stored.type() + " " + coding.getSystem() + "|" + coding.getCode(), stored);
            index(codedByCode, stored.type() + " " + coding.getCode(), stored);
        }
        index(
                codedByPatient,
                stored.type() + " " + subject.getReferenceElement().getIdPart(),
                stored);
    }

    Stored read(String type, String id) {
        return byTypeAndId.get(type + "/" + id);
    }

    List<Stored> withIdentifier(String type, String token) {
        return byIdentifier.getOrDefault(type + " " + token, List.of());
    }

    List<Stored> patientsOf(String organizationReference) {
        return patientsByGp.getOrDefault(organizationReference, List.of());
    }

    List<Stored> patientsWithGpIdentifier(String token) {
        return patientsByGpIdentifier.getOrDefault(token, List.of());
    }

    List<Stored> rolesOf(String organizationReference) {
        return rolesByOrganization.getOrDefault(organizationReference, List.of());
    }

    List<Stored> codedWith(String type, String token) {
        return codedByCode.getOrDefault(type + " " + token, List.of());
    }

    List<Stored> codedOf(String type, String patientId) {
        return codedByPatient.getOrDefault(type + " " + patientId, List.of());
    }

    List<Stored> all(String type) {
        List<Stored> all = new ArrayList<>();
        byTypeAndId.values().stream().filter(s -> s.type().equals(type)).forEach(all::add);
        return all;
    }

    private static String token(Identifier identifier) {
        return identifier.getSystem() + "|" + identifier.getValue();
    }

    private static void index(Map<String, List<Stored>> index, String key, Stored stored) {
        index.computeIfAbsent(key, k -> new ArrayList<>()).add(stored);
    }
}
