package io.github.recordaccess.pages;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.recordaccess.pages.PagesSignInTest.post;
import static io.github.recordaccess.pages.PagesSignInTest.query;
import static io.github.recordaccess.pages.PagesSignInTest.send;
import static io.github.recordaccess.pages.PagesSignInTest.signIn;
import static io.github.recordaccess.pages.PagesSignInTest.signOutToken;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.github.recordaccess.fixtures.SyntheticFhirResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Sign-out with RP-initiated logout, for a provider that has an end-session endpoint (the local OIDC server advertises
 * one): with {@code access.pages.sign-out-at-provider=true}, the service's own sign-out form (a POST with the session's
 * token) removes the session cookie and then sends the person to the provider to end its session too, to come back to
 * /signed-out. quarkus-oidc's logout path is not used: it would sign out on any GET.
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
            config.put("access.pages.sign-out-at-provider", "true");
            return config;
        }
    }

    private static final String END_SESSION = "/auth/realms/quarkus/protocol/openid-connect/end-session";

    @TestHTTPResource("/")
    URI root;

    @OidcWireMock
    WireMockServer provider;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    /** The local OIDC server has no end-session page to follow to, so that redirect is read, not followed. */
    private final HttpClient oneStep =
            HttpClient.newBuilder().cookieHandler(cookies).build();

    @Test
    void signingOutGoesToTheProvidersEndSessionEndpointAndComesBackToTheSignedOutPage() throws Exception {
        String token = signOutToken(signIn(browser, root.resolve("/")).body());

        HttpResponse<String> signOut = post(oneStep, root.resolve("/sign-out"), token);

        assertThat(signOut.statusCode()).isEqualTo(303);
        URI endSession = URI.create(signOut.headers().firstValue("Location").orElseThrow());
        assertThat(endSession.getPath()).isEqualTo("/auth/realms/quarkus/protocol/openid-connect/end-session");
        Map<String, String> parameters = query(endSession);
        assertThat(parameters.get("id_token_hint")).isNotBlank();
        assertThat(parameters)
                .containsEntry("client_id", "record-access-pages")
                .containsEntry(
                        "post_logout_redirect_uri", root.resolve("/signed-out").toString());
        assertThat(cookies.getCookieStore().getCookies())
                .as("the session cookie is gone")
                .noneMatch(c -> c.getName().startsWith("q_session"));

        // The provider sends the person back to the page that says so, which needs no sign-in.
        HttpResponse<String> signedOut = send(browser, URI.create(parameters.get("post_logout_redirect_uri")));
        assertThat(signedOut.statusCode()).isEqualTo(200);
        assertThat(signedOut.uri().getPath()).isEqualTo("/signed-out");
        assertThat(signedOut.body()).contains("You have signed out").doesNotContain("action=\"/sign-out\"");

        HttpResponse<String> again = send(browser, root.resolve("/practices/DEMOEMIS"));
        assertThat(again.uri().getPath()).as("sent to the identity provider").isEqualTo("/auth/realms/quarkus");
    }

    @Test
    void aLinkToSignOutNeitherEndsTheSessionHereNorSendsThePersonToTheProvider() throws Exception {
        signIn(browser, root.resolve("/"));

        HttpResponse<String> linked = send(oneStep, root.resolve("/sign-out"));

        assertThat(linked.statusCode()).isEqualTo(200);
        assertThat(linked.headers().firstValue("Location")).isEmpty();
        assertThat(linked.body()).contains("Sign out of the Record access service?");
        assertThat(cookies.getCookieStore().getCookies())
                .anyMatch(c -> c.getName().startsWith("q_session"));

        HttpResponse<String> forged = post(oneStep, root.resolve("/sign-out"), "forged");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Location")).isEmpty();
        assertThat(cookies.getCookieStore().getCookies())
                .anyMatch(c -> c.getName().startsWith("q_session"));
    }

    @Test
    void inABrowserTheSignOutFormGoesOnToTheProviderAndBack() throws Exception {
        // The local OIDC server's end-session endpoint, as a provider's: it sends the person back where it is told.
        StubMapping endSession = provider.stubFor(get(urlPathEqualTo(END_SESSION))
                .willReturn(aResponse()
                        .withStatus(302)
                        .withHeader("Location", "{{request.query.post_logout_redirect_uri}}")
                        .withTransformers("response-template")));
        try (Browser browser = new Browser()) {
            var driver = browser.driver;
            driver.get(root + "practices/DEMOEMIS");
            driver.findElement(By.id("username")).sendKeys("alice");
            driver.findElement(By.id("password")).sendKeys("alice");
            driver.findElement(By.id("login")).click();
            browser.awaitAddress("the page asked for", (root + "practices/DEMOEMIS")::equals);
            browser.consoleMessages(); // the provider's page is not ours

            driver.findElement(By.cssSelector("form[action='/sign-out'] button[type=submit]"))
                    .click();

            // A form-action that did not admit the provider would stop the browser here, with a CSP report.
            browser.awaitAddress("the signed-out page", (root + "signed-out")::equals);
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains("You have signed out");
            assertThat(browser.consoleMessages()).isEmpty();
            assertThat(provider.findAll(getRequestedFor(urlPathEqualTo(END_SESSION))))
                    .singleElement()
                    .satisfies(r -> assertThat(r.queryParameter("id_token_hint").isPresent())
                            .isTrue());
        } finally {
            provider.removeStub(endSession);
        }
    }

    @Test
    void thePagesLetTheSignOutFormGoOnToTheProviderAndNowhereElse() throws Exception {
        URI provider = send(browser, root.resolve("/")).uri();
        String origin = provider.getScheme() + "://" + provider.getAuthority();

        // Browsers hold the form's redirect to form-action: the provider's origin is admitted, and only there.
        String policy = send(browser, root.resolve("/signed-out"))
                .headers()
                .firstValue("Content-Security-Policy")
                .orElseThrow();
        assertThat(policy)
                .contains("; form-action 'self' " + origin + "; ")
                .containsOnlyOnce(origin)
                .startsWith("default-src 'self'; script-src 'self';");
    }
}
