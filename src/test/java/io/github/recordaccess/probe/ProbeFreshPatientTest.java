package io.github.recordaccess.probe;

import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.github.recordaccess.fixtures.FhirFixtures;
import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.PracticeFixture;
import io.github.recordaccess.fixtures.SecuredProfile;
import io.github.recordaccess.fixtures.TestTokens;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Probe finding 4: a clinician who adds a 104 and checks the patient at once reads the new answer,
 * even while a fresh evaluation of the practice is cached.
 */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
@TestProfile(SecuredProfile.class)
class ProbeFreshPatientTest {

    @InjectFhirServer
    FhirStub fhir;

    private PracticeFixture practice;

    @BeforeEach
    void serve() {
        practice = PracticeFixture.standard("F12345", "org-fresh", 1400);
        fhir.reset();
        fhir.serve(practice, PAGE_SIZE);
    }

    @Test
    void aNew104IsSeenAtOnceEvenWithAFreshPracticeEvaluationCached() {
        String token = TestTokens.reader();
        Patient p01 = practice.patient(0);
        String nhs = p01.getIdentifierFirstRep().getValue();
        given().auth()
                .oauth2(token)
                .queryParam("asOf", "2024-06-01")
                .when()
                .get("/api/v1/practices/F12345/summary")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(token)
                .header("Cache-Control", "no-cache")
                .queryParam("asOf", "2024-06-01")
                .when()
                .get(Probe.patientPath(nhs))
                .then()
                .statusCode(200)
                .body("recommendation", equalTo("PROVISION_ACCESS"));

        // The practice codes a 104 for the patient; the cached practice evaluation does not know it yet.
        practice.observation(p01, FhirFixtures.code104(), "2024-05-31");
        fhir.servePatient(practice, FhirFixtures.roundTrip(p01), PAGE_SIZE);
        fhir.serve104sAround(practice, java.time.LocalDate.of(2024, 5, 31));
        fhir.server().resetRequests();

        given().auth()
                .oauth2(token)
                .queryParam("asOf", "2024-06-01")
                .when()
                .get(Probe.patientPath(nhs))
                .then()
                .statusCode(200)
                .body("recommendation", equalTo("OFFER_OPT_IN"))
                // The cached evaluation never counted this 104, so the practice's 104s around its day are counted.
                .body("bulkCoded104", equalTo(false));
        assertThat(fhir.fhirRequests())
                .as("Patient search, the patient's own coded entries, the practice's 104s around the day, and the"
                        + " other registration routes' searches (PractitionerRole, ODS identifier)")
                .hasSizeLessThanOrEqualTo(8);
        assertThat(fhir.fhirRequests())
                .filteredOn(r -> r.getQueryParams().containsKey("date"))
                .singleElement()
                .satisfies(r ->
                        assertThat(r.queryParameter("date").values()).containsExactly("ge2024-05-30", "le2024-06-01"));
    }

    @Test
    void thePatientAnswerTakesOnlyTheBulkCodingDaysFromTheCachedEvaluation() {
        String token = TestTokens.reader();
        given().auth()
                .oauth2(token)
                .queryParam("asOf", "2024-06-01")
                .when()
                .get("/api/v1/practices/F12345/summary")
                .then()
                .statusCode(200);
        fhir.server().resetRequests();

        // p02's 104 was coded on the practice's bulk-coding day: the day comes from the cached evaluation.
        given().auth()
                .oauth2(token)
                .queryParam("asOf", "2024-06-01")
                .when()
                .get(Probe.patientPath(
                        practice.patient(1).getIdentifierFirstRep().getValue()))
                .then()
                .statusCode(200)
                .body("bulkCoded104", equalTo(true));
        given().auth()
                .oauth2(token)
                .queryParam("asOf", "2024-06-01")
                .when()
                .get(Probe.patientPath(
                        practice.patient(10).getIdentifierFirstRep().getValue()))
                .then()
                .statusCode(200)
                .body("bulkCoded104", equalTo(false));
        assertThat(fhir.fhirRequests()).hasSize(6);
        assertThat(fhir.fhirRequests()).noneMatch(r -> r.getUrl().contains("_summary=count"));
    }
}
