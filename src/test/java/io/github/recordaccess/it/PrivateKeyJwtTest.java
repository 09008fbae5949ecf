package io.github.recordaccess.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.PracticeFixture;
import io.github.recordaccess.fixtures.TestTokens;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Client credentials authenticated with a private-key JWT (RFC 7523) instead of a secret; RS256 stays an option. */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
@TestProfile(PrivateKeyJwtTest.PrivateKey.class)
class PrivateKeyJwtTest {

    public static class PrivateKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String pem = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder()
                            .encodeToString(TestTokens.KEYS.getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n";
            return Map.of(
                    "fhir.auth.type",
                    "client-credentials",
                    "fhir.auth.client-id",
                    "record-access",
                    "fhir.auth.private-key",
                    pem,
                    "fhir.auth.signature-algorithm",
                    "RS256");
        }
    }

    static final PracticeFixture PRACTICE = PracticeFixture.standard("J12345", "org-j", 1300);

    @InjectFhirServer
    FhirStub fhir;

    @Test
    void theTokenRequestCarriesASignedClientAssertionAndNoSecret() throws Exception {
        fhir.reset();
        fhir.serve(PRACTICE, PAGE_SIZE);
        fhir.server()
                .stubFor(post(urlPathEqualTo(WireMockFhirResource.TOKEN_PATH))
                        .willReturn(aResponse()
                                .withStatus(200)
                                .withHeader("Content-Type", "application/json")
                                .withBody("{\"access_token\":\"tok-jwt\",\"expires_in\":600}")));

        given().queryParam("asOf", "2024-06-01")
                .when()
                .get("/api/v1/practices/J12345/summary")
                .then()
                .statusCode(200);

        var call = fhir.server()
                .findAll(postRequestedFor(urlPathEqualTo(WireMockFhirResource.TOKEN_PATH)))
                .get(0);
        Map<String, String> form = new HashMap<>();
        for (String pair : call.getBodyAsString().split("&", -1)) {
            String[] kv = pair.split("=", 2);
            form.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        assertThat(form)
                .containsEntry("grant_type", "client_credentials")
                .containsEntry("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                .doesNotContainKey("client_secret");
        String[] jwt = form.get("client_assertion").split("\\.", -1);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(TestTokens.KEYS.getPublic());
        rsa.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rsa.verify(Base64.getUrlDecoder().decode(jwt[2]))).isTrue();
        JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(jwt[1]));
        assertThat(claims.get("iss").asText()).isEqualTo("record-access");
        assertThat(claims.get("sub").asText()).isEqualTo("record-access");
        assertThat(claims.get("aud").asText()).endsWith(WireMockFhirResource.TOKEN_PATH);
        assertThat(claims.get("exp").asLong()).isGreaterThan(claims.get("iat").asLong());
        assertThat(fhir.fhirRequests())
                .filteredOn(r -> r.getUrl().startsWith(FhirStub.BASE_PATH))
                .allSatisfy(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer tok-jwt"));
    }
}
