package io.github.recordaccess.fhir;

import io.github.recordaccess.rules.NhsNumberVerification;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;

/**
 * Reads UK Core's NHS-number verification status: the extension {@link #EXTENSION} on an NHS-number identifier
 * (either system), whose {@code valueCodeableConcept} carries a code of {@link #CODE_SYSTEM}. The engine
 * decides what a status means (see {@link NhsNumberVerification}); here it is only read, strictly: a value of
 * another type, or a concept without a code of the CodeSystem (another system, or none), is unreadable, which
 * counts as not verified.
 */
public final class NhsNumberVerificationStatuses {

    public static final String EXTENSION =
            "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus";
    public static final String CODE_SYSTEM =
            "https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland";

    private NhsNumberVerificationStatuses() {}

    /** Every status on the patient's NHS-number identifiers, as recorded; empty when none carries one. */
    static List<String> of(Patient patient) {
        List<String> statuses = new ArrayList<>(0);
        for (Identifier identifier : patient.getIdentifier()) {
            // List.contains(null) throws: an identifier may come without a system.
            if (identifier.getSystem() != null && NhsIdentifiers.NHS_NUMBER_SYSTEMS.contains(identifier.getSystem())) {
                identifier.getExtensionsByUrl(EXTENSION).forEach(e -> statuses.addAll(codesOf(e)));
            }
        }
        return statuses;
    }

    private static List<String> codesOf(Extension extension) {
        if (!(extension.getValue() instanceof CodeableConcept concept)) {
            return List.of(NhsNumberVerification.UNREADABLE);
        }
        List<String> codes = concept.getCoding().stream()
                .filter(c -> CODE_SYSTEM.equals(c.getSystem())
                        && c.getCode() != null
                        && !c.getCode().isBlank())
                .map(c -> c.getCode().strip())
                .toList();
        return codes.isEmpty() ? List.of(NhsNumberVerification.UNREADABLE) : codes;
    }
}
