package io.github.recordaccess.it;

import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.github.recordaccess.fhir.NhsIdentifiers;
import io.github.recordaccess.fixtures.FhirFixtures;
import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.PracticeFixture;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
class PatientApiTest {

    static final PracticeFixture PRACTICE = PracticeFixture.standard("P12345", "org-p", 600);
    static final String BULK_CODED = PRACTICE.patient(1).getIdentifierFirstRep().getValue();
    static final String RESCINDED = PRACTICE.patient(3).getIdentifierFirstRep().getValue();
    static final String UNDER_16 = PRACTICE.patient(5).getIdentifierFirstRep().getValue();
    static final String INDIVIDUAL_104 =
            PRACTICE.patient(10).getIdentifierFirstRep().getValue();

    @InjectFhirServer
    FhirStub fhir;

    @BeforeEach
    void serve() {
        fhir.reset();
        fhir.serve(PRACTICE, PAGE_SIZE);
    }

    static String path(String nhsNumber) {
        return "/api/v1/patients/" + nhsNumber + "/access-recommendation";
    }

    @Test
    void aPatientsRecommendationCarriesEvidenceReasonsAndPractice() {
        fhir.serve104sAround(PRACTICE, PracticeFixture.BULK_DAY);

        given().queryParam("asOf", "2024-06-01")
                .when()
                .get(path(BULK_CODED))
                .then()
                .statusCode(200)
                .body("nhsNumber", equalTo(BULK_CODED))
                .body("patientId", equalTo("org-p-p02"))
                .body("practiceOdsCode", equalTo("P12345"))
                .body("asOf", equalTo("2024-06-01"))
                .body("recommendation", equalTo("OFFER_OPT_IN"))
                .body("flag", equalTo("ACTIVE_104"))
                .body("reasons", contains("ACTIVE_104", "BULK_CODED_104"))
                .body("eligibleFrom", nullValue())
                .body("bulkCoded104", equalTo(true))
                .body("evidence", hasSize(1))
                .body("evidence[0].reference", equalTo("Observation/org-p-p02-obs-1"))
                .body("evidence[0].kind", equalTo("REVIEW_INDICATED_104"))
                .body("evidence[0].system", equalTo("http://snomed.info/sct"))
                .body("evidence[0].code", equalTo("1364731000000104"))
                .body("evidence[0].recognisedCoding", equalTo(true))
                .body("evidence[0].clinicalDate", equalTo("2023-10-20"))
                .body("evidence[0].clinicalDateFrom", equalTo("effectiveDateTime"))
                .body("evidence[0].recordedTime", equalTo(null))
                .body("evidence[0].dated", equalTo(true))
                .body("evidence[0].futureDated", equalTo(false))
                .body("evidence[0].status", equalTo("final"))
                .body("evidence[0].counted", equalTo(true))
                .body("evidence[0].deciding", equalTo(true))
                .body("actions.id", contains("OFFER_ACCESS_ON_REQUEST", "REVIEW_BULK_CODED_104"))
                .body("actions[1].text", containsString("add a 106"));
    }

    @Test
    void bulkCodingNeedsEnoughPatientsCodedOnTheDay() {
        // Three 104s around the day, but for two patients only, and one of them the day after: not a bulk day.
        Patient p02 = PRACTICE.patient(1);
        Patient p03 = PRACTICE.patient(2);
        fhir.serve104sAround(
                PRACTICE,
                PracticeFixture.BULK_DAY,
                List.of(
                        PRACTICE.observationOf(p02, FhirFixtures.code104(), "2023-10-20"),
                        PRACTICE.observationOf(p03, FhirFixtures.code104(), "2023-10-21")),
                List.of(),
                List.of(FhirFixtures.condition("c-104-again", p02.getIdPart(), FhirFixtures.code104(), "2023-10-20")));

        given().queryParam("asOf", "2024-06-01")
                .when()
                .get(path(BULK_CODED))
                .then()
                .statusCode(200)
                .body("bulkCoded104", equalTo(false))
                .body("reasons", contains("ACTIVE_104"));
    }

