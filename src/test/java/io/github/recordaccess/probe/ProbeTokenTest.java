package io.github.recordaccess.probe;

import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.LogCapture;
import io.github.recordaccess.fixtures.SecuredProfile;
import io.github.recordaccess.fixtures.TestTokens;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Probe finding 2: malformed and stale tokens are a 401 problem on /api, and nothing at all on public paths. */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
@TestProfile(SecuredProfile.class)
class ProbeTokenTest {

    private static final List<String> PUBLIC_PATHS =
            List.of("/q/health/live", "/q/health/ready", "/q/health/started", "/q/health", "/q/openapi", "/q/metrics");

    @InjectFhirServer
    FhirStub fhir;

    @BeforeEach
    void serve() {
        fhir.reset();
        fhir.serve(Probe.PRACTICE, PAGE_SIZE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                ".",
                "..",
                "...",
                "a.b.c",
                "abc",
                "e30.e30.",
                "e30.e30.e30",
                "%%%",
                "..e30",
                "eyJhbGciOiJub25lIn0.e30."
            })
    void anUnparseableTokenIsA401ProblemWithNoStackTraceAndNoErrorLog(String token) {
        String nhs = Probe.nhsOf(0);
        try (LogCapture capture = LogCapture.install()) {
            given().header("Authorization", "Bearer " + token)
                    .when()
                    .get(Probe.patientPath(nhs))
                    .then()
                    .statusCode(401)
                    .contentType(Probe.PROBLEM_JSON)
                    .body("status", equalTo(401))
                    .body(not(containsString("stack")));

            assertThat(capture.errors()).isEmpty();
            assertThat(capture.withStackTraces()).isEmpty();
            assertThat(capture.lines())
                    .noneMatch(line -> Probe.ANY_NHS_NUMBER.matcher(line).find());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basic dXNlcjpwYXNz", "Digest username=\"x\"", "Bearer", "Bearer   ", "Token abc"})
    void otherSchemesAndEmptyBearersAre401ProblemsToo(String authorization) {
        given().header("Authorization", authorization)
                .when()
                .get(Probe.SUMMARY)
                .then()
                .statusCode(401)
                .contentType(Probe.PROBLEM_JSON)
                .header("WWW-Authenticate", "Bearer");
    }

    @ParameterizedTest
    @ValueSource(strings = {".", "...", "abc", "stale", "expired"})
    void publicPathsAnswerAsIfNoTokenWereSent(String kind) {
        String token = switch (kind) {
            case "stale" ->
                TestTokens.token(
                        TestTokens.ISSUER,
                        List.of(TestTokens.ROLE),
                        Instant.now().plusSeconds(300),
                        TestTokens.OTHER_KEYS);
            case "expired" ->
                TestTokens.token(
                        TestTokens.ISSUER,
                        List.of(TestTokens.ROLE),
                        Instant.now().minusSeconds(3600),
                        TestTokens.KEYS);
            default -> kind;
        };
        try (LogCapture capture = LogCapture.install()) {
            for (String path : PUBLIC_PATHS) {
                int without = given().when().get(path).then().extract().statusCode();
                given().header("Authorization", "Bearer " + token)
                        .when()
                        .get(path)
                        .then()
                        .statusCode(without);
                assertThat(without).as(path).isEqualTo(200);
            }
            assertThat(capture.errors()).isEmpty();
        }
    }
}
