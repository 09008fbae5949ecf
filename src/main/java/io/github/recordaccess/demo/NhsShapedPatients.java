package io.github.recordaccess.demo;

import io.github.recordaccess.fhir.NhsIdentifiers;
import io.github.recordaccess.fhir.NhsNumberVerificationStatuses;
import io.github.recordaccess.rules.CodeSets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * One demo patient per shape NHS sources give these facts (issue 21): a UK Core NHS-number verification status
 * (verified, never traced, a failed trace on the legacy identifier beside a verified one) and a 104 whose
 * Observation names the organisation that recorded it (a previous practice by ODS code or by reference, or the
 * practice itself). Added after a practice's drawn patients, with a random of their own, so that every other demo
 * patient stays as it was.
 */
final class NhsShapedPatients {

    /** The previous practice the inherited 104s came from (GP2GP). */
    static final String PREVIOUS_PRACTICE_ID = "demo-previous-practice";

    static final String PREVIOUS_PRACTICE_ODS = "DEMOPREV";

    private final String organizationId;
    private final String odsCode;
    private final List<Resource> resources = new ArrayList<>();
    private final CodedEntries entries;
    private final Random random = new Random(21L);
    private int serial;

    private NhsShapedPatients(String organizationId, String odsCode, int firstSerial) {
        this.organizationId = organizationId;
        this.odsCode = odsCode;
        this.serial = firstSerial;
        this.entries = new CodedEntries(resources, random);
    }

    /** The patients, their entries, and the previous practice's Organization, which their entries reference. */
    static List<Resource> generate(String organizationId, String odsCode, int firstSerial) {
        return new NhsShapedPatients(organizationId, odsCode, firstSerial).build();
    }

    private List<Resource> build() {
        Organization previous = new Organization();
        previous.setId(PREVIOUS_PRACTICE_ID);
        previous.setName("Demo Previous Practice");
        previous.addIdentifier().setSystem(NhsIdentifiers.ODS_CODE).setValue(PREVIOUS_PRACTICE_ODS);
        resources.add(previous);

        withStatus(patient("nhs-verified"), "01");
        withStatus(patient("nhs-not-traced"), "02");
        Patient legacy = withStatus(patient("nhs-trace-failed-legacy"), "01");
        withStatus(
                legacy.addIdentifier()
                        .setSystem(NhsIdentifiers.NHS_NUMBER_LEGACY)
                        .setValue(legacy.getIdentifierFirstRep().getValue()),
                "04");

        recordedBy(patient("104-from-previous-by-ods"), LocalDate.of(2021, 3, 4), byOdsCode(PREVIOUS_PRACTICE_ODS));
        recordedBy(
                patient("104-from-previous-by-reference"),
                LocalDate.of(2020, 9, 14),
                new Reference("Organization/" + PREVIOUS_PRACTICE_ID));
        recordedBy(patient("104-by-this-practice"), LocalDate.of(2024, 2, 7), byOdsCode(odsCode));
        return resources;
    }

    private Patient patient(String shape) {
        Patient patient = new Patient();
        patient.setId(organizationId + "-" + shape);
        String nhs = SyntheticNhsNumbers.of(serial);
        serial = Integer.parseInt(nhs.substring(3, 9)) + 1;
        patient.addIdentifier().setSystem(NhsIdentifiers.NHS_NUMBER).setValue(nhs);
        FictionalDemographics.apply(patient, nhs, random);
        patient.setActive(true);
        patient.addGeneralPractitioner(new Reference("Organization/" + organizationId));
        patient.setBirthDateElement(
                new DateType(LocalDate.of(1970 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28))
                        .toString()));
        resources.add(patient);
        return patient;
    }

    private static Patient withStatus(Patient patient, String code) {
        withStatus(patient.getIdentifierFirstRep(), code);
        return patient;
    }

    private static Identifier withStatus(Identifier identifier, String code) {
        identifier.addExtension(
                NhsNumberVerificationStatuses.EXTENSION,
                new CodeableConcept(new Coding(NhsNumberVerificationStatuses.CODE_SYSTEM, code, null)));
        return identifier;
    }

    private void recordedBy(Patient patient, LocalDate day, Reference performer) {
        entries.observation(patient, CodeSets.SNOMED_104, day.toString(), true).addPerformer(performer);
    }

    /** PDS and GP Connect style: the organisation by its ODS code alone, under the PDS system. */
    private static Reference byOdsCode(String code) {
        Reference reference = new Reference();
        reference.setType("Organization");
        reference.setIdentifier(
                new Identifier().setSystem(NhsIdentifiers.ODS_CODE_PDS).setValue(code));
        return reference;
    }
}
