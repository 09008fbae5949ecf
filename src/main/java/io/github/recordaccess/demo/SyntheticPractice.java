package io.github.recordaccess.demo;

import io.github.recordaccess.fhir.NhsIdentifiers;
import io.github.recordaccess.rules.CodeSets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Generates a synthetic practice deterministically from a seed: its Organization, Patients (999-range
 * NHS numbers, made-up names) and 103/104/106 Observations and Conditions. The first patients walk
 * through every {@link Scenario}, so each recommendation, flag and reason appears; the rest are drawn
 * at random, with {@code codedShare} of them carrying codes. Merged records ({@link MergedPatients}) and patients
 * with a safeguarding concern ({@link SafeguardingPatients}) come last.
 */
public final class SyntheticPractice {

    /** The system a keying error put a 104 under: https, not http. */
    static final String MISTYPED_SNOMED = "https://snomed.info/sct";

    /**
     * A synthetic practice.
     *
     * @param patients Patient records to generate (a duplicate registration is one of them), before the merged
     *     records of {@link MergedPatients}
     * @param bulkDay a day on which {@code bulkPatients} patients get a 104 (a third of them later a 106), or null
     * @param firstSerial NHS numbers are {@code SyntheticNhsNumbers.of(firstSerial + i)}-ish, unique across practices
     *     whose serial ranges do not overlap
     */
    public record Spec(
            String odsCode,
            String organizationId,
            String name,
            int patients,
            int firstSerial,
            long seed,
            double codedShare,
            LocalDate bulkDay,
            int bulkPatients) {}

    private final Spec spec;
    private final Random random;
    private final ScenarioEntries scenarioEntries;
    private final List<Resource> resources = new ArrayList<>();
    private final CodedEntries entries;
    private int serial;
    /** Patient records so far: a duplicate registration is a second record of one person. */
    private int records;

    private SyntheticPractice(Spec spec) {
        this.spec = spec;
        this.random = new Random(spec.seed());
        this.serial = spec.firstSerial();
        this.entries = new CodedEntries(resources, random);
        this.scenarioEntries = new ScenarioEntries(entries, random, spec.bulkDay());
    }

    public static List<Resource> generate(Spec spec) {
        return new SyntheticPractice(spec).build();
    }

    private List<Resource> build() {
        Organization organization = new Organization();
        organization.setId(spec.organizationId());
        organization.setName(spec.name());
        organization.addIdentifier().setSystem(NhsIdentifiers.ODS_CODE).setValue(spec.odsCode());
        resources.add(organization);
        Scenario[] all = Scenario.values();
        for (int i = 0; records < spec.patients(); i++) {
            Scenario scenario;
            if (i < all.length) {
                scenario = all[i];
            } else if (spec.bulkDay() != null && i < all.length + spec.bulkPatients()) {
                scenario = (i - all.length) % 3 == 2 ? Scenario.BULK_104_RESCINDED : Scenario.BULK_104;
            } else if (random.nextDouble() < spec.codedShare()) {
                scenario = Scenario.CODED.get(random.nextInt(Scenario.CODED.size()));
            } else {
                scenario = Scenario.NO_CODES;
            }
            if (scenario.name().startsWith("BULK") && spec.bulkDay() == null) {
                scenario = Scenario.ACTIVE_104;
            }
            patient(String.format("%s-%05d", spec.organizationId(), i + 1), scenario, Registration.of(i));
        }
        // After the others, so that their draws are as before merged records were added.
        new MergedPatients(this::mergedPatient, this::nextNhsNumber, entries, resources, spec.organizationId())
                .add(day(2022, 2024));
        new SafeguardingPatients(this::mergedPatient, this::nextNhsNumber, entries).add(day(2022, 2024));
        // Last, so that the entries' ids (numbered by position) are those of a practice without it.
        PractitionerRole role = new PractitionerRole();
        role.setId(roleId());
        role.setOrganization(new Reference("Organization/" + spec.organizationId()));
        resources.add(role);
        return resources;
    }

