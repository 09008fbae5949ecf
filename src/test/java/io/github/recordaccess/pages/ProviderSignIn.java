package io.github.recordaccess.pages;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Signs a person in to the pages at the local OIDC server (quarkus-test-oidc-server) with an ID token of the test's
 * choosing, and, where given, the userinfo the provider answers for their access token (as CIS2 gives
 * {@code nhsid_nrbac_roles}). The token endpoint is made to answer the next code exchange only; the userinfo answer
 * stays until {@link #close()}, since the service may ask for it again.
 */
final class ProviderSignIn implements AutoCloseable {

    static final String TOKEN_PATH = "/auth/realms/quarkus/token";
    /** What a browser accepts when it follows a link. */
    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    /** Where the local OIDC server's discovery document says userinfo is. */
    static final String USERINFO_PATH = "/auth/realms/quarkus/protocol/openid-connect/userinfo";

    private final WireMockServer provider;
    private final URI root;
    private final List<StubMapping> userInfos = new ArrayList<>();

    ProviderSignIn(WireMockServer provider, URI root) {
        this.provider = provider;
        this.root = root;
    }

    /** A signed-in browser: its cookies, shared by a client that follows redirects and one that does not. */
    record Session(HttpClient following, HttpClient notFollowing) {

        /** A GET as a browser sends it: a page or a download (CSV) are both acceptable. */
        HttpResponse<String> get(URI uri, boolean follow) throws IOException, InterruptedException {
            return (follow ? following : notFollowing)
                    .send(
                            HttpRequest.newBuilder(uri)
                                    .header("Accept", BROWSER_ACCEPT)
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        }

        /** A form post as the sign-out form sends it, but without the form's token. */
        HttpResponse<String> post(URI uri, boolean follow) throws IOException, InterruptedException {
            return PagesSignInTest.post(follow ? following : notFollowing, uri, null);
        }

        static Session signedOut() {
            CookieManager cookies = new CookieManager();
            return new Session(client(cookies, HttpClient.Redirect.NORMAL), client(cookies, HttpClient.Redirect.NEVER));
        }
    }

    /**
     * Signs {@code user} in, starting from {@code entry}: the ID token carries {@code claims} (beside issuer, audience,
     * subject {@code user}, {@code preferred_username} and times); {@code userInfo}, when not null, is the JSON the
     * userinfo endpoint answers for this person's access token. Answers the session and the page the sign-in ended on.
     */
    SignedIn signIn(String user, Map<String, Object> claims, String userInfo, String entry)
            throws IOException, InterruptedException {
        Session session = Session.signedOut();
        String accessToken = OidcWiremockTestResource.getAccessToken(user, Set.of());
        if (userInfo != null) {
            userInfos.add(provider.stubFor(any(urlPathEqualTo(USERINFO_PATH))
                    .atPriority(1)
                    .withHeader("Authorization", equalTo("Bearer " + accessToken))
                    .willReturn(aResponse()
                            .withHeader("Content-Type", "application/json")
                            .withBody(userInfo))));
        }
        StubMapping tokens = provider.stubFor(post(TOKEN_PATH)
                .atPriority(1)
                .withRequestBody(containing("authorization_code"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\",\"id_token\":\""
                                + idToken(user, claims) + "\",\"expires_in\":3600}")));
        try {
            return new SignedIn(session, PagesSignInTest.signIn(session.following(), root.resolve(entry)));
        } finally {
            provider.removeStub(tokens);
        }
    }

    record SignedIn(Session session, HttpResponse<String> landing) {}

    @Override
    public void close() {
        userInfos.forEach(provider::removeStub);
        userInfos.clear();
    }

    private static String idToken(String user, Map<String, Object> claims) {
        Instant now = Instant.now();
        JwtClaimsBuilder token = Jwt.preferredUserName(user)
                .issuer("https://server.example.com")
                .audience(Set.of("record-access-pages"))
                .subject(user)
                .claim("typ", "ID");
        claims.forEach(token::claim);
        return token.issuedAt(now)
                .expiresAt(now.plus(Duration.ofHours(1)))
                .jws()
                .keyId("1")
                .sign("privateKey.jwk");
    }

    private static HttpClient client(CookieManager cookies, HttpClient.Redirect redirect) {
        return HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(redirect)
                .build();
    }
}
