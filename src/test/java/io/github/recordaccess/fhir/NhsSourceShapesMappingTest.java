package io.github.recordaccess.fhir;

import static io.github.recordaccess.fixtures.FhirFixtures.NHS_NUMBER_VERIFICATION;
import static io.github.recordaccess.fixtures.FhirFixtures.NHS_NUMBER_VERIFICATION_CODES;
import static io.github.recordaccess.fixtures.FhirFixtures.code104;
import static io.github.recordaccess.fixtures.FhirFixtures.concept;
import static io.github.recordaccess.fixtures.FhirFixtures.nhsNumber;
import static io.github.recordaccess.fixtures.FhirFixtures.observation;
import static io.github.recordaccess.fixtures.FhirFixtures.organizationByOdsCode;
import static io.github.recordaccess.fixtures.FhirFixtures.patient;
import static io.github.recordaccess.fixtures.FhirFixtures.performedBy;
import static io.github.recordaccess.fixtures.FhirFixtures.roundTrip;
import static io.github.recordaccess.fixtures.FhirFixtures.withVerificationStatus;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.rules.CodeSets;
import io.github.recordaccess.rules.CodedEvent;
import io.github.recordaccess.rules.NhsNumberVerification;
import io.github.recordaccess.rules.OrganizationIdentity;
import java.util.List;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

/**
 * How UK Core's NHS-number verification status and an Observation's performer are read from R4 resources as
 * NHS sources shape them, into plain values for the engine.
 */
class NhsSourceShapesMappingTest {

    private static final String NHS = nhsNumber(7301);

    private final FhirFactsMapper mapper = new FhirFactsMapper(CodeSets.snomedDefaults());

    @Test
    void aStatusIsReadFromTheValueCodeableConceptOnTheNhsNumberIdentifier() {
        Patient patient = roundTrip(withVerificationStatus(patient("v-1", NHS, "1980-01-01"), "02"));

        assertThat(mapper.toFacts(patient, List.of()).nhsNumberVerifications()).containsExactly("02");
    }

    @Test
    void noExtensionIsNoStatus() {
        assertThat(mapper.toFacts(roundTrip(patient("v-2", NHS, "1980-01-01")), List.of())
                        .nhsNumberVerifications())
                .isEmpty();
    }

    @Test
    void everyNhsNumberIdentifierCountsUnderEitherSystem() {
        Patient patient = patient("v-3", NHS, "1980-01-01");
        patient.addIdentifier().setSystem(NhsIdentifiers.NHS_NUMBER_LEGACY).setValue(NHS);
        patient.getIdentifier().get(0).addExtension(NHS_NUMBER_VERIFICATION, status("01"));
        patient.getIdentifier().get(1).addExtension(NHS_NUMBER_VERIFICATION, status("04"));

        var facts = mapper.toFacts(roundTrip(patient), List.of());

        assertThat(facts.nhsNumberVerifications()).containsExactly("01", "04");
        assertThat(facts.nhsNumberVerification()).isEqualTo("04");
    }

    @Test
    void aStatusOnAnotherIdentifierDoesNotCount() {
        Patient patient = patient("v-4", NHS, "1980-01-01");
        patient.addIdentifier()
                .setSystem("https://example.org/local-id")
                .setValue("L-1")
                .addExtension(NHS_NUMBER_VERIFICATION, status("02"));
        patient.addIdentifier().setValue("no-system").addExtension(NHS_NUMBER_VERIFICATION, status("02"));

        assertThat(mapper.toFacts(roundTrip(patient), List.of()).nhsNumberVerifications())
                .isEmpty();
    }

