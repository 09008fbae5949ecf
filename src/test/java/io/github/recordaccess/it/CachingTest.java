package io.github.recordaccess.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.PracticeFixture;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Refresh storms reach the FHIR server once: evaluations are cached per (practice, asOf) and coalesced. */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
class CachingTest {

    static final PracticeFixture PRACTICE = PracticeFixture.standard("K12345", "org-k", 700);
    static final String SUMMARY = "/api/v1/practices/K12345/summary";
    /** Requests one evaluation of the standard practice costs (see PracticeApiTest). */
    static final int ONE_EVALUATION = 1 + 4 + PracticeFixture.CODE_SEARCHES + 1 + 2;

    @InjectFhirServer
    FhirStub fhir;

    private static final java.util.concurrent.atomic.AtomicInteger NEXT_DAY =
            new java.util.concurrent.atomic.AtomicInteger();

    private final ExecutorService callers = Executors.newFixedThreadPool(50);
    private String asOf;

    @BeforeEach
    void serve() {
        fhir.reset();
        fhir.serve(PRACTICE, PAGE_SIZE);
        // A distinct past asOf per test (never after today), so no test reuses another's cached evaluation.
        asOf = java.time.LocalDate.of(2024, 6, 1)
                .plusDays(NEXT_DAY.incrementAndGet())
                .toString();
    }

    @AfterEach
    void stop() {
        callers.shutdownNow();
    }

    private List<String> concurrentSummaries(int count) throws Exception {
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            calls.add(() -> given().queryParam("asOf", asOf)
                    .when()
                    .get(SUMMARY)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("evaluatedAt"));
        }
        List<String> evaluatedAt = new ArrayList<>();
        for (Future<String> f : callers.invokeAll(calls)) {
            evaluatedAt.add(f.get());
        }
        return evaluatedAt;
    }

    @Test
    void fiftyConcurrentSummariesCostOneEvaluation() throws Exception {
        // Slow the first request down so that all fifty callers arrive while the evaluation is in flight.
        fhir.server()
                .stubFor(get(urlPathEqualTo(FhirStub.BASE_PATH + "/Organization"))
                        .atPriority(1)
                        .withQueryParam("identifier", equalTo(FhirStub.odsTokens("K12345")))
                        .willReturn(FhirStub.fhir(fhir.pages(List.of(PRACTICE.organization()), PAGE_SIZE)
                                        .get(0))
                                .withFixedDelay(500)));

        List<String> evaluatedAt = concurrentSummaries(50);

        assertThat(Set.copyOf(evaluatedAt)).hasSize(1);
        assertThat(fhir.fhirRequests()).hasSize(ONE_EVALUATION);
        assertThat(fhir.fhirRequests())
                .filteredOn(r -> r.getUrl().contains("/Organization"))
                .hasSize(1);
    }

    @Test
    void aRepeatedSummaryComesFromCacheAndNoCacheForcesAFreshOne() {
        String first = given().queryParam("asOf", asOf)
                .when()
                .get(SUMMARY)
                .then()
                .statusCode(200)
                .extract()
                .path("evaluatedAt");
        String again = given().queryParam("asOf", asOf)
                .when()
                .get(SUMMARY)
                .then()
                .statusCode(200)
                .extract()
                .path("evaluatedAt");
        assertThat(again).isEqualTo(first);
        assertThat(fhir.fhirRequests()).hasSize(ONE_EVALUATION);

        // The test profile sets access.cache.min-refresh to 0 s; the 30 s default is ProbeLoadTest's.
        String forced = given().header("Cache-Control", "no-cache")
                .queryParam("asOf", asOf)
                .when()
                .get(SUMMARY)
                .then()
                .statusCode(200)
                .extract()
                .path("evaluatedAt");
        assertThat(forced).isNotEqualTo(first);
        assertThat(fhir.fhirRequests()).hasSize(2 * ONE_EVALUATION);
    }

    @Test
    void aFailedEvaluationIsNotCached() {
        fhir.server()
                .stubFor(get(urlPathEqualTo(FhirStub.BASE_PATH + "/Patient"))
                        .atPriority(1)
                        .withQueryParam("general-practitioner", equalTo("Organization/org-k"))
                        .willReturn(aResponse().withStatus(500)));
        given().queryParam("asOf", asOf).when().get(SUMMARY).then().statusCode(502);

        fhir.reset();
        fhir.serve(PRACTICE, PAGE_SIZE);
        given().queryParam("asOf", asOf).when().get(SUMMARY).then().statusCode(200);
        assertThat(fhir.fhirRequests()).hasSize(ONE_EVALUATION);
    }

    @Test
    void thePatientEndpointTakesOnlyTheBulkCodingDaysFromAFreshPracticeEvaluation() {
        given().queryParam("asOf", asOf).when().get(SUMMARY).then().statusCode(200);
        fhir.server().resetRequests();
        String nhs = PRACTICE.patient(1).getIdentifierFirstRep().getValue();

        given().queryParam("asOf", asOf)
                .when()
                .get("/api/v1/patients/" + nhs + "/access-recommendation")
                .then()
                .statusCode(200)
                .body("bulkCoded104", org.hamcrest.Matchers.equalTo(true))
                .body("evidence[0].deciding", org.hamcrest.Matchers.equalTo(true));

        // The Patient and the patient's own coded entries, read now; no Organization read, no count search.
        assertThat(fhir.fhirRequests().stream()
                        .map(r -> r.getUrl().split("\\?", -1)[0])
                        .collect(Collectors.toList()))
                .containsExactlyInAnyOrder(
                        FhirStub.BASE_PATH + "/Patient",
                        FhirStub.BASE_PATH + "/Observation",
                        FhirStub.BASE_PATH + "/Condition");
    }
}
