package io.github.recordaccess.pages;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.github.recordaccess.pages.PagesSignInTest.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.github.recordaccess.fixtures.AuditEvents;
import io.github.recordaccess.fixtures.LogCapture;
import io.github.recordaccess.fixtures.SyntheticFhirResource;
import io.github.recordaccess.fixtures.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.jwt.build.Jwt;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The pages' ID tokens get the same time checks as the API's bearer tokens: one issued in the future (beyond the
 * clock skew, 60 s) or valid for longer than a day from now is refused, and the sign-in ends in a 401 page with an
 * access-refused event, not a session. The local OIDC server is made to issue such tokens from its token endpoint.
 */
@QuarkusTest
@TestProfile(PagesSignInTest.SignIn.class)
@WithTestResource(SyntheticFhirResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class PagesSignInTokenTimesTest {

    @TestHTTPResource("/")
    URI root;

    @OidcWireMock
    WireMockServer provider;

    private StubMapping issued;

    @AfterEach
    void issueOrdinaryTokensAgain() {
        if (issued != null) {
            provider.removeStub(issued);
        }
    }

    @Test
    void anIdTokenIssuedInTheFutureIsRefused() throws Exception {
        Instant now = Instant.now();
        refused(issue(now.plus(Duration.ofMinutes(10)), now.plus(Duration.ofHours(1))));
    }

    @Test
    void anIdTokenValidForAHundredYearsIsRefused() throws Exception {
        Instant now = Instant.now();
        refused(issue(now, now.plus(Duration.ofDays(36_525))));
    }

    @Test
    void anIdTokenWithinTheClockSkewAndADaySignsIn() throws Exception {
        Instant now = Instant.now();
        issue(now.plusSeconds(30), now.plus(Duration.ofHours(23)));

        HttpResponse<String> page = signIn(browser(), root.resolve("/practices/DEMOEMIS"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo("/practices/DEMOEMIS");
    }

    private void refused(String idToken) throws Exception {
        HttpClient browser = browser();
        try (LogCapture capture = LogCapture.install()) {
            HttpResponse<String> page = signIn(browser, root.resolve("/practices/DEMOEMIS"));

            assertThat(page.statusCode()).isEqualTo(401);
            assertThat(page.body())
                    .contains("The sign-in could not be completed")
                    .doesNotContain("Demo EMIS Practice");
            List<JsonNode> events = AuditEvents.in(capture);
            assertThat(events).anySatisfy(e -> {
                assertThat(e.get("type").asText()).isEqualTo("access-refused");
                assertThat(e.get("status").asInt()).isEqualTo(401);
            });
            assertThat(capture.lines()).noneMatch(line -> line.contains(idToken));
        }
        HttpResponse<String> again = PagesSignInTest.send(browser, root.resolve("/practices/DEMOEMIS"));
        assertThat(again.uri().getPath()).as("no session: back to the provider").isEqualTo("/auth/realms/quarkus");
    }

    /** Has the local OIDC server answer the code flow with an ID token of these times; returns the ID token. */
    private String issue(Instant issuedAt, Instant expiresAt) {
        String idToken = Jwt.preferredUserName("alice")
                .groups(Set.of(TestTokens.ROLE))
                .issuer("https://server.example.com")
                .audience(Set.of("record-access-pages"))
                .subject("123456")
                .claim("typ", "ID")
                .issuedAt(issuedAt)
                .expiresAt(expiresAt)
                .jws()
                .keyId("1")
                .sign("privateKey.jwk");
        String accessToken = OidcWiremockTestResource.getAccessToken("alice", Set.of(TestTokens.ROLE));
        issued = provider.stubFor(post("/auth/realms/quarkus/token")
                .atPriority(1)
                .withRequestBody(containing("authorization_code"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\",\"id_token\":\""
                                + idToken + "\",\"expires_in\":300}")));
        return idToken;
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }
}
