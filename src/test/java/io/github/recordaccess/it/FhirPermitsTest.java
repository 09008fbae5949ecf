package io.github.recordaccess.it;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.PracticeAnswers;
import io.github.recordaccess.fixtures.PracticeFixture;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One slow server cannot starve everyone: a request waits at most fhir.permit-wait for a FHIR permit (then
 * 503 fhir-busy with Retry-After), and patient lookups have permits of their own. Here one practice permit
 * and one patient permit, a 1 s wait, and a practice whose cohort trickles for the whole 6 s page deadline.
 */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
@TestProfile(FhirPermitsTest.OnePermitEach.class)
class FhirPermitsTest {

    public static class OnePermitEach implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "fhir.max-concurrent-requests", "1",
                    "fhir.max-concurrent-patient-requests", "1",
                    "fhir.permit-wait", "1s",
                    "fhir.read-timeout", "6s");
        }
    }

    static final PracticeFixture STALLED = PracticeFixture.standard("Q22222", "org-q", 2400);
    static final PracticeFixture HEALTHY = PracticeFixture.standard("V22222", "org-v", 2450);

    @InjectFhirServer
    FhirStub fhir;

    @BeforeEach
    void serve() {
        fhir.reset();
        fhir.serve(STALLED, PAGE_SIZE);
        fhir.serve(HEALTHY, PAGE_SIZE);
        // A warm application, so that its first answer's start-up costs do not count in the timings.
        given().queryParam("asOf", "2024-06-01")
                .header("Cache-Control", "no-cache")
                .get("/api/v1/practices/V22222/summary")
                .then()
                .statusCode(200);
        Bundle first = fhir.pages(STALLED.patients(), PAGE_SIZE).get(0);
        fhir.server()
                .stubFor(get(urlPathEqualTo(FhirStub.BASE_PATH + "/Patient"))
                        .withQueryParam("general-practitioner", equalTo("Organization/org-q"))
                        .atPriority(1)
                        .willReturn(FhirStub.fhir(first).withChunkedDribbleDelay(30, 30_000)));
    }

    /** Starts the stalled practice's evaluation and returns once its trickling page holds the one permit. */
    private CompletableFuture<Response> stallThePracticePermit() throws InterruptedException {
        CompletableFuture<Response> stalled =
                CompletableFuture.supplyAsync(() -> given().queryParam("asOf", "2024-06-01")
                        .header("Cache-Control", "no-cache")
                        .get("/api/v1/practices/Q22222/summary"));
        for (int i = 0; i < 1000; i++) {
            if (!fhir.server()
                    .findAll(getRequestedFor(urlPathEqualTo(FhirStub.BASE_PATH + "/Patient"))
                            .withQueryParam("general-practitioner", equalTo("Organization/org-q")))
                    .isEmpty()) {
                return stalled;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the stalled practice never asked for its cohort");
    }

    @Test
    void aSummaryThatCannotGetAPermitIsBusyWithRetryAfter() throws Exception {
        CompletableFuture<Response> stalled = stallThePracticePermit();
        long start = System.nanoTime();

        PracticeAnswers.freshSummary("V22222", "2024-06-01")
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "1")
                .body("type", org.hamcrest.Matchers.equalTo("/problems/fhir-busy"))
                .body("detail", containsString("fhir.permit-wait"));
        // Refused after the 1 s wait, not after the stalled page's 6 s.
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
        assertThat(stalled.get().statusCode()).isEqualTo(503);
    }

    @Test
    void aPatientLookupIsAnsweredWhileAPracticeHoldsEveryPracticePermit() throws Exception {
        CompletableFuture<Response> stalled = stallThePracticePermit();
        String nhs = HEALTHY.patient(0).getIdentifierFirstRep().getValue();
        long start = System.nanoTime();

        given().queryParam("asOf", "2024-06-01")
                .when()
                .get("/api/v1/patients/" + nhs + "/access-recommendation")
                .then()
                .statusCode(200)
                .body("recommendation", org.hamcrest.Matchers.equalTo("PROVISION_ACCESS"));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
        assertThat(stalled.get().statusCode()).isEqualTo(503);
    }
}
