package io.github.recordaccess.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
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
    void readyWhenTheFhirServerHandsOverItsCapabilityStatement() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'fhir-server' }.data.fhirVersion", equalTo("4.0.1"));
    }

    @Test
    void notReadyWhenMetadataFails() {
        fhir.server().stubFor(get(urlPathEqualTo(FhirStub.BASE_PATH + "/metadata")).atPriority(1).willReturn(aResponse().withStatus(500)));

        given().when().get("/q/health/ready")
                .then().statusCode(503)
                .body("checks.find { it.name == 'fhir-server' }.data.error", containsString("HTTP 500"));
    }

    @Test
    void livenessNeverCallsTheFhirServer() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));

        org.assertj.core.api.Assertions.assertThat(fhir.server().getAllServeEvents()).isEmpty();
    }

    @Test
    void openApiDescribesEveryEndpoint() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths", hasKey("/api/v1/patients/{nhsNumber}/access-recommendation"))
                .body("paths", hasKey("/api/v1/practices/{odsCode}/access-recommendations"))
                .body("paths", hasKey("/api/v1/practices/{odsCode}/summary"))
                .body("paths", hasKey("/api/v1/practices/{odsCode}/checklist"))
                .body("paths.'/api/v1/practices/{odsCode}/summary'.get.description", containsString("actionPlanRequired"))
                .body("components.schemas.AccessRecommendation.properties.recommendation.description", containsString("PROVISION_ACCESS"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void unknownPathsAreProblems() {
        given().when().get("/api/v1/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"));
    }
}
