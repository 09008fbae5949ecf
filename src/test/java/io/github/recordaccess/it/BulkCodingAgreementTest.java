package io.github.recordaccess.it;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.fixtures.FhirFixtures;
import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.PracticeFixture;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The patient endpoint's bulk-coding flag agrees with the practice list for every patient: both count
 * distinct patients by the 104s' clinical London day, the service counting rather than the server. Here the
 * bulk day's three patients are joined by a 104 timed 23:30 UTC the evening before (00:30 in London, so the
 * bulk day) and a Condition dated by its onset; a 104 timed 23:30 UTC on the bulk day itself belongs to the
 * London day after.
 */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
class BulkCodingAgreementTest {

    static final PracticeFixture PRACTICE = bulkDayPractice();
    static final String AS_OF = PracticeFixture.AS_OF.toString();

    private static PracticeFixture bulkDayPractice() {
        PracticeFixture practice = PracticeFixture.standard("B22222", "org-b2", 2600);
        Patient lateEvening = practice.patient("org-b2-p12", FhirFixtures.nhsNumber(2650), "1988-01-01");
        practice.observation(lateEvening, FhirFixtures.code104(), "2023-10-19T23:30:00Z");
        Patient byOnset = practice.patient("org-b2-p13", FhirFixtures.nhsNumber(2651), "1977-01-01");
        Condition onset = FhirFixtures.condition("org-b2-c-onset", byOnset.getIdPart(), FhirFixtures.code104(), null);
        onset.setOnset(new DateTimeType("2023-10-20"));
        practice.add(onset);
        Patient nextLondonDay = practice.patient("org-b2-p14", FhirFixtures.nhsNumber(2652), "1966-01-01");
        practice.observation(nextLondonDay, FhirFixtures.code104(), "2023-10-20T23:30:00Z");
        return practice;
    }

    @InjectFhirServer
    FhirStub fhir;

    @BeforeEach
    void serve() {
        fhir.reset();
        fhir.serve(PRACTICE, PAGE_SIZE);
        fhir.serve104sAround(PRACTICE, PracticeFixture.BULK_DAY);
        fhir.serve104sAround(PRACTICE, PracticeFixture.BULK_DAY.plusDays(1));
    }

    @Test
    void thePatientEndpointAndThePracticeListAgreeForEveryPatient() {
        // Patients first, so that no practice evaluation is cached for them to borrow.
        Map<String, Object> byPatientEndpoint = new HashMap<>();
        for (Patient patient : PRACTICE.patients()) {
            String nhs = patient.getIdentifierFirstRep().getValue();
            JsonPath answer = given().queryParam("asOf", AS_OF)
                    .when()
                    .get("/api/v1/patients/" + nhs + "/access-recommendation")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            byPatientEndpoint.put(nhs, answer.get("bulkCoded104"));
        }
        List<Map<String, Object>> list = given().queryParam("asOf", AS_OF)
                .queryParam("size", 100)
                .header("Cache-Control", "no-cache")
                .when()
                .get("/api/v1/practices/B22222/access-recommendations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");

        assertThat(list).hasSize(PRACTICE.patients().size());
        Map<String, Object> byList = new HashMap<>();
        list.forEach(row -> byList.put((String) row.get("nhsNumber"), row.get("bulkCoded104")));
        assertThat(byPatientEndpoint).isEqualTo(byList);
        // Five patients make the bulk day; four answer true (p04's 104 counts for the day, but a 106 rescinds it).
        assertThat(byList.values().stream().filter(Boolean.TRUE::equals)).hasSize(4);
        assertThat(byList.get(FhirFixtures.nhsNumber(2652))).isEqualTo(false);
        // Counted by the service from the entries around the day, never by the server (no _summary=count, no eq).
        assertThat(fhir.server()
                        .findAll(getRequestedFor(urlPathEqualTo(FhirStub.BASE_PATH + "/Condition"))
                                .withQueryParam(
                                        "onset-date",
                                        com.github.tomakehurst.wiremock.client.WireMock.havingExactly(
                                                "ge2023-10-19", "le2023-10-21"))))
                .isNotEmpty();
        assertThat(fhir.fhirRequests()).noneMatch(r -> r.getUrl().contains("_summary"));
    }
}
