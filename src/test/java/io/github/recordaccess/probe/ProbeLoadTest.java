package io.github.recordaccess.probe;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.LogCapture;
import io.github.recordaccess.fixtures.PracticeFixture;
import io.github.recordaccess.fixtures.SecuredProfile;
import io.github.recordaccess.fixtures.TestTokens;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Probe finding 3: no reader can multiply the load on the FHIR server. */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
@TestProfile(SecuredProfile.class)
class ProbeLoadTest {

    /** Requests one evaluation of the standard practice costs (see PracticeApiTest). */
    static final int ONE_EVALUATION = 1 + 4 + PracticeFixture.CODE_SEARCHES + 1 + 2;

    @InjectFhirServer
    FhirStub fhir;

    private static final java.util.concurrent.atomic.AtomicInteger NEXT_DAY =
            new java.util.concurrent.atomic.AtomicInteger();

    private final ExecutorService callers = Executors.newFixedThreadPool(8);
    private String asOf;

    @BeforeEach
    void serve() {
        fhir.reset();
        fhir.serve(Probe.PRACTICE, PAGE_SIZE);
        // A day of its own per test, so that no test meets another's cached evaluation.
        asOf = LocalDate.of(2021, 1, 1).plusDays(NEXT_DAY.incrementAndGet()).toString();
    }

    @AfterEach
    void stop() {
        callers.shutdownNow();
    }

    @Test
    void concurrentForcedRefreshesJoinTheEvaluationInFlight() throws Exception {
        fhir.server()
                .stubFor(get(urlPathEqualTo(FhirStub.BASE_PATH + "/Organization"))
                        .atPriority(1)
                        .withQueryParam("identifier", equalTo(FhirStub.odsTokens(Probe.PRACTICE.odsCode())))
                        .willReturn(FhirStub.fhir(fhir.pages(List.of(Probe.PRACTICE.organization()), PAGE_SIZE)
                                        .get(0))
                                .withFixedDelay(700)));
        String token = TestTokens.reader();
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> given().auth()
                    .oauth2(token)
                    .header("Cache-Control", "no-cache")
                    .queryParam("asOf", asOf)
                    .when()
                    .get(Probe.SUMMARY)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("evaluatedAt"));
        }
        List<String> evaluatedAt = new ArrayList<>();
        for (Future<String> f : callers.invokeAll(calls)) {
            evaluatedAt.add(f.get());
        }

        assertThat(Set.copyOf(evaluatedAt)).hasSize(1);
        assertThat(fhir.fhirRequests()).hasSize(ONE_EVALUATION);
    }

    @Test
    void aForcedRefreshSoonAfterAnEvaluationGetsThatEvaluation() {
        String token = TestTokens.reader();
        String first = given().auth()
                .oauth2(token)
                .queryParam("asOf", asOf)
                .when()
                .get(Probe.SUMMARY)
                .then()
                .statusCode(200)
                .extract()
                .path("evaluatedAt");
        for (int i = 0; i < 5; i++) {
            given().auth()
                    .oauth2(token)
                    .header("Cache-Control", "no-cache")
                    .queryParam("asOf", asOf)
                    .when()
                    .get(Probe.SUMMARY)
                    .then()
                    .statusCode(200)
                    .body("evaluatedAt", org.hamcrest.Matchers.equalTo(first));
        }
        assertThat(fhir.fhirRequests()).hasSize(ONE_EVALUATION);
    }

    @Test
    void anUnknownPracticeIsRememberedAndLoggedOnceWithoutAStackTrace() {
        fhir.serveNoOtherOrganizations();
        List<String> unknown =
                IntStream.range(0, 40).mapToObj(i -> "UNK" + (1000 + i)).toList();
        String ods = String.join(",", unknown);
        String token = TestTokens.reader();
        try (LogCapture capture = LogCapture.install()) {
            for (int round = 0; round < 3; round++) {
                given().auth()
                        .oauth2(token)
                        .queryParam("ods", ods)
                        .header("Cache-Control", "no-cache")
                        .when()
                        .get("/api/v1/practices")
                        .then()
                        .statusCode(200)
                        .body(
                                "practices.status",
                                org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("ERROR")));
                given().auth()
                        .oauth2(token)
                        .when()
                        .get("/api/v1/practices/" + unknown.get(0) + "/summary")
                        .then()
                        .statusCode(404);
            }
            assertThat(capture.withStackTraces()).isEmpty();
            for (String code : unknown) {
                assertThat(capture.lines())
                        .filteredOn(line -> line.contains(code))
                        .hasSize(1);
            }
        }
        assertThat(fhir.fhirRequests()).hasSize(unknown.size());
    }

    @Test
    void theOverviewRefusesMoreThan250Practices() {
        String ods = String.join(
                ",", IntStream.range(0, 251).mapToObj(i -> "OVR" + (1000 + i)).toList());
        given().auth()
                .oauth2(TestTokens.reader())
                .queryParam("ods", ods)
                .when()
                .get("/api/v1/practices")
                .then()
                .statusCode(400)
                .contentType(Probe.PROBLEM_JSON)
                .body("detail", org.hamcrest.Matchers.containsString("250"));
        assertThat(fhir.fhirRequests()).isEmpty();
    }
}
