package io.github.recordaccess.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A dead FHIR server becomes fast 503s: once the breaker opens, requests no longer reach it. */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
@TestProfile(CircuitBreakerTest.SmallWindow.class)
class CircuitBreakerTest {

    public static class SmallWindow implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "fhir.circuit-breaker.request-volume",
                    "4",
                    "fhir.circuit-breaker.delay",
                    "60s",
                    "fhir.retry.delay",
                    "10ms",
                    "fhir.retry.jitter",
                    "5ms");
        }
    }

    @InjectFhirServer
    FhirStub fhir;

    @Test
    void aDeadServerOpensTheBreakerAndLaterCallsFailFast() {
        fhir.reset();
        fhir.server().stubFor(get(anyUrl()).atPriority(1).willReturn(aResponse().withStatus(503)));

        // The first evaluation tries three times (two retries); the breaker opens once four attempts have failed.
        given().when().get("/api/v1/practices/A12345/summary").then().statusCode(502);
        given().when()
                .get("/api/v1/practices/A12345/summary")
                .then()
                .statusCode(503)
                .body("detail", containsString("circuit breaker open"));
        int reachedServer = fhir.fhirRequests().size();
        assertThat(reachedServer).isEqualTo(4);

        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            given().when()
                    .get("/api/v1/practices/A12345/summary")
                    .then()
                    .statusCode(503)
                    .body("type", equalTo("/problems/fhir-unavailable"))
                    .body("detail", containsString("circuit breaker open"));
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_000);
        }
        assertThat(fhir.fhirRequests()).hasSize(reachedServer);
    }
}
