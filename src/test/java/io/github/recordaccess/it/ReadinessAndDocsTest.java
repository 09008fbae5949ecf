package io.github.recordaccess.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
class ReadinessAndDocsTest {

    @InjectFhirServer
    FhirStub fhir;

    @BeforeEach
    void reset() {
        fhir.reset();
    }

    @Test
    void theFhirGroupIsUpWhenTheFhirServerHandsOverItsCapabilityStatement() {
        given().when()
                .get("/q/health/group/fhir")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'fhir-server' }.data.fhirVersion", equalTo("4.0.1"));
    }

    @Test
    void theFhirGroupIsDownWhenMetadataFailsWhileTheReplicaStaysReady() {
        fhir.server()
                .stubFor(get(urlPathEqualTo(FhirStub.BASE_PATH + "/metadata"))
                        .atPriority(1)
                        .willReturn(aResponse().withStatus(500)));

        given().when()
                .get("/q/health/group/fhir")
                .then()
                .statusCode(503)
                .body("checks.find { it.name == 'fhir-server' }.data.error", containsString("HTTP 500"));
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.name", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("fhir-server")));
    }

    @Test
    void livenessNeverCallsTheFhirServer() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));

        org.assertj.core.api.Assertions.assertThat(fhir.server().getAllServeEvents())
                .isEmpty();
    }

    @Test
    void openApiDescribesEveryEndpoint() {
        given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths", hasKey("/api/v1/patients/{nhsNumber}/access-recommendation"))
                .body("paths", hasKey("/api/v1/practices/{odsCode}/access-recommendations"))
                .body("paths", hasKey("/api/v1/practices/{odsCode}/summary"))
                .body("paths", hasKey("/api/v1/practices/{odsCode}/checklist"))
                .body(
                        "paths.'/api/v1/practices/{odsCode}/summary'.get.description",
                        containsString("actionPlanRequired"))
                .body(
                        "components.schemas.AccessRecommendation.properties.recommendation.description",
                        containsString("PROVISION_ACCESS"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void everyApiOperationDocumentsTheStandardProblemsAndKeepsItsOwn() {
        io.restassured.path.json.JsonPath openApi = given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        java.util.Map<String, java.util.Map<String, Object>> paths = openApi.getMap("paths");
        org.assertj.core.api.Assertions.assertThat(paths.keySet())
                .filteredOn(p -> p.startsWith("/api/"))
                .containsExactlyInAnyOrderElementsOf(io.github.recordaccess.web.Routes.API);
        for (String path : paths.keySet()) {
            if (path.startsWith("/api/v1/admin/")) {
                for (String method : paths.get(path).keySet()) {
                    for (String status : java.util.List.of("401", "403", "406", "503")) {
                        org.assertj.core.api.Assertions.assertThat(
                                        openApi.getString("paths.'" + path + "'." + method + ".responses.'" + status
                                                + "'.content.'application/problem+json'.schema.'$ref'"))
                                .as(method + " " + path + " " + status)
                                .isEqualTo("#/components/schemas/Problem");
                    }
                }
            } else if (path.startsWith("/api/")) {
                for (String status : java.util.List.of("400", "401", "403", "406", "502", "503")) {
                    org.assertj.core.api.Assertions.assertThat(openApi.getString("paths.'" + path + "'.get.responses.'"
                                    + status + "'.content.'application/problem+json'.schema.'$ref'"))
                            .as(path + " " + status)
                            .isEqualTo("#/components/schemas/Problem");
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(openApi.getString(
                        "paths.'/api/v1/patients/{nhsNumber}/access-recommendation'.get.responses.'409'.description"))
                .contains("More than one Patient");
        org.assertj.core.api.Assertions.assertThat(
                        openApi.getString("paths.'/api/v1/practices'.get.responses.'400'.description"))
                .contains("no practices to show");
    }

    @Test
    void everyApiOperationReferencesTheSecuritySchemeAndOpenPathsDoNot() {
        io.restassured.path.json.JsonPath openApi = given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        // No identity provider is configured in the test profile: a token to paste, which Swagger UI sends as Bearer.
        org.assertj.core.api.Assertions.assertThat(openApi.getMap("components.securitySchemes"))
                .containsOnlyKeys("bearer");
        org.assertj.core.api.Assertions.assertThat(openApi.getString("components.securitySchemes.bearer.type"))
                .isEqualTo("http");
        java.util.Map<String, java.util.Map<String, Object>> paths = openApi.getMap("paths");
        int operations = 0;
        for (String path : paths.keySet()) {
            for (String method : paths.get(path).keySet()) {
                java.util.List<Object> security =
                        openApi.getList("paths.'" + path + "'." + method + ".security.bearer");
                if (path.startsWith("/api/")) {
                    operations++;
                    org.assertj.core.api.Assertions.assertThat(security)
                            .as(method + " " + path)
                            .hasSize(1);
                } else {
                    org.assertj.core.api.Assertions.assertThat(security)
                            .as(method + " " + path + " is open")
                            .isNullOrEmpty();
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(operations).isGreaterThan(10);
    }

    @Test
    void openApiDocumentsEachParameterOnceFromTheSignatures() {
        String get = "paths.'%s'.get.parameters";
        given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(
                        get.formatted("/api/v1/patients/{nhsNumber}/access-recommendation")
                                + ".findAll { it.in == 'query' }.name",
                        contains("asOf"))
                .body(
                        get.formatted("/api/v1/patients/{nhsNumber}/access-recommendation")
                                + ".find { it.in == 'path' }.name",
                        equalTo("nhsNumber"))
                .body(
                        get.formatted("/api/v1/practices/{odsCode}/access-recommendations")
                                + ".findAll { it.in == 'query' }.name",
                        containsInAnyOrder(
                                "asOf",
                                "recommendation",
                                "reason",
                                "flag",
                                "action",
                                "bulkCoded104",
                                "turning16Within",
                                "page",
                                "size"))
                .body(
                        get.formatted("/api/v1/practices/{odsCode}/access-recommendations")
                                + ".find { it.name == 'size' }.schema.maximum",
                        equalTo(1000))
                .body(
                        get.formatted("/api/v1/practices/{odsCode}/summary") + ".name",
                        containsInAnyOrder("odsCode", "asOf"))
                .body(
                        get.formatted("/api/v1/practices/{odsCode}/summary")
                                + ".find { it.name == 'odsCode' }.description",
                        containsString("3 to 10"))
                .body(
                        get.formatted("/api/v1/practices/{odsCode}/checklist") + ".findAll { it.in == 'query' }.name",
                        containsInAnyOrder("asOf", "system", "live"))
                .body(
                        get.formatted("/api/v1/practices") + ".findAll { it.in == 'query' }.name",
                        containsInAnyOrder("ods", "asOf"))
                .body("components.schemas.AsOf.format", equalTo("date"))
                .body("components.schemas.AsOf.description", containsString("not after today"))
                .body("components.schemas.Recommendation.enum", hasItem("OFFER_OPT_IN"));
    }

    @Test
    void unknownPathsAreProblems() {
        given().when()
                .get("/api/v1/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"));
    }
}
