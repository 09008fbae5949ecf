package io.github.recordaccess.fhir;

import static io.github.recordaccess.fixtures.FhirFixtures.code103;
import static io.github.recordaccess.fixtures.FhirFixtures.code104;
import static io.github.recordaccess.fixtures.FhirFixtures.code106;
import static io.github.recordaccess.fixtures.FhirFixtures.concept;
import static io.github.recordaccess.fixtures.FhirFixtures.condition;
import static io.github.recordaccess.fixtures.FhirFixtures.nhsNumber;
import static io.github.recordaccess.fixtures.FhirFixtures.observation;
import static io.github.recordaccess.fixtures.FhirFixtures.patient;
import static io.github.recordaccess.fixtures.FhirFixtures.registeredAt;
import static io.github.recordaccess.fixtures.FhirFixtures.roundTrip;
import static io.github.recordaccess.fixtures.FhirFixtures.verified;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.rules.AccessFlag;
import io.github.recordaccess.rules.AccessRecommendation;
import io.github.recordaccess.rules.CodeKind;
import io.github.recordaccess.rules.CodeSets;
import io.github.recordaccess.rules.CodedEvent;
import io.github.recordaccess.rules.DatePrecision;
import io.github.recordaccess.rules.PatientFacts;
import io.github.recordaccess.rules.Reason;
import io.github.recordaccess.rules.Recommendation;
import io.github.recordaccess.rules.RecommendationEngine;
import io.github.recordaccess.rules.SourceType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.junit.jupiter.api.Test;

class FhirFactsMapperTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 1);
    private static final String NHS = nhsNumber(1);
    /** The context the service parses responses with. */
    private static final ca.uhn.fhir.context.FhirContext SERVICE_FHIR = new FhirClientProducer().fhirContext();

    private final FhirFactsMapper mapper = new FhirFactsMapper(CodeSets.snomedDefaults());
    private final RecommendationEngine engine =
            new RecommendationEngine(java.time.Clock.system(io.github.recordaccess.rules.FuzzyDate.LONDON));

    @Test
    void readsThePatientsFacts() {
        Patient patient = roundTrip(registeredAt(patient("pat-1", NHS, "2008-05"), "org-1"));
        patient.setActive(true);

        PatientFacts facts = mapper.toFacts(patient, List.of());

        assertThat(facts.patientId()).isEqualTo("pat-1");
        assertThat(facts.nhsNumber()).isEqualTo(NHS);
        assertThat(facts.birthDate().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(facts.birthDate().original()).isEqualTo("2008-05");
        assertThat(facts.active()).isTrue();
        assertThat(facts.deceased()).isFalse();
        assertThat(facts.generalPractitioners()).containsExactly("Organization/org-1");
    }

    @Test
    void readsTheLegacyNhsNumberSystem() {
        Patient patient = new Patient();
        patient.setId("pat-2");
        patient.addIdentifier().setSystem(NhsIdentifiers.NHS_NUMBER_LEGACY).setValue(NHS);

        assertThat(mapper.toFacts(roundTrip(patient), List.of()).nhsNumber()).isEqualTo(NHS);
    }

    @Test
    void readsDeceasedBooleanAndDateTime() {
        Patient byFlag = patient("pat-3", NHS, "1950-01-01");
        byFlag.setDeceased(new BooleanType(true));
        Patient byDate = patient("pat-4", NHS, "1950-01-01");
        byDate.setDeceased(new DateTimeType("2024-03"));

        assertThat(mapper.toFacts(roundTrip(byFlag), List.of()).deceased()).isTrue();
        PatientFacts dated = mapper.toFacts(roundTrip(byDate), List.of());
        assertThat(dated.deceasedOn().original()).isEqualTo("2024-03");
        assertThat(engine.evaluate(dated, AS_OF).reasons()).containsExactly(Reason.DECEASED);
    }

    @Test
    void anInactiveRecordIsNotApplicable() {
        Patient patient = patient("pat-5", NHS, "1980-01-01");
        patient.setActive(false);

        AccessRecommendation result = engine.evaluate(mapper.toFacts(roundTrip(patient), List.of()), AS_OF);

        assertThat(result.reasons()).containsExactly(Reason.INACTIVE_RECORD);
    }

    @Test
    void observationDateKeepsItsPrecision() {
        CodedEvent event = single(observation("obs-1", "pat-1", code104(), "2023-05"));

        assertThat(event.reference()).isEqualTo("Observation/obs-1");
        assertThat(event.source()).isEqualTo(SourceType.OBSERVATION);
        assertThat(event.kind()).isEqualTo(CodeKind.REVIEW_INDICATED_104);
        assertThat(event.status()).isEqualTo("final");
        assertThat(event.date().precision()).isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void observationUsesPeriodStart() {
        Observation observation = observation("obs-2", "pat-1", code104(), null);
        observation.setEffective(new Period()
                .setStartElement(new DateTimeType("2023-05-04"))
                .setEndElement(new DateTimeType("2023-06-01")));

        assertThat(single(observation).date().original()).isEqualTo("2023-05-04");
    }

    @Test
    void observationUsesEffectiveInstant() {
        Observation observation = observation("obs-3", "pat-1", code104(), null);
        observation.setEffective(new InstantType("2023-05-04T10:11:12.000+01:00"));

        CodedEvent event = single(observation);

        assertThat(event.date().precision()).isEqualTo(DatePrecision.INSTANT);
        assertThat(event.date().start()).isEqualTo(Instant.parse("2023-05-04T09:11:12Z"));
    }

    @Test
    void observationFallsBackToIssuedAndKeepsIssuedAsItsRecordedTime() {
        Observation observation = observation("obs-4", "pat-1", code106(), null);
        observation.setIssued(Date.from(Instant.parse("2023-05-04T09:00:00Z")));

        CodedEvent event = single(observation);

        assertThat(event.date().precision()).isEqualTo(DatePrecision.INSTANT);
        assertThat(event.date().start()).isEqualTo(Instant.parse("2023-05-04T09:00:00Z"));
        assertThat(event.clinical().field()).isEqualTo("issued");
        assertThat(event.recorded().field()).isEqualTo("issued");
        assertThat(event.recordedTime().start()).isEqualTo(Instant.parse("2023-05-04T09:00:00Z"));
    }

    @Test
    void observationHasAClinicalDateAndARecordedTimeEachWithItsField() {
        Observation observation = observation("obs-4b", "pat-1", code104(), "2024-03-01");
        observation.setIssuedElement(new InstantType("2024-03-12T09:00:00Z"));

        CodedEvent event = single(observation);

        assertThat(event.clinical())
                .extracting(e -> e.field(), e -> e.text())
                .containsExactly("effectiveDateTime", "2024-03-01");
        assertThat(event.recorded())
                .extracting(e -> e.field(), e -> e.text())
                .containsExactly("issued", "2024-03-12T09:00:00Z");
        Observation byPeriod = observation("obs-4c", "pat-1", code104(), null);
        byPeriod.setEffective(new Period().setStartElement(new DateTimeType("2023-05-04")));
        assertThat(single(byPeriod).clinical().field()).isEqualTo("effectivePeriod.start");
    }

    @Test
    void aDateExportedAsMidnightIsTheWholeDay() {
        CodedEvent event = single(observation("obs-4d", "pat-1", code104(), "2024-03-05T00:00:00+00:00"));

        assertThat(event.date().precision()).isEqualTo(DatePrecision.DAY);
        assertThat(event.date().day()).contains(LocalDate.of(2024, 3, 5));
    }

    @Test
    void anUnreadableDateMakesTheEntryUndatedRatherThanFailing() {
        String json = io.github.recordaccess.fixtures.FhirFixtures.toJson(
                        observation("obs-4e", "pat-1", code104(), "2024-01-01"))
                .replace("2024-01-01", "05/03/2024");
        Observation parsed = SERVICE_FHIR.newJsonParser().parseResource(Observation.class, json);

        CodedEvent event = mapper.eventsOf(parsed).get(0);

        assertThat(event.isDated()).isFalse();
        assertThat(event.clinical().text()).isEqualTo("05/03/2024");
        assertThat(event.clinical().field()).isEqualTo("effectiveDateTime");
    }

    @Test
    void anIssuedInstantAtMidnightStaysAPointInTime() {
        Observation observation = observation("obs-4f", "pat-1", code104(), "2024-03-05T00:00:00+00:00");
        observation.setIssuedElement(new InstantType("2024-03-05T00:00:00Z"));

        CodedEvent event = single(observation);

        assertThat(event.date().precision()).isEqualTo(DatePrecision.DAY);
        assertThat(event.recordedTime().precision()).isEqualTo(DatePrecision.INSTANT);
    }

    @Test
    void anUnreadableIssuedMakesTheEntryUndated() {
        Observation observation = observation("obs-4g", "pat-1", code104(), "2024-01-01");
        observation.setIssuedElement(new InstantType("2024-01-02T09:00:00Z"));
        String json = io.github.recordaccess.fixtures.FhirFixtures.toJson(observation)
                .replace("2024-01-02T09:00:00Z", "02/01/2024 09:00");

        CodedEvent event = mapper.eventsOf(SERVICE_FHIR.newJsonParser().parseResource(Observation.class, json))
                .get(0);

        assertThat(event.isDated()).isFalse();
        assertThat(event.recorded().text()).isEqualTo("02/01/2024 09:00");
    }

    @Test
    void anyOtherInvalidValueStillFailsTheResponse() {
        String status = io.github.recordaccess.fixtures.FhirFixtures.toJson(
                        observation("obs-4h", "pat-1", code104(), "2024-01-01"))
                .replace("\"final\"", "\"Final\"");
        String outcome =
                "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"Error\",\"code\":\"processing\"}]}";

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> SERVICE_FHIR.newJsonParser().parseResource(Observation.class, status))
                .isInstanceOf(ca.uhn.fhir.parser.DataFormatException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> SERVICE_FHIR.newJsonParser().parseResource(outcome))
                .isInstanceOf(ca.uhn.fhir.parser.DataFormatException.class);
    }

    @Test
    void elementsWithOnlyADataAbsentReasonAreNoValues() {
        org.hl7.fhir.r4.model.Extension absent = new org.hl7.fhir.r4.model.Extension(
                "http://hl7.org/fhir/StructureDefinition/data-absent-reason",
                new org.hl7.fhir.r4.model.CodeType("unknown"));
        Patient patient = patient("pat-absent", NHS, "1980-01-01");
        patient.getActiveElement().addExtension(absent.copy());
        BooleanType deceased = new BooleanType();
        deceased.addExtension(absent.copy());
        patient.setDeceased(deceased);
        patient.addIdentifier()
                .setSystem(NhsIdentifiers.NHS_NUMBER)
                .getValueElement()
                .addExtension(absent.copy());
        Observation observation = observation("obs-absent", "pat-absent", code104(), "2023-01-01");
        observation.getStatusElement().setValue(null).addExtension(absent.copy());
        observation
                .getCode()
                .addCoding()
                .setSystem(CodeSets.SNOMED)
                .getCodeElement()
                .addExtension(absent.copy());
        Condition condition = condition("c-absent", "pat-absent", code106(), "2023-02-01");
        condition.setVerificationStatus(concept(new Coding().setSystem(FhirFactsMapper.CONDITION_VER_STATUS)));
        condition.getVerificationStatus().getCodingFirstRep().getCodeElement().addExtension(absent.copy());

        PatientFacts facts = mapper.toFacts(roundTrip(patient), List.of(roundTrip(observation), roundTrip(condition)));

        assertThat(facts.active()).isNull();
        assertThat(facts.deceased()).isFalse();
        assertThat(facts.nhsNumbers()).containsExactly(NHS);
        assertThat(facts.events())
                .extracting(CodedEvent::kind, CodedEvent::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CodeKind.REVIEW_INDICATED_104, null),
                        org.assertj.core.groups.Tuple.tuple(CodeKind.REVIEW_NOT_INDICATED_106, "unknown"));
        assertThat(engine.evaluate(facts, AS_OF).recommendation()).isEqualTo(Recommendation.OFFER_OPT_IN);
    }

    @Test
    void unreadableBirthAndDeathDatesLeadAwayFromAccess() {
        String json = io.github.recordaccess.fixtures.FhirFixtures.toJson(patient("pat-9", NHS, "1980-01-01"))
                .replace(
                        "\"birthDate\":\"1980-01-01\"",
                        "\"birthDate\":\"01/01/1980\",\"deceasedDateTime\":\"last week\"");
        Patient parsed = SERVICE_FHIR.newJsonParser().parseResource(Patient.class, json);

        PatientFacts facts = mapper.toFacts(parsed, List.of());

        assertThat(facts.birthDate()).isNull();
        assertThat(facts.deceased()).isTrue();
    }

    @Test
    void observationWithoutAnyDateIsUndated() {
        assertThat(single(observation("obs-5", "pat-1", code104(), null)).isDated())
                .isFalse();
    }

    @Test
    void conditionUsesOnsetThenRecordedDateAndKeepsRecordedDateAsItsRecordedTime() {
        Condition both = condition("c-1", "pat-1", code104(), "2023-02-03");
        both.setOnset(new DateTimeType("2020-01-01"));
        Condition onset = condition("c-2", "pat-1", code104(), null);
        onset.setOnset(new DateTimeType("2021-07"));
        Condition onsetPeriod = condition("c-3", "pat-1", code104(), null);
        onsetPeriod.setOnset(new Period().setStartElement(new DateTimeType("2022-08-09")));
        Condition recordedOnly = condition("c-3b", "pat-1", code104(), "2023-02-03");

        assertThat(single(both).clinical())
                .extracting(e -> e.field(), e -> e.text())
                .containsExactly("onsetDateTime", "2020-01-01");
        assertThat(single(both).recorded())
                .extracting(e -> e.field(), e -> e.text())
                .containsExactly("recordedDate", "2023-02-03");
        assertThat(single(onset).date().original()).isEqualTo("2021-07");
        assertThat(single(onset).recorded()).isNull();
        assertThat(single(onsetPeriod).clinical())
                .extracting(e -> e.field(), e -> e.text())
                .containsExactly("onsetPeriod.start", "2022-08-09");
        assertThat(single(recordedOnly).clinical().field()).isEqualTo("recordedDate");
        assertThat(single(both).source()).isEqualTo(SourceType.CONDITION);
    }

    @Test
    void conditionReadsVerificationStatusOrNoneAtAll() {
        assertThat(single(verified(condition("c-4", "pat-1", code106(), "2023-01-01"), "provisional"))
                        .status())
                .isEqualTo("provisional");
        assertThat(single(condition("c-5", "pat-1", code106(), "2023-01-01")).status())
                .isNull();
        Condition foreign = condition("c-6", "pat-1", code106(), "2023-01-01");
        foreign.setVerificationStatus(concept(new Coding("https://example.org/status", "ok", null)));
        assertThat(single(foreign).status()).isEqualTo("unknown");
    }

    @Test
    void aCodeInASecondCodingCountsAndAForeignSystemIsANearMiss() {
        Observation second =
                observation("obs-6", "pat-1", new Coding("http://read.info/ctv3", "XaZZZ", null), "2023-01-01");
        second.getCode().addCoding(code103());
        Observation foreign = observation(
                "obs-7", "pat-1", new Coding("http://read.info/ctv3", CodeSets.SNOMED_104.code(), null), "2023-01-01");
        Observation noSystem =
                observation("obs-7b", "pat-1", new Coding(null, CodeSets.SNOMED_104.code(), null), "2023-01-01");
        Observation https = observation(
                "obs-7c",
                "pat-1",
                new Coding("https://snomed.info/sct", CodeSets.SNOMED_104.code(), null),
                "2023-01-01");
        Observation alsoExact = observation(
                "obs-7d",
                "pat-1",
                new Coding("https://snomed.info/sct", CodeSets.SNOMED_104.code(), null),
                "2023-01-01");
        alsoExact.getCode().addCoding(code104());

        assertThat(single(second).kind()).isEqualTo(CodeKind.DECLINED_103);
        assertThat(single(second).recognised()).isTrue();
        for (Observation nearMiss : List.of(foreign, noSystem, https)) {
            CodedEvent event = single(nearMiss);
            assertThat(event.recognised()).as(nearMiss.getIdPart()).isFalse();
            assertThat(event.kind()).isEqualTo(CodeKind.REVIEW_INDICATED_104);
        }
        assertThat(single(noSystem).coding().system()).isNull();
        assertThat(single(alsoExact).recognised()).isTrue();
        assertThat(single(alsoExact).coding()).isEqualTo(CodeSets.SNOMED_104);
    }

    @Test
    void anInactiveConditionDoesNotEndA104() {
        Condition inactive = condition("c-7", "pat-1", code104(), "2023-01-01");
        inactive.setClinicalStatus(
                concept(new Coding(io.github.recordaccess.fixtures.FhirFixtures.CONDITION_CLINICAL, "inactive", null)));
        Patient patient = patient("pat-1", NHS, "1980-01-01");

        AccessRecommendation result =
                engine.evaluate(mapper.toFacts(roundTrip(patient), List.of(roundTrip(inactive))), AS_OF);

        assertThat(result.recommendation()).isEqualTo(Recommendation.OFFER_OPT_IN);
        assertThat(result.flag()).isEqualTo(AccessFlag.ACTIVE_104);
    }

    @Test
    void a104ObservationRescindedByALaterConfirmed106Condition() {
        Patient patient = patient("pat-1", NHS, "1980-01-01");
        Observation first104 = observation("obs-8", "pat-1", code104(), "2023-10-20");
        Condition later106 = verified(condition("c-8", "pat-1", code106(), "2023-11-02"), "confirmed");
        Observation voided103 = observation("obs-9", "pat-1", code103(), "2023-01-01");
        voided103.setStatus(Observation.ObservationStatus.ENTEREDINERROR);

        AccessRecommendation result = engine.evaluate(
                mapper.toFacts(
                        roundTrip(patient), List.of(roundTrip(first104), roundTrip(later106), roundTrip(voided103))),
                AS_OF);

        assertThat(result.recommendation()).isEqualTo(Recommendation.PROVISION_ACCESS);
        assertThat(result.reasons()).containsExactly(Reason.RESCINDED_BY_106);
        assertThat(result.evidence())
                .hasSize(3)
                .filteredOn(e -> !e.counted())
                .singleElement()
                .satisfies(e -> assertThat(e.event().reference()).isEqualTo("Observation/obs-9"));
    }

    private CodedEvent single(org.hl7.fhir.r4.model.Resource resource) {
        List<CodedEvent> events = mapper.eventsOf(roundTrip(resource));
        assertThat(events).hasSize(1);
        return events.get(0);
    }
}
