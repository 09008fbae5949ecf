package io.github.recordaccess.pages;

import static io.github.recordaccess.pages.PagesSignInTest.query;
import static io.github.recordaccess.pages.PagesSignInTest.send;
import static io.github.recordaccess.pages.PagesSignInTest.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.fixtures.SyntheticFhirResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sign-out with RP-initiated logout, for a provider that has an end-session endpoint (the local OIDC server advertises
 * one): with {@code quarkus.oidc.web.logout.path=/sign-out}, quarkus-oidc removes the session cookie and sends the
 * person to the provider to end its session too, to come back to /signed-out.
 */
@QuarkusTest
@TestProfile(PagesSignOutAtProviderTest.AtProvider.class)
@WithTestResource(SyntheticFhirResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class PagesSignOutAtProviderTest {

    /** The pages' sign-in, with sign-out at the provider as well. */
    public static class AtProvider extends PagesSignInTest.SignIn {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(super.getConfigOverrides());
            config.put("quarkus.oidc.web.logout.path", "/sign-out");
            return config;
        }
    }

    @TestHTTPResource("/")
    URI root;

    @Test
    void signingOutGoesToTheProvidersEndSessionEndpointAndComesBackToTheSignedOutPage() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        HttpClient oneStep = HttpClient.newBuilder().cookieHandler(cookies).build();
        assertThat(signIn(browser, root.resolve("/")).body()).contains("href=\"/sign-out\"");

        // The local OIDC server has no end-session page to follow to, so the redirect is read, not followed.
        HttpResponse<String> signOut = send(oneStep, root.resolve("/sign-out"));

        assertThat(signOut.statusCode()).isEqualTo(302);
        URI endSession = URI.create(signOut.headers().firstValue("Location").orElseThrow());
        assertThat(endSession.getPath()).isEqualTo("/auth/realms/quarkus/protocol/openid-connect/end-session");
        Map<String, String> parameters = query(endSession);
        assertThat(parameters.get("id_token_hint")).isNotBlank();
        assertThat(parameters.get("state")).isNotBlank();
        assertThat(parameters)
                .containsEntry(
                        "post_logout_redirect_uri", root.resolve("/signed-out").toString());
        assertThat(cookies.getCookieStore().getCookies())
                .as("the session cookie is gone")
                .noneMatch(c -> c.getName().startsWith("q_session"));

        // The provider sends the person back to the page that says so, which needs no sign-in.
        HttpResponse<String> signedOut = send(
                browser, URI.create(parameters.get("post_logout_redirect_uri") + "?state=" + parameters.get("state")));
        assertThat(signedOut.statusCode()).isEqualTo(200);
        assertThat(signedOut.uri().getPath()).isEqualTo("/signed-out");
        assertThat(signedOut.body()).contains("You have signed out").doesNotContain("href=\"/sign-out\"");

        HttpResponse<String> again = send(browser, root.resolve("/practices/DEMOEMIS"));
        assertThat(again.uri().getPath()).as("sent to the identity provider").isEqualTo("/auth/realms/quarkus");
    }
}
