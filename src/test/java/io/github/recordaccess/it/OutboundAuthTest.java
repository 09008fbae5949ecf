package io.github.recordaccess.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.LogCapture;
import io.github.recordaccess.fixtures.PracticeFixture;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** OAuth2 client credentials towards the FHIR server: fetched once, cached, refreshed once on a 401, never logged. */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
@TestProfile(OutboundAuthTest.ClientCredentials.class)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class OutboundAuthTest {

    public static class ClientCredentials implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "fhir.auth.type",
                    "client-credentials",
                    "fhir.auth.client-id",
                    "record-access",
                    "fhir.auth.client-secret",
                    "s3cret-value",
                    "fhir.auth.scope",
                    "system/*.read");
        }
    }

    static final PracticeFixture PRACTICE = PracticeFixture.standard("T12345", "org-t", 1200);
    static final String SUMMARY = "/api/v1/practices/T12345/summary";

    @InjectFhirServer
    FhirStub fhir;

    @BeforeEach
    void serve() {
        fhir.reset();
        fhir.serve(PRACTICE, PAGE_SIZE);
        String token = WireMockFhirResource.TOKEN_PATH;
        fhir.server()
                .stubFor(post(urlPathEqualTo(token))
                        .inScenario("tokens")
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willReturn(tokenResponse("tok-first"))
                        .willSetStateTo("second"));
        fhir.server()
                .stubFor(post(urlPathEqualTo(token))
                        .inScenario("tokens")
                        .whenScenarioStateIs("second")
                        .willReturn(tokenResponse("tok-second")));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder tokenResponse(String token) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void everyFhirRequestCarriesACachedToken() {
        List<String> lines;
        try (LogCapture capture = LogCapture.install()) {
            given().header("Cache-Control", "no-cache")
                    .queryParam("asOf", "2024-06-01")
                    .when()
                    .get(SUMMARY)
                    .then()
                    .statusCode(200);
            given().header("Cache-Control", "no-cache")
                    .queryParam("asOf", "2024-06-01")
                    .when()
                    .get(SUMMARY)
                    .then()
                    .statusCode(200);
            lines = capture.lines();
        }

        var tokenCalls = fhir.server().findAll(postRequestedFor(urlPathEqualTo(WireMockFhirResource.TOKEN_PATH)));
        assertThat(tokenCalls).hasSize(1);
        String form = tokenCalls.get(0).getBodyAsString();
        assertThat(form)
                .contains(
                        "grant_type=client_credentials",
                        "client_id=record-access",
                        "client_secret=s3cret-value",
                        "scope=system%2F*.read");
        assertThat(fhir.fhirRequests())
                .filteredOn(r -> !r.getUrl().startsWith(WireMockFhirResource.TOKEN_PATH))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer tok-first"));
        assertThat(lines).noneMatch(l -> l.contains("tok-first") || l.contains("s3cret-value"));
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void aRefusedTokenIsRefreshedOnceAndTheRequestRetried() {
        // The cached token (tok-first, from the test before) is now refused; the token endpoint's next answer is
        // tok-second.
        fhir.server().setScenarioState("tokens", "second");
        fhir.server()
                .stubFor(get(urlPathEqualTo(FhirStub.BASE_PATH + "/Organization"))
                        .atPriority(1)
                        .withHeader("Authorization", equalTo("Bearer tok-first"))
                        .willReturn(aResponse().withStatus(401)));

        given().header("Cache-Control", "no-cache")
                .queryParam("asOf", "2024-06-01")
                .when()
                .get(SUMMARY)
                .then()
                .statusCode(200);

        assertThat(fhir.server().findAll(postRequestedFor(urlPathEqualTo(WireMockFhirResource.TOKEN_PATH))))
                .hasSize(1);
        assertThat(fhir.fhirRequests())
                .filteredOn(r -> r.getUrl().contains("/Organization"))
                .extracting(r -> r.getHeader("Authorization"))
                .containsExactly("Bearer tok-first", "Bearer tok-second");
    }
}
