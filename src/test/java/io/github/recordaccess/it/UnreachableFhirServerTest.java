package io.github.recordaccess.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The test profile's FHIR base URL points at a closed port: nothing answers. */
@QuarkusTest
class UnreachableFhirServerTest {

    @Test
    void anUnreachableServerIs503() {
        given().when()
                .get("/api/v1/practices/A12345/summary")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/fhir-unavailable"))
                .body("detail", containsString("could not be reached"));
    }

    @Test
    void theFhirGroupIsDownWithTheReasonWhileTheReplicaStaysReadyAndLive() {
        given().when()
                .get("/q/health/group/fhir")
                .then()
                .statusCode(503)
                .body("status", equalTo("DOWN"))
                .body(
                        "checks.find { it.name == 'fhir-server' }.data.error",
                        equalTo("CapabilityStatement could not be fetched: ConnectException"));
        // Readiness is this replica's: with the FHIR server down it still serves pages, history, admin and 503s.
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        String metrics = given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        org.assertj.core.api.Assertions.assertThat(metrics).containsPattern("(?m)^fhir_server_up(\\{[^}]*\\})? 0\\.0$");
    }

    @Test
    void withTheFhirServerDownThePagesHistoryAndAdminStillAnswer() {
        given().when().get("/api/v1/admin/practices").then().statusCode(200);
        given().when().get("/api/v1/history").then().statusCode(200);
        given().when().get("/api/v1/practices/A12345/history").then().statusCode(200);
        given().header("Accept", "text/html").when().get("/").then().statusCode(200);
        given().when()
                .get("/api/v1/patients/9990000026/access-recommendation")
                .then()
                .statusCode(503)
                .body("type", equalTo("/problems/fhir-unavailable"));
    }
}
