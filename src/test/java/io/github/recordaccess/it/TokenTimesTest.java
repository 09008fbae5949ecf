package io.github.recordaccess.it;

import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.recordaccess.fixtures.AuditEvents;
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
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bearer tokens whose times no identity provider of ours would give are refused like any bad token (401 problem and
 * an access-refused event): issued more than the clock skew (60 s) in the future, or valid for longer than a day from
 * now, such as a token for a hundred years.
 */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
@TestProfile(SecuredProfile.class)
class TokenTimesTest {

    static final PracticeFixture PRACTICE = PracticeFixture.standard("M12345", "org-m", 1700);
    static final String SUMMARY = "/api/v1/practices/M12345/summary";

    @InjectFhirServer
    FhirStub fhir;

    @BeforeEach
    void serve() {
        fhir.reset();
        fhir.serve(PRACTICE, PAGE_SIZE);
    }

    @Test
    void aTokenIssuedInTheFutureIsRefused() throws Exception {
        Instant now = Instant.now();
        refused(TestTokens.readerIssuedAt(now.plus(Duration.ofMinutes(5)), now.plus(Duration.ofMinutes(10))));
    }

    @Test
    void aTokenValidForAHundredYearsIsRefused() throws Exception {
        Instant now = Instant.now();
        refused(TestTokens.readerIssuedAt(now, now.plus(Duration.ofDays(36_525))));
    }

    @Test
    void aTokenValidForJustOverADayIsRefused() throws Exception {
        Instant now = Instant.now();
        refused(TestTokens.readerIssuedAt(now, now.plus(Duration.ofHours(24)).plus(Duration.ofMinutes(5))));
    }

    @Test
    void aTokenWithinTheClockSkewAndADayIsAccepted() {
        Instant now = Instant.now();
        for (String token : new String[] {
            TestTokens.readerIssuedAt(now.plusSeconds(30), now.plus(Duration.ofHours(1))),
            TestTokens.readerIssuedAt(now, now.plus(Duration.ofHours(23)))
        }) {
            given().auth()
                    .oauth2(token)
                    .queryParam("asOf", "2024-06-01")
                    .when()
                    .get(SUMMARY)
                    .then()
                    .statusCode(200)
                    .body("patients", equalTo(11));
        }
    }

    private void refused(String token) throws Exception {
        try (LogCapture capture = LogCapture.install()) {
            given().auth()
                    .oauth2(token)
                    .queryParam("asOf", "2024-06-01")
                    .when()
                    .get(SUMMARY)
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer")
                    .body("type", equalTo("/problems/unauthorized"));

            assertThat(AuditEvents.in(capture)).singleElement().satisfies((JsonNode e) -> {
                assertThat(e.get("type").asText()).isEqualTo("access-refused");
                assertThat(e.get("status").asInt()).isEqualTo(401);
                assertThat(e.get("path").asText()).isEqualTo("/api/v1/practices/{odsCode}/summary");
            });
            assertThat(capture.errors()).isEmpty();
        }
        assertThat(fhir.fhirRequests()).isEmpty();
    }
}