    private String nextNhsNumber() {
        String nhs = SyntheticNhsNumbers.of(serial);
        serial = Integer.parseInt(nhs.substring(3, 9)) + 1;
        return nhs;
    }

    /** An adult of the practice for {@link MergedPatients} and {@link SafeguardingPatients}, with no coded entries yet. */
    private Patient mergedPatient(String idSuffix, String nhs) {
        Patient patient = new Patient();
        patient.setId(spec.organizationId() + "-" + idSuffix);
        patient.addIdentifier().setSystem(NhsIdentifiers.NHS_NUMBER).setValue(nhs);
        FictionalDemographics.apply(patient, nhs, random);
        patient.setActive(true);
        patient.addGeneralPractitioner(new Reference("Organization/" + spec.organizationId()));
        patient.setBirthDateElement(new DateType(day(1940, 1990).toString()));
        resources.add(patient);
        return patient;
    }

    private String roleId() {
        return spec.organizationId() + "-role-1";
    }

    private Reference practiceReference(Registration registration) {
        return switch (registration) {
            case ORGANIZATION -> new Reference("Organization/" + spec.organizationId());
            case PRACTITIONER_ROLE -> new Reference("PractitionerRole/" + roleId());
            case ODS_IDENTIFIER ->
                new Reference()
                        .setType("Organization")
                        .setIdentifier(new Identifier()
                                .setSystem(NhsIdentifiers.ODS_CODE_PDS)
                                .setValue(spec.odsCode()));
        };
    }

    private void patient(String id, Scenario scenario, Registration registration) {
        Patient patient = new Patient();
        patient.setId(id);
        String nhs = nextNhsNumber();
        if (scenario != Scenario.NO_NHS_NUMBER) {
            patient.addIdentifier().setSystem(NhsIdentifiers.NHS_NUMBER).setValue(nhs);
        }
        FictionalDemographics.apply(patient, nhs, random);
        patient.setActive(scenario != Scenario.INACTIVE);
        patient.addGeneralPractitioner(practiceReference(registration));
        switch (scenario) {
            case UNDER_16, UNDER_16_WITH_104 ->
                patient.setBirthDateElement(new DateType(day(2011, 2016).toString()));
            case BIRTH_YEAR_ONLY -> patient.setBirthDateElement(new DateType("2010"));
            case MISSING_BIRTH_DATE -> {}
            default -> patient.setBirthDateElement(birthDate());
        }
        if (scenario == Scenario.DECEASED) {
            patient.setDeceased(new BooleanType(true));
        }
        resources.add(patient);
        records++;
        LocalDate when = day(2022, 2025);
        if (scenario == Scenario.DUPLICATE_RECORD) {
            duplicateOf(patient, nhs, when);
        } else {
            scenarioEntries.add(patient, scenario, when);
        }
    }

    /** A second registration of the same person, under the legacy identifier system, holding a 104. */
    private void duplicateOf(Patient original, String nhs, LocalDate when) {
        Patient copy = original.copy();
        copy.setId(original.getIdPart() + "-dup");
        copy.getIdentifier().clear();
        copy.addIdentifier().setSystem(NhsIdentifiers.NHS_NUMBER_LEGACY).setValue(nhs);
        resources.add(copy);
        records++;
        entries.observation(copy, CodeSets.SNOMED_104, when.toString(), true);
    }

    private DateType birthDate() {
        LocalDate born = day(1930, 2016);
        return switch (random.nextInt(20)) {
            case 0 -> new DateType(Integer.toString(born.getYear()));
            case 1 -> new DateType(born.toString().substring(0, 7));
            default -> new DateType(born.toString());
        };
    }

    private LocalDate day(int fromYear, int toYear) {
        LocalDate from = LocalDate.of(fromYear, 1, 1);
        return from.plusDays(random.nextInt((int) (LocalDate.of(toYear, 12, 31).toEpochDay() - from.toEpochDay())));
    }
}
