package io.github.recordaccess.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.PracticeFixture;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.github.recordaccess.registry.PracticeEntry;
import io.github.recordaccess.registry.PracticeRegistry;
import io.github.recordaccess.rules.ClinicalSystem;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
class OverviewTest {

    @Inject
    PracticeRegistry registry;

    static final PracticeFixture STANDARD = PracticeFixture.standard("A12345", "org-a", 1);
    /** A practice where most eligible patients have an active 104: 4 of 5 → 80%. */
    static final PracticeFixture EXCLUDING = excluding();

    @InjectFhirServer
    FhirStub fhir;

    static PracticeFixture excluding() {
        PracticeFixture p = new PracticeFixture("H12345", "org-h");
        for (int i = 0; i < 5; i++) {
            var patient = p.patient(
                    "org-h-p" + i,
                    io.github.recordaccess.fixtures.FhirFixtures.nhsNumber(800 + i * 3),
                    "1970-01-0" + (i + 1));
            if (i < 4) {
                p.observation(
                        patient, io.github.recordaccess.fixtures.FhirFixtures.code104(), "2023-0" + (i + 1) + "-01");
            }
        }
        return p;
    }

    @BeforeEach
    void serve() {
        fhir.reset();
        fhir.serve(STANDARD, PAGE_SIZE);
        fhir.serve(EXCLUDING, PAGE_SIZE);
        fhir.search("Organization", Map.of("identifier", FhirStub.odsTokens("Z99999")), List.of(), PAGE_SIZE);
        fhir.server()
                .stubFor(get(urlPathEqualTo(FhirStub.BASE_PATH + "/Organization"))
                        .atPriority(1)
                        .withQueryParam(
                                "identifier",
                                com.github.tomakehurst.wiremock.client.WireMock.equalTo(FhirStub.odsTokens("ERR001")))
                        .willReturn(aResponse().withStatus(500)));
    }

    @Test
    void failuresNeverHideOtherPracticesNorShowAsZeros() {
        given().header("Cache-Control", "no-cache")
                .queryParam("asOf", "2024-06-01")
                .queryParam("ods", "A12345,ERR001,H12345,Z99999")
                .when()
                .get("/api/v1/practices")
                .then()
                .statusCode(200)
                .body("asOf", equalTo("2024-06-01"))
                .body("practices.practiceOdsCode", contains("ERR001", "Z99999", "H12345", "A12345"))
                .body("practices.status", contains("ERROR", "ERROR", "OK", "OK"))
                .body("practices[0].problem.type", equalTo("/problems/fhir-error-response"))
                .body("practices[0]", not(hasKey("patients")))
                .body("practices[0]", not(hasKey("recommendations")))
                .body("practices[1].problem.type", equalTo("/problems/practice-not-found"))
                .body("practices[2].excludedPercent", equalTo(80.0f))
                .body("practices[2].actionPlanRequired", equalTo(true))
                .body("practices[3].excludedPercent", equalTo(33.3f))
                .body("practices[3].actionPlanRequired", equalTo(false))
                .body("practices[3].bulkCodingDates[0].date", equalTo("2023-10-20"))
                .body("practices[3].recommendations.OFFER_OPT_IN", equalTo(3));
    }

    @Test
    void withoutOdsTheRegisteredPracticesAreShown() {
        registry.replaceAll(List.of(
                new PracticeEntry(WireMockFhirResource.PROFILED_ODS, "Registered Surgery", ClinicalSystem.EMIS, null)));
        try {
            given().queryParam("asOf", "2024-06-01")
                    .when()
                    .get("/api/v1/practices")
                    .then()
                    .statusCode(200)
                    .body("practices.practiceOdsCode", contains(WireMockFhirResource.PROFILED_ODS));
        } finally {
            registry.replaceAll(List.of());
        }
    }

    @Test
    void withoutOdsAndWithAnEmptyRegistryTheProblemSaysHowToRegister() {
        registry.replaceAll(List.of());
        given().when()
                .get("/api/v1/practices")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("PUT /api/v1/admin/practices"));
    }

    @Test
    void theOverviewAsCsv() {
        String csv = given().accept("text/csv")
                .queryParam("asOf", "2024-06-01")
                .queryParam("ods", "A12345,ERR001")
                .when()
                .get("/api/v1/practices")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("practice_ods_code,status,patients,");
        assertThat(lines.get(1)).startsWith("ERR001,ERROR,,,,,,,,,,,,/problems/fhir-error-response,");
        assertThat(lines.get(2)).startsWith("A12345,OK,11,9,3,3,1,2,2,33.3,false,2,2023-10-20,,");
    }

    @Test
    void aBadOdsCodeInTheListIsRefused() {
        given().queryParam("ods", "A12345,A1")
                .when()
                .get("/api/v1/practices")
                .then()
                .statusCode(400)
                .body("type", equalTo("/problems/invalid-parameter"));
    }
}
