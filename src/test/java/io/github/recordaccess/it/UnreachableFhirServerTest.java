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
    void readinessIsDownWithTheReasonAndLivenessStaysUp() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'fhir-server' }.data.error", containsString("could not be fetched"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
