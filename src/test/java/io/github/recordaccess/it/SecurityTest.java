package io.github.recordaccess.it;

import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.PracticeFixture;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Production security: bearer JWTs verified with a configured public key; /api needs the reader role. */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
@TestProfile(SecuredProfile.class)
class SecurityTest {

    static final PracticeFixture PRACTICE = PracticeFixture.standard("S12345", "org-s", 900);
    static final String SUMMARY = "/api/v1/practices/S12345/summary";

    @InjectFhirServer
    FhirStub fhir;

    @BeforeEach
    void serve() {
        fhir.reset();
        fhir.serve(PRACTICE, PAGE_SIZE);
    }

    @Test
    void noTokenIs401() {
        given().when().get(SUMMARY).then().statusCode(401);
    }

    @Test
    void aBadSignatureIs401() {
        String forged = TestTokens.token(
                TestTokens.ISSUER, List.of(TestTokens.ROLE), Instant.now().plusSeconds(300), TestTokens.OTHER_KEYS);
        given().auth().oauth2(forged).when().get(SUMMARY).then().statusCode(401);
    }

    @Test
    void anExpiredTokenIs401() {
        String expired = TestTokens.token(
                TestTokens.ISSUER, List.of(TestTokens.ROLE), Instant.now().minusSeconds(3600), TestTokens.KEYS);
        given().auth().oauth2(expired).when().get(SUMMARY).then().statusCode(401);
    }

    @Test
    void aWrongIssuerIs401() {
        String stranger = TestTokens.token(
                "https://other-idp.example.test",
                List.of(TestTokens.ROLE),
                Instant.now().plusSeconds(300),
                TestTokens.KEYS);
        given().auth().oauth2(stranger).when().get(SUMMARY).then().statusCode(401);
    }

    @Test
    void aMissingRoleIs403() {
        String noRole = TestTokens.token(
                TestTokens.ISSUER, List.of("something-else"), Instant.now().plusSeconds(300), TestTokens.KEYS);
        given().auth().oauth2(noRole).when().get(SUMMARY).then().statusCode(403);
        org.assertj.core.api.Assertions.assertThat(fhir.fhirRequests()).isEmpty();
    }

    @Test
    void theRightRoleIs200() {
        given().auth()
                .oauth2(TestTokens.reader())
                .queryParam("asOf", "2024-06-01")
                .when()
                .get(SUMMARY)
                .then()
                .statusCode(200)
                .body("patients", equalTo(11));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/health/live", "/q/health/ready", "/q/openapi", "/q/metrics"})
    void healthOpenApiAndMetricsStayPublic(String path) {
        given().when().get(path).then().statusCode(200);
    }
}
