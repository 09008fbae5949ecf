package io.github.recordaccess.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.PracticeFixture;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Idempotent reads are retried (at most twice, with backoff) after connection errors and 5xx; never after a timeout. */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
@TestProfile(RetryTest.FastRetries.class)
class RetryTest {

    public static class FastRetries implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "fhir.retry.delay",
                    "20ms",
                    "fhir.retry.jitter",
                    "10ms",
                    "fhir.read-timeout",
                    "2s",
                    "fhir.failure-bound",
                    "3s");
        }
    }

    static final PracticeFixture PRACTICE = PracticeFixture.standard("R12345", "org-r", 1100);
    static final String SUMMARY = "/api/v1/practices/R12345/summary";

    @InjectFhirServer
    FhirStub fhir;

    @BeforeEach
    void serve() {
        fhir.reset();
        fhir.serve(PRACTICE, PAGE_SIZE);
    }

    private com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder organization() {
        return get(urlPathEqualTo(FhirStub.BASE_PATH + "/Organization"))
                .atPriority(1)
                .inScenario("flaky");
    }

    /** The Organization search fails with {@code failures} in turn, then answers normally. */
    private void failThenSucceed(ResponseDefinitionBuilder... failures) {
        String state = Scenario.STARTED;
        for (int i = 0; i < failures.length; i++) {
            String next = "after-" + i;
            fhir.server()
                    .stubFor(organization()
                            .whenScenarioStateIs(state)
                            .willReturn(failures[i])
                            .willSetStateTo(next));
            state = next;
        }
        fhir.server()
                .stubFor(organization()
                        .whenScenarioStateIs(state)
                        .willReturn(FhirStub.fhir(fhir.pages(java.util.List.of(PRACTICE.organization()), PAGE_SIZE)
                                .get(0))));
    }

    private long organizationSearches() {
        return fhir.fhirRequests().stream()
                .filter(r -> r.getUrl().contains("/Organization"))
                .count();
    }

    @Test
    void aServerErrorThenSuccessIsHealedByARetry() {
        failThenSucceed(aResponse().withStatus(500));

        given().header("Cache-Control", "no-cache")
                .queryParam("asOf", "2024-06-01")
                .when()
                .get(SUMMARY)
                .then()
                .statusCode(200)
                .body("patients", equalTo(11));
        assertThat(organizationSearches()).isEqualTo(2);
    }

    @Test
    void twoUnavailablesThenSuccessAreHealedByTwoRetries() {
        failThenSucceed(aResponse().withStatus(503), aResponse().withStatus(503));

        given().header("Cache-Control", "no-cache")
                .queryParam("asOf", "2024-06-01")
                .when()
                .get(SUMMARY)
                .then()
                .statusCode(200);
        assertThat(organizationSearches()).isEqualTo(3);
    }

    @Test
    void aConnectionResetThenSuccessIsHealed() {
        failThenSucceed(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        given().header("Cache-Control", "no-cache")
                .queryParam("asOf", "2024-06-01")
                .when()
                .get(SUMMARY)
                .then()
                .statusCode(200);
        assertThat(organizationSearches()).isEqualTo(2);
    }

    @Test
    void aPersistentServerErrorFailsAfterThreeAttemptsWithNoRecommendation() {
        failThenSucceed(
                aResponse().withStatus(500),
                aResponse().withStatus(500),
                aResponse().withStatus(500),
                aResponse().withStatus(500));

        given().header("Cache-Control", "no-cache")
                .queryParam("asOf", "2024-06-01")
                .when()
                .get(SUMMARY)
                .then()
                .statusCode(502)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/fhir-error-response"))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("patients")));
        assertThat(organizationSearches()).isEqualTo(3);
    }

    @Test
    void aClientErrorIsNotRetried() {
        failThenSucceed(aResponse().withStatus(403));

        given().header("Cache-Control", "no-cache")
                .queryParam("asOf", "2024-06-01")
                .when()
                .get(SUMMARY)
                .then()
                .statusCode(502);
        assertThat(organizationSearches()).isEqualTo(1);
    }

    @Test
    void aTimeoutIsA503WithinTheBoundAndIsNotRetried() {
        failThenSucceed(FhirStub.fhir(new org.hl7.fhir.r4.model.Bundle()).withFixedDelay(5_000));

        long start = System.nanoTime();
        given().header("Cache-Control", "no-cache")
                .queryParam("asOf", "2024-06-01")
                .when()
                .get(SUMMARY)
                .then()
                .statusCode(503)
                .body("type", equalTo("/problems/fhir-unavailable"))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("patients")));
        // The 2 s deadline, not the 5 s the server would take, and no retry.
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(4_500);
        assertThat(organizationSearches()).isEqualTo(1);
    }
}
