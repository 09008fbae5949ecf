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
import io.github.recordaccess.fixtures.LogCapture;
import io.github.recordaccess.fixtures.PracticeFixture;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * SMART Backend Services client authentication: the token request carries a client assertion signed
 * with the configured algorithm and key id, which verifies with the public key the token endpoint
 * would hold, and neither the assertion nor the access token reaches the log.
 */
abstract class ClientAssertionContract {

    static final String CLIENT_ID = "record-access";
    static final String KEY_ID = "record-access-2025-01";
    static final PracticeFixture PRACTICE = PracticeFixture.standard("K12345", "org-k", 1500);

    @InjectFhirServer
    FhirStub fhir;

    /** The JWS algorithm the profile configures. */
    abstract String algorithm();

    /** The JCA signature that verifies it (JWS ECDSA signatures are R || S, the P1363 format). */
    abstract String jcaSignature();

    abstract KeyPair keys();

    static Map<String, String> profile(String algorithm, KeyPair keys) {
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        return Map.of(
                "fhir.auth.type",
                "client-credentials",
                "fhir.auth.client-id",
                CLIENT_ID,
                "fhir.auth.private-key",
                pem,
                "fhir.auth.signature-algorithm",
                algorithm,
                "fhir.auth.key-id",
                KEY_ID,
                "fhir.auth.scope",
                "system/Patient.rs system/Observation.rs");
    }

    static KeyPair generate(String algorithm) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm.startsWith("ES") ? "EC" : "RSA");
            if (algorithm.startsWith("ES")) {
                generator.initialize(new ECGenParameterSpec("secp384r1"));
            } else {
                generator.initialize(2048);
            }
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theTokenRequestCarriesAnAssertionWithTheKeyIdThatVerifiesWithThePublicKey() throws Exception {
        fhir.reset();
        fhir.serve(PRACTICE, PAGE_SIZE);
        fhir.server()
                .stubFor(
                        post(urlPathEqualTo(WireMockFhirResource.TOKEN_PATH))
                                .willReturn(
                                        aResponse()
                                                .withStatus(200)
                                                .withHeader("Content-Type", "application/json")
                                                .withBody(
                                                        "{\"access_token\":\"tok-smart\",\"token_type\":\"bearer\",\"expires_in\":300}")));

        List<String> lines;
        try (LogCapture capture = LogCapture.install()) {
            given().header("Cache-Control", "no-cache")
                    .queryParam("asOf", "2024-06-01")
                    .when()
                    .get("/api/v1/practices/K12345/summary")
                    .then()
                    .statusCode(200);
            lines = capture.lines();
        }

        var calls = fhir.server().findAll(postRequestedFor(urlPathEqualTo(WireMockFhirResource.TOKEN_PATH)));
        assertThat(calls).hasSize(1);
        Map<String, String> form = form(calls.get(0).getBodyAsString());
        assertThat(form)
                .containsEntry("grant_type", "client_credentials")
                .containsEntry("scope", "system/Patient.rs system/Observation.rs")
                .containsEntry("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                .doesNotContainKey("client_secret");
        String assertion = form.get("client_assertion");
        String[] jwt = assertion.split("\\.");
        assertThat(jwt).hasSize(3);

        JsonNode header = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(jwt[0]));
        assertThat(header.get("alg").asText()).isEqualTo(algorithm());
        assertThat(header.get("kid").asText()).isEqualTo(KEY_ID);
        assertThat(header.get("typ").asText()).isEqualTo("JWT");

        Signature signature = Signature.getInstance(jcaSignature());
        signature.initVerify(keys().getPublic());
        signature.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(signature.verify(Base64.getUrlDecoder().decode(jwt[2])))
                .as("signature verifies with the public key")
                .isTrue();

        JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(jwt[1]));
        assertThat(claims.get("iss").asText()).isEqualTo(CLIENT_ID);
        assertThat(claims.get("sub").asText()).isEqualTo(CLIENT_ID);
        assertThat(claims.get("aud").asText())
                .isEqualTo(ConfigProvider.getConfig().getValue("fhir.auth.token-url", String.class));
        assertThat(claims.get("jti").asText()).isNotBlank();
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong())
                .isPositive()
                .isLessThanOrEqualTo(300);

        assertThat(fhir.fhirRequests())
                .filteredOn(r -> r.getUrl().startsWith(FhirStub.BASE_PATH))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer tok-smart"));
        assertThat(lines).noneMatch(l -> l.contains("tok-smart") || l.contains(jwt[2]));
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&", -1)) {
            String[] kv = pair.split("=", 2);
            form.put(
                    URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return form;
    }
}