    @Test
    void bulkCodingIsUnknownWhenThePracticesEntriesCannotBeHad() {
        fhir.server()
                .stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(
                                        FhirStub.BASE_PATH + "/Observation"))
                        .atPriority(1)
                        .withQueryParam("date", com.github.tomakehurst.wiremock.client.WireMock.matching("ge.*"))
                        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                                .withStatus(500)));
        given().queryParam("asOf", "2024-06-01")
                .when()
                .get(path(INDIVIDUAL_104))
                .then()
                .statusCode(200)
                .body("recommendation", equalTo("OFFER_OPT_IN"))
                .body("bulkCoded104", nullValue());
    }

    @Test
    void aRescindedPatientNeedsNoCountSearch() {
        given().queryParam("asOf", "2024-06-01")
                .when()
                .get(path(RESCINDED))
                .then()
                .statusCode(200)
                .body("recommendation", equalTo("PROVISION_ACCESS"))
                .body("flag", equalTo("RESCINDED_BY_106"))
                .body("bulkCoded104", equalTo(false))
                .body("evidence.find { it.kind == 'REVIEW_NOT_INDICATED_106' }.deciding", equalTo(true));

        assertThat(fhir.fhirRequests()).noneMatch(r -> r.getQueryParams().containsKey("_summary"));
        // Patient search, one Observation and one Condition search with OR'd codes, and the practice's Organization
        // read.
        assertThat(fhir.fhirRequests()).hasSize(4);
        assertThat(fhir.fhirRequests())
                .filteredOn(r -> r.getQueryParams().containsKey("patient"))
                .allSatisfy(r -> assertThat(r.queryParameter("code").firstValue())
                        .isEqualTo(String.join(",", PracticeFixture.CODE_VALUES)));
    }

    @Test
    void anUnder16IsNotApplicableUntilTheSixteenthBirthday() {
        given().queryParam("asOf", "2024-06-01")
                .when()
                .get(path(UNDER_16))
                .then()
                .statusCode(200)
                .body("recommendation", equalTo("NOT_APPLICABLE"))
                .body("flag", equalTo("ACTIVE_104"))
                .body("reasons", contains("UNDER_16", "ACTIVE_104"))
                .body("eligibleFrom", equalTo("2026-03-01"));
    }

    @Test
    void practiceComesFromTheGeneralPractitionerIdentifierWithoutARead() {
        Patient patient = FhirFixtures.patient("pat-ident", FhirFixtures.nhsNumber(500), "1980-01-01");
        patient.addGeneralPractitioner(new Reference()
                .setIdentifier(new org.hl7.fhir.r4.model.Identifier()
                        .setSystem(NhsIdentifiers.ODS_CODE_PDS)
                        .setValue("B86001")));
        fhir.servePatient(new PracticeFixture("B86001", "org-b"), patient, PAGE_SIZE);

        given().when()
                .get(path(FhirFixtures.nhsNumber(500)))
                .then()
                .statusCode(200)
                .body("practiceOdsCode", equalTo("B86001"))
                .body("recommendation", equalTo("PROVISION_ACCESS"))
                .body("asOf", not(nullValue()));
        assertThat(fhir.fhirRequests()).noneMatch(r -> r.getUrl().contains("/Organization"));
    }

    @Test
    void anotherPatientsEntryInThePatientsResultsIsRefused() {
        var patient = PRACTICE.patient(10);
        var foreign106 = FhirFixtures.condition("foreign-106", "someone-else", FhirFixtures.code106(), "2024-05-01");
        fhir.search(
                "Condition",
                Map.of("patient", patient.getIdPart(), "code", String.join(",", PracticeFixture.CODE_VALUES)),
                List.of(foreign106),
                PAGE_SIZE);

        given().queryParam("asOf", "2024-06-01")
                .when()
                .get(path(INDIVIDUAL_104))
                .then()
                .statusCode(502)
                .body("type", equalTo("/problems/fhir-invalid-response"))
                .body("$", not(org.hamcrest.Matchers.hasKey("recommendation")));
    }

    @Test
    void anInvalidNhsNumberIs400() {
        given().when()
                .get(path("9990000019"))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-parameter"))
                .body("detail", containsString("check digit"));
        assertThat(fhir.fhirRequests()).isEmpty();
    }

    @Test
    void anUnknownNhsNumberIs404() {
        String unknown = FhirFixtures.nhsNumber(900);
        fhir.search("Patient", Map.of("identifier", FhirStub.nhsTokens(unknown)), List.of(), PAGE_SIZE);

        given().when()
                .get(path(unknown))
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/patient-not-found"));
    }

    @Test
    void twoPatientsWithOneNhsNumberIs409() {
        String shared = FhirFixtures.nhsNumber(901);
        fhir.search(
                "Patient",
                Map.of("identifier", FhirStub.nhsTokens(shared)),
                List.of(
                        FhirFixtures.patient("dup-1", shared, "1980-01-01"),
                        FhirFixtures.patient("dup-2", shared, "1980-01-01")),
                PAGE_SIZE);

        given().when()
                .get(path(shared))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/ambiguous-record"))
                .body("detail", not(containsString(shared)));
    }

    @Test
    void noTraceContextIsSentWhileTracingIsOff() {
        given().queryParam("asOf", "2024-06-01")
                .when()
                .get("/api/v1/patients/" + RESCINDED + "/access-recommendation")
                .then()
                .statusCode(200);
        assertThat(fhir.fhirRequests())
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.containsHeader("traceparent")).isFalse());
    }
}
