package io.github.recordaccess.it;

import static io.github.recordaccess.fixtures.FhirFixtures.childProtectionPlan;
import static io.github.recordaccess.fixtures.FhirFixtures.childSafeguardingConcern;
import static io.github.recordaccess.fixtures.FhirFixtures.code104;
import static io.github.recordaccess.fixtures.FhirFixtures.code106;
import static io.github.recordaccess.fixtures.FhirFixtures.condition;
import static io.github.recordaccess.fixtures.FhirFixtures.nhsNumber;
import static io.github.recordaccess.fixtures.FhirFixtures.verified;
import static io.github.recordaccess.fixtures.FhirFixtures.vulnerableAdult;
import static io.github.recordaccess.fixtures.FhirFixtures.withClinicalStatus;

import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.PracticeFixture;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.rules.CodeSets;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;

/**
 * A practice whose patients carry safeguarding concerns in each state the rules tell apart, as of
 * {@link PracticeFixture#AS_OF} with the test threshold of {@value WireMockFhirResource#BULK_MIN_PATIENTS}
 * patients for a bulk-coding day. Concerns are coded with the default list ({@code access.codes.safeguarding}).
 */
final class SafeguardingPractice {

    static final String ODS = "SGC001";
    static final String AS_OF = PracticeFixture.AS_OF.toString();
    static final String LIST = "/api/v1/practices/" + ODS + "/access-recommendations";

    /** The only 106 of its day at the practice: an individual review. */
    static final LocalDate INDIVIDUAL_106_DAY = LocalDate.of(2023, 3, 15);
    /** A day the practice coded 106 for three patients: a bulk day, whose 106s review nobody's concern. */
    static final LocalDate BULK_106_DAY = LocalDate.of(2023, 11, 20);
    /** The day of the 104 that a patient with a concern also has. */
    static final LocalDate DAY_OF_104 = LocalDate.of(2023, 4, 4);

    static final PracticeFixture PRACTICE = new PracticeFixture(ODS, "org-sgc");

    /** An adult with a concern (a resolved Condition) and nothing else. */
    static final Patient UNREVIEWED = adult("a01");
    /** An adult whose concern an individual 106 follows. */
    static final Patient REVIEWED = adult("a02");
    /** An adult whose concern only a 106 of the bulk day follows. */
    static final Patient BULK_106_ONLY = adult("a03");

    static final Patient BULK_106_A = adult("a04");
    /** Registered through a PractitionerRole, so that the chain on the Organization does not reach them. */
    static final Patient BULK_106_B =
            PRACTICE.patientViaRole("org-sgc-a05", nhsNumber(nextSerial()), "1980-01-01", "org-sgc-role");
    /** An adult whose only concern Observation was entered in error. */
    static final Patient OBSERVATION_IN_ERROR = adult("a06");
    /** An adult whose only concern Condition was entered in error. */
    static final Patient CONDITION_IN_ERROR = adult("a07");
    /** 16 on 2024-07-15, within the checklist's 90 days, on a child protection plan. */
    static final Patient TURNING_16_WITH_CONCERN = patient("c08", "2008-07-15");
    /** 16 on 2024-08-01, within the 90 days, no concern. */
    static final Patient TURNING_16 = patient("c09", "2008-08-01");
    /** 16 in 2028, with a concern. */
    static final Patient CHILD_WITH_CONCERN = patient("c10", "2012-05-05");
    /** An adult with an active 104 and a concern. */
    static final Patient ACTIVE_104 = adult("a11");
    /** An adult whose only 106 came before the concern. */
    static final Patient REVIEWED_BEFORE = adult("a12");
    /** An adult whose only concern Observation was cancelled. */
    static final Patient OBSERVATION_CANCELLED = adult("a13");
    /** An adult whose only concern Condition was refuted. */
    static final Patient CONDITION_REFUTED = adult("a14");

    /** Patients with an unreviewed concern: the summary's {@code safeguardingConcerns}. */
    static final List<Patient> WITH_CONCERN = List.of(
            UNREVIEWED, BULK_106_ONLY, TURNING_16_WITH_CONCERN, CHILD_WITH_CONCERN, ACTIVE_104, REVIEWED_BEFORE);

    static {
        PRACTICE.add(withClinicalStatus(
                condition("org-sgc-c-a01", UNREVIEWED.getIdPart(), vulnerableAdult(), "2023-05-01"), "resolved"));
        PRACTICE.observation(REVIEWED, vulnerableAdult(), "2023-01-10");
        PRACTICE.observation(REVIEWED, code106(), INDIVIDUAL_106_DAY.toString());
        PRACTICE.observation(BULK_106_ONLY, vulnerableAdult(), "2023-08-01");
        for (Patient patient : List.of(BULK_106_ONLY, BULK_106_A, BULK_106_B)) {
            PRACTICE.observation(patient, code106(), BULK_106_DAY.toString());
        }
        PRACTICE.observation(OBSERVATION_IN_ERROR, vulnerableAdult(), "2023-05-05")
                .setStatus(Observation.ObservationStatus.ENTEREDINERROR);
        PRACTICE.add(verified(
                condition("org-sgc-c-a07", CONDITION_IN_ERROR.getIdPart(), vulnerableAdult(), "2023-05-06"),
                "entered-in-error"));
        PRACTICE.observation(TURNING_16_WITH_CONCERN, childProtectionPlan(), "2023-02-01");
        PRACTICE.add(
                condition("org-sgc-c-c10", CHILD_WITH_CONCERN.getIdPart(), childSafeguardingConcern(), "2024-01-01"));
        PRACTICE.observation(ACTIVE_104, vulnerableAdult(), "2023-02-02");
        PRACTICE.observation(ACTIVE_104, code104(), DAY_OF_104.toString());
        PRACTICE.observation(REVIEWED_BEFORE, code106(), "2022-01-01");
        PRACTICE.observation(REVIEWED_BEFORE, vulnerableAdult(), "2023-01-01");
        PRACTICE.observation(OBSERVATION_CANCELLED, vulnerableAdult(), "2023-05-07")
                .setStatus(Observation.ObservationStatus.CANCELLED);
        PRACTICE.add(verified(
                condition("org-sgc-c-a14", CONDITION_REFUTED.getIdPart(), vulnerableAdult(), "2023-05-08"), "refuted"));
    }

    private SafeguardingPractice() {}

    /**
     * Every search the practice list and the patient endpoint make: the practice's own, and the practice's 106s
     * and 104s around each day a patient's answer counts them for.
     */
    static void serve(FhirStub fhir) {
        fhir.reset();
        fhir.serve(PRACTICE, WireMockFhirResource.PAGE_SIZE);
        fhir.serveCodedAround(PRACTICE, CodeSets.SNOMED_106.code(), INDIVIDUAL_106_DAY);
        fhir.serveCodedAround(PRACTICE, CodeSets.SNOMED_106.code(), BULK_106_DAY);
        fhir.serve104sAround(PRACTICE, DAY_OF_104);
    }

    static String nhs(Patient patient) {
        return patient.getIdentifierFirstRep().getValue();
    }

    static String patientPath(Patient patient) {
        return "/api/v1/patients/" + nhs(patient) + "/access-recommendation";
    }

    private static Patient adult(String id) {
        return patient(id, "1980-01-01");
    }

    private static Patient patient(String id, String birthDate) {
        return PRACTICE.patient("org-sgc-" + id, nhsNumber(nextSerial()), birthDate);
    }

    /** NHS serials from 6301, one per patient in the order made. */
    private static int nextSerial() {
        return 6301 + PRACTICE.patientIds().size();
    }
}
