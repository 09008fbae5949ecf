package io.github.recordaccess.it;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.github.recordaccess.fhir.NhsIdentifiers;
import io.github.recordaccess.fixtures.FhirFixtures;
import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.PracticeAnswers;
import io.github.recordaccess.fixtures.PracticeFixture;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.github.recordaccess.registry.PracticeEntry;
import io.github.recordaccess.registry.PracticeRegistry;
import io.github.recordaccess.rules.ClinicalSystem;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Without the modifier and without FHIR_PRACTICE_IDENTIFIER_SEARCH, the identifier route is unavailable: never
 * silently. Every practice answer lists it as not searched, and the FHIR health group says so.
 */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
@TestProfile(IdentifierRouteUnavailableTest.FreshApp.class)
class IdentifierRouteUnavailableTest {

    /** Its own application: the choice, once made, lasts for the base URL. */
    public static class FreshApp implements QuarkusTestProfile {}

    static final String AS_OF = PracticeFixture.AS_OF.toString();
    static final PracticeFixture PRACTICE = practice();

    private static PracticeFixture practice() {
        PracticeFixture practice = PracticeFixture.standard("K33333", "org-k3", 2900);
        practice.patientViaOdsIdentifier(
                "org-k3-i01", FhirFixtures.nhsNumber(2930), "1975-01-01", NhsIdentifiers.ODS_CODE);
        return practice;
    }

    @InjectFhirServer
    FhirStub fhir;

    @BeforeEach
    void serve() {
        fhir.reset();
        fhir.serve(PRACTICE, PAGE_SIZE);
        fhir.server()
                .stubFor(get(urlPathEqualTo(FhirStub.BASE_PATH + "/Patient"))
                        .withQueryParam("general-practitioner:identifier", equalTo(FhirStub.odsTokens("K33333")))
                        .atPriority(1)
                        .willReturn(IdentifierRouteFallbackTest.refused()));
    }

    @Test
    void everyPracticeAnswerSaysTheRouteCouldNotBeSearched() {
        PracticeAnswers.freshSummary("K33333", AS_OF)
                .statusCode(200)
                .body("patients", org.hamcrest.Matchers.equalTo(11))
                .body(
                        "cohortRoutes.find { it.route == 'ODS_IDENTIFIER' }.searched",
                        org.hamcrest.Matchers.equalTo(false))
                .body(
                        "cohortRoutes.find { it.route == 'ODS_IDENTIFIER' }.detail",
                        containsString("FHIR_PRACTICE_IDENTIFIER_SEARCH is not set"));
        given().queryParam("asOf", AS_OF)
                .when()
                .get("/api/v1/practices/K33333/access-recommendations")
                .then()
                .statusCode(200)
                .body(
                        "cohortRoutes.find { it.route == 'ODS_IDENTIFIER' }.searched",
                        org.hamcrest.Matchers.equalTo(false));
        given().queryParam("asOf", AS_OF)
                .queryParam("system", "EMIS")
                .queryParam("live", "true")
                .when()
                .get("/api/v1/practices/K33333/checklist")
                .then()
                .statusCode(200)
                .body(
                        "cohortRoutes.find { it.route == 'ODS_IDENTIFIER' }.searched",
                        org.hamcrest.Matchers.equalTo(false));
        given().when()
                .get("/q/health/group/fhir")
                .then()
                .body(
                        "checks.find { it.name == 'fhir-server' }.data.identifierRoute",
                        org.hamcrest.Matchers.equalTo("unavailable"));
    }

    @Test
    void theCsvsAndThePracticePageSayItToo() {
        PracticeAnswers.freshSummary("K33333", AS_OF).statusCode(200);
        given().accept("text/csv")
                .queryParam("asOf", AS_OF)
                .when()
                .get("/api/v1/practices/K33333/access-recommendations")
                .then()
                .statusCode(200)
                .header("Cohort-Routes-Not-Searched", org.hamcrest.Matchers.equalTo("ODS_IDENTIFIER"));
        given().queryParam("asOf", AS_OF)
                .when()
                .get("/practices/K33333/patients.csv")
                .then()
                .statusCode(200)
                .header("Cohort-Routes-Not-Searched", org.hamcrest.Matchers.equalTo("ODS_IDENTIFIER"));
        String overview = given().accept("text/csv")
                .queryParam("asOf", AS_OF)
                .queryParam("ods", "K33333")
                .when()
                .get("/api/v1/practices")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        org.assertj.core.api.Assertions.assertThat(overview.lines().toList().get(1))
                .startsWith("K33333,OK,");
        org.assertj.core.api.Assertions.assertThat(cell(overview, "routes_not_searched"))
                .isEqualTo("ODS_IDENTIFIER");
        given().queryParam("asOf", AS_OF)
                .when()
                .get("/practices/K33333")
                .then()
                .statusCode(200)
                .body(containsString("Some patients may be missing"))
                .body(containsString("the practice code alone, as the national demographics service gives it"));
    }

    @Test
    void theOverviewTagsTheRouteLiveAndFromTheStoredFiguresAlike() {
        registry.replaceAll(List.of(new PracticeEntry("K33333", "Route Missed Surgery", ClinicalSystem.EMIS, null)));
        try {
            JsonPath live = overview(true);
            org.assertj.core.api.Assertions.assertThat(live.getString("practices[0].figuresFrom"))
                    .isEqualTo("LIVE");
            org.assertj.core.api.Assertions.assertThat(live.getList("practices[0].needsAttention"))
                    .startsWith("ROUTES_NOT_SEARCHED");

            // The snapshot stores the evaluation with the route it could not search; the overview reads it back so.
            given().post("/api/v1/admin/snapshots")
                    .then()
                    .statusCode(200)
                    .body("practicesOk", org.hamcrest.Matchers.equalTo(1));
            JsonPath stored = overview(false);
            org.assertj.core.api.Assertions.assertThat(stored.getString("practices[0].figuresFrom"))
                    .isEqualTo("STORED");
            org.assertj.core.api.Assertions.assertThat(stored.getList("practices[0].cohortRoutes"))
                    .isEqualTo(live.getList("practices[0].cohortRoutes"));
            org.assertj.core.api.Assertions.assertThat(stored.getList("practices[0].needsAttention"))
                    .isEqualTo(live.getList("practices[0].needsAttention"));
            String csv = given().accept("text/csv")
                    .queryParam("ods", "K33333")
                    .get("/api/v1/practices")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            org.assertj.core.api.Assertions.assertThat(cell(csv, "figures_from"))
                    .isEqualTo("STORED");
            org.assertj.core.api.Assertions.assertThat(cell(csv, "routes_not_searched"))
                    .isEqualTo("ODS_IDENTIFIER");
            given().accept("text/html")
                    .get("/")
                    .then()
                    .statusCode(200)
                    .body(containsString("stored figures"))
                    .body(containsString("Some patients may be missing"));
        } finally {
            registry.replaceAll(List.of());
        }
    }

    @Inject
    PracticeRegistry registry;

    private static JsonPath overview(boolean noCache) {
        var request = given().accept("application/json").queryParam("ods", "K33333");
        if (noCache) {
            request = request.header("Cache-Control", "no-cache");
        }
        return request.get("/api/v1/practices").then().statusCode(200).extract().jsonPath();
    }

    /** One cell of the overview CSV's first practice, by column name. */
    private static String cell(String csv, String column) {
        List<String> lines = csv.lines().toList();
        int index = List.of(lines.get(0).split(",")).indexOf(column);
        org.assertj.core.api.Assertions.assertThat(index).as(column).isNotNegative();
        return lines.get(1).split(",", -1)[index];
    }
}
