package io.github.recordaccess.probe;

import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.RawHttp;
import io.github.recordaccess.fixtures.SecuredProfile;
import io.github.recordaccess.fixtures.TestTokens;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Probe finding 7: every /api answer is uncacheable, unsniffable and a problem when it is an error; bodies are bounded. */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
@TestProfile(SecuredProfile.class)
class ProbeHeadersTest {

    @InjectFhirServer
    FhirStub fhir;

    @BeforeEach
    void serve() {
        fhir.reset();
        fhir.serve(Probe.PRACTICE, PAGE_SIZE);
    }

    @Test
    void everyApiAnswerIsNoStoreAndNoSniffAndEveryErrorIsAProblem() {
        String reader = TestTokens.reader();
        String noRole = TestTokens.token(
                TestTokens.ISSUER, List.of("something-else"), Instant.now().plusSeconds(300), TestTokens.KEYS);
        List<Response> answers = List.of(
                given().auth()
                        .oauth2(reader)
                        .queryParam("asOf", "2024-06-01")
                        .when()
                        .get(Probe.SUMMARY),
                given().auth()
                        .oauth2(reader)
                        .accept("text/csv")
                        .queryParam("asOf", "2024-06-01")
                        .when()
                        .get(Probe.LIST),
                given().auth()
                        .oauth2(reader)
                        .queryParam("asOf", "someday")
                        .when()
                        .get(Probe.SUMMARY),
                given().when().get(Probe.SUMMARY),
                given().auth().oauth2(noRole).when().get(Probe.SUMMARY),
                given().auth().oauth2(reader).when().get("/api/v1/nothing"),
                given().auth().oauth2(reader).when().get("/api/v2/practices"),
                given().auth().oauth2(reader).when().put(Probe.SUMMARY),
                given().auth().oauth2(reader).accept("text/html").when().get(Probe.SUMMARY));
        assertThat(answers)
                .extracting(Response::statusCode)
                .containsExactly(200, 200, 400, 401, 403, 404, 404, 405, 406);
        for (Response answer : answers) {
            assertThat(answer.header("Cache-Control"))
                    .as("Cache-Control of %s", answer.statusCode())
                    .isEqualTo("no-store");
            assertThat(answer.header("X-Content-Type-Options"))
                    .as("nosniff on %s", answer.statusCode())
                    .isEqualTo("nosniff");
            if (answer.statusCode() >= 400) {
                assertThat(answer.contentType())
                        .as("problem for %s", answer.statusCode())
                        .startsWith(Probe.PROBLEM_JSON);
                assertThat(answer.jsonPath().getInt("status")).isEqualTo(answer.statusCode());
            }
        }
    }

    @Test
    void aPathOutsideTheApiThatMatchesNothingIsAProblemToo() {
        given().when().get("/nothing/here").then().statusCode(404).contentType(Probe.PROBLEM_JSON);
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        String head = "POST " + Probe.SUMMARY
                + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 12000000";
        // Only the headers and 1 kB are sent: a server that waits for the 12 MB body would time out here.
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, head, new byte[1024], 5_000);
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).startsWith(Probe.PROBLEM_JSON);
        assertThat(answer.closed()).as("the connection is closed, not drained").isTrue();
    }

    @Test
    void aBodyJustOverSixtyFourKilobytesIsRefused() throws Exception {
        byte[] body = new byte[64 * 1024 + 1];
        String head =
                "POST " + Probe.SUMMARY + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: Bearer "
                        + TestTokens.reader() + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length;
        assertThat(RawHttp.send(RestAssured.port, head, body, 5_000).status()).isEqualTo(413);
    }

    @Test
    void tooLongUrisAndHeadersAreRefused() throws Exception {
        RawHttp.Answer uri = RawHttp.get(RestAssured.port, "/api/v1/practices/" + "A".repeat(20_000) + "/summary");
        assertThat(uri.status()).isEqualTo(414);
        RawHttp.Answer header = RawHttp.get(RestAssured.port, Probe.SUMMARY, "X-Filler: " + "b".repeat(40_000));
        assertThat(header.status()).isEqualTo(431);
        assertThat(new String(uri.body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .doesNotContain("AAAA");
    }

    @Test
    void aTokenWithoutTheRequiredAudienceIs401() {
        given().auth()
                .oauth2(TestTokens.readerWithoutAudience())
                .queryParam("asOf", "2024-06-01")
                .when()
                .get(Probe.SUMMARY)
                .then()
                .statusCode(401)
                .contentType(Probe.PROBLEM_JSON);
        given().auth()
                .oauth2(TestTokens.reader())
                .queryParam("asOf", "2024-06-01")
                .when()
                .get(Probe.SUMMARY)
                .then()
                .statusCode(200);
    }
}