    @Test
    void aStatusThatCannotBeReadIsUnreadable() {
        Patient otherSystem = patient("v-5", NHS, "1980-01-01");
        otherSystem
                .getIdentifierFirstRep()
                .addExtension(NHS_NUMBER_VERIFICATION, concept(new Coding("https://example.org/status", "01", null)));
        Patient noSystem = patient("v-6", NHS, "1980-01-01");
        noSystem.getIdentifierFirstRep().addExtension(NHS_NUMBER_VERIFICATION, concept(new Coding(null, "01", null)));
        Patient aString = patient("v-7", NHS, "1980-01-01");
        aString.getIdentifierFirstRep().addExtension(NHS_NUMBER_VERIFICATION, new StringType("01"));
        Patient textOnly = patient("v-8", NHS, "1980-01-01");
        textOnly.getIdentifierFirstRep()
                .addExtension(NHS_NUMBER_VERIFICATION, new org.hl7.fhir.r4.model.CodeableConcept().setText("verified"));

        for (Patient patient : List.of(otherSystem, noSystem, aString, textOnly)) {
            assertThat(mapper.toFacts(roundTrip(patient), List.of()).nhsNumberVerifications())
                    .as(patient.getIdPart())
                    .containsExactly(NhsNumberVerification.UNREADABLE);
        }
    }

    @Test
    void anObservationsPerformerNamesOrganizationsByReferenceOrOdsCodeUnderEitherSystem() {
        Observation observation = performedBy(
                observation("o-1", "v-1", code104(), "2021-05-01"),
                new Reference("Organization/org-previous"),
                organizationByOdsCode(NhsIdentifiers.ODS_CODE, "Y21001"),
                organizationByOdsCode(NhsIdentifiers.ODS_CODE_PDS, "Y21002"),
                new Reference("Practitioner/dr-1"),
                new Reference("PractitionerRole/role-1"));

        assertThat(eventOf(observation).performerOrganizations())
                .containsExactly(
                        new OrganizationIdentity("org-previous", null),
                        new OrganizationIdentity(null, "Y21001"),
                        new OrganizationIdentity(null, "Y21002"));
    }

    @Test
    void aReferenceWithBothNamesTheOrganizationByBoth() {
        Reference both = organizationByOdsCode(NhsIdentifiers.ODS_CODE, "Y21001");
        both.setReference("Organization/org-previous");

        assertThat(eventOf(performedBy(observation("o-2", "v-1", code104(), "2021-05-01"), both))
                        .performerOrganizations())
                .containsExactly(new OrganizationIdentity("org-previous", "Y21001"));
    }

    @Test
    void aContainedOrganizationIsNamedByItsOdsCode() {
        Organization previous = new Organization();
        previous.setId("prev");
        previous.addIdentifier().setSystem(NhsIdentifiers.ODS_CODE_PDS).setValue("Y21003");
        Observation observation = observation("o-3", "v-1", code104(), "2021-05-01");
        observation.addContained(previous);
        observation.addPerformer(new Reference("#prev"));

        assertThat(eventOf(observation).performerOrganizations())
                .containsExactly(new OrganizationIdentity(null, "Y21003"));
    }

    @Test
    void aPerformerNamingNoOrganizationNamesNone() {
        Reference unknownSystem = new Reference();
        unknownSystem.setIdentifier(new org.hl7.fhir.r4.model.Identifier()
                .setSystem("https://example.org/orgs")
                .setValue("X"));
        Reference displayOnly = new Reference();
        displayOnly.setDisplay("Previous practice");

        assertThat(eventOf(performedBy(
                                observation("o-4", "v-1", code104(), "2021-05-01"),
                                new Reference("Practitioner/dr-1"),
                                unknownSystem,
                                displayOnly))
                        .performerOrganizations())
                .isEmpty();
    }

    /** R4 lets a Condition name only people (recorder, asserter): it names no organisation here. */
    @Test
    void aConditionNamesNoOrganization() {
        Condition condition =
                io.github.recordaccess.fixtures.FhirFixtures.condition("c-1", "v-1", code104(), "2021-05-01");
        condition.setRecorder(new Reference("Practitioner/dr-1"));

        assertThat(mapper.eventsOf(roundTrip(condition)))
                .singleElement()
                .satisfies(e -> assertThat(e.performerOrganizations()).isEmpty());
    }

    private CodedEvent eventOf(Observation observation) {
        List<CodedEvent> events = mapper.eventsOf(roundTrip(observation));
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static org.hl7.fhir.r4.model.CodeableConcept status(String code) {
        return concept(new Coding(NHS_NUMBER_VERIFICATION_CODES, code, null));
    }
}
