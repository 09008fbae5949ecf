package io.github.recordaccess.it;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
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
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deadlines, not only timeouts: a server that trickles bytes is cut off once a whole page has taken
 * fhir.read-timeout (2 s here), and a practice whose pages each arrive in time but add up past
 * fhir.evaluation-deadline (3 s here) fails as a whole; neither is ever a partial practice.
 */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
@TestProfile(SlowServerTest.ShortEvaluationDeadline.class)
class SlowServerTest {

    public static class ShortEvaluationDeadline implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fhir.evaluation-deadline", "3s");
        }
    }

    static final PracticeFixture PRACTICE = largerPractice();
    /** A healthy practice, evaluated first so that a cold application does not count in the timings. */
    static final PracticeFixture WARM_UP = PracticeFixture.standard("N33333", "org-n3", 2370);

    static final String AS_OF = PracticeFixture.AS_OF.toString();

    /** The standard eleven and twenty more: eleven cohort pages. */
    private static PracticeFixture largerPractice() {
        PracticeFixture practice = PracticeFixture.standard("N22222", "org-n", 2300);
        for (int i = 0; i < 20; i++) {
            practice.patient(
                    "org-n-extra-" + i, io.github.recordaccess.fixtures.FhirFixtures.nhsNumber(2320 + i), "1980-01-01");
        }
        return practice;
    }

    @InjectFhirServer
    FhirStub fhir;

    @BeforeEach
    void serve() {
        fhir.reset();
        fhir.serve(PRACTICE, PAGE_SIZE);
        fhir.serve(WARM_UP, PAGE_SIZE);
        given().queryParam("asOf", AS_OF)
                .header("Cache-Control", "no-cache")
                .get("/api/v1/practices/N33333/summary")
                .then()
                .statusCode(200);
    }

    private static long summaryFailsWith503Within(long millis, String detail) {
        long start = System.nanoTime();
        PracticeAnswers.freshSummary("N22222", AS_OF)
                .statusCode(503)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("/problems/fhir-unavailable"))
                .body("detail", containsString(detail));
        long took = (System.nanoTime() - start) / 1_000_000;
        assertThat(took).isLessThan(millis);
        return took;
    }

    @Test
    void aServerThatTricklesOneChunkASecondIsCutOffAtTheReadTimeout() {
        // 30 chunks over 30 s: never 2 s of silence, so a socket timeout alone would wait the whole 30 s.
        Bundle first = fhir.pages(PRACTICE.patients(), PAGE_SIZE).get(0);
        fhir.server()
                .stubFor(get(urlPathEqualTo(FhirStub.BASE_PATH + "/Patient"))
                        .withQueryParam("general-practitioner", equalTo("Organization/org-n"))
                        .atPriority(1)
                        .willReturn(FhirStub.fhir(first).withChunkedDribbleDelay(30, 30_000)));

        summaryFailsWith503Within(10_000, "did not arrive whole within 2 s");
        PracticeAnswers.neverProvisioned(
                "N22222", AS_OF, PRACTICE.patient(10).getIdentifierFirstRep().getValue());
    }

    @Test
    void pagesThatEachArriveInTimeButTogetherTakeTooLongFailThePractice() {
        // Eleven cohort pages of 1.2 s each: every page beats the read timeout, the practice misses its deadline.
        List<Bundle> pages = fhir.pages(PRACTICE.patients(), PAGE_SIZE);
        for (int i = 0; i < pages.size(); i++) {
            fhir.server()
                    .stubFor((i == 0
                                    ? get(urlPathEqualTo(FhirStub.BASE_PATH + "/Patient"))
                                            .withQueryParam("general-practitioner", equalTo("Organization/org-n"))
                                    : get(urlPathEqualTo(FhirStub.BASE_PATH))
                                            .withQueryParam(
                                                    "_getpages",
                                                    equalTo(pages.get(i).getId()))
                                            .withQueryParam("_getpagesoffset", equalTo(Integer.toString(i))))
                            .atPriority(1)
                            .willReturn(FhirStub.fhir(pages.get(i)).withFixedDelay(1_200)));
        }

        long took = summaryFailsWith503Within(8_000, "fhir.evaluation-deadline");
        assertThat(took).isGreaterThanOrEqualTo(2_900);
    }
}
