package io.github.recordaccess.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.demo.DemoPractices;
import io.github.recordaccess.fixtures.SecuredProfile;
import io.github.recordaccess.fixtures.SyntheticFhirResource;
import io.github.recordaccess.registry.PracticeRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Production sign-in for the pages: the authorization code flow against a local OIDC server (quarkus-test-oidc-server,
 * whose tokens carry the reader role in "groups"). A browser is played by an HTTP client that keeps cookies and follows
 * redirects; the API beside the pages still takes bearer tokens only. Signed in, the header names the person and offers
 * "Sign out", a form that posts the session's token and ends the session here (local sign-out, the default;
 * {@link PagesSignOutAtProviderTest} for the provider's end-session endpoint). A link, or another site's post, signs
 * nobody out.
 */
@QuarkusTest
@TestProfile(PagesSignInTest.SignIn.class)
@WithTestResource(SyntheticFhirResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class PagesSignInTest {

    /** Production security (SecuredProfile) with sign-in for the pages through the local OIDC server. */
    public static class SignIn extends SecuredProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(super.getConfigOverrides());
            config.put("quarkus.oidc.web.tenant-enabled", "true");
            config.put("quarkus.oidc.web.auth-server-url", "${keycloak.url}/realms/quarkus");
            config.put("quarkus.oidc.web.client-id", "record-access-pages");
            config.put("quarkus.oidc.web.credentials.secret", "a-secret-of-at-least-32-characters-for-the-cookies");
            config.put("quarkus.oidc.web.roles.role-claim-path", "groups");
            return config;
        }
    }

    private static final Pattern SIGN_OUT_TOKEN =
            Pattern.compile("<input type=\"hidden\" name=\"csrf-token\" value=\"([A-Za-z0-9_-]+)\">");

    @TestHTTPResource("/")
    URI root;

    @Inject
    PracticeRegistry registry;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    @BeforeEach
    void registerTheDemoPractices() {
        registry.replaceAll(DemoPractices.REGISTRY);
    }

    @Test
    void aPersonSignsInWithTheIdentityProviderAndComesBackToThePageTheyAskedFor() throws Exception {
        HttpResponse<String> login = get(root.resolve("/practices/DEMOEMIS"));
        assertThat(login.uri().getPath()).as("sent to the identity provider").isEqualTo("/auth/realms/quarkus");
        Map<String, String> query = query(login.uri());
        assertThat(query).containsEntry("response_type", "code").containsEntry("client_id", "record-access-pages");
        assertThat(query.get("redirect_uri")).isEqualTo(root.toString());

        // The person signs in: the provider sends them back with a code, which the service exchanges for tokens.
        HttpResponse<String> page = get(login.uri()
                .resolve("/login?state=" + encode(query.get("state")) + "&redirect_uri="
                        + encode(query.get("redirect_uri"))));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo("/practices/DEMOEMIS");
        assertThat(page.uri().getQuery())
                .as("no code or state left in the address")
                .isNull();
        assertThat(page.body()).contains("Demo EMIS Practice", "What the practice should do");

        // Signed in, the next page needs no trip to the provider.
        HttpResponse<String> overview = get(root);
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.uri()).isEqualTo(root);
        assertThat(overview.body()).contains("Practices");
    }

    @Test
    void theApiStillTakesBearerTokensOnlyNotTheSessionCookie() throws Exception {
        HttpResponse<String> login = get(root.resolve("/"));
        Map<String, String> query = query(login.uri());
        get(login.uri()
                .resolve("/login?state=" + encode(query.get("state")) + "&redirect_uri="
                        + encode(query.get("redirect_uri"))));

        HttpResponse<String> api = get(root.resolve("/api/v1/practices/DEMOEMIS/summary"));
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void theFrontEndNeedsNoSignIn() throws Exception {
        HttpResponse<String> css = get(root.resolve("/static/nhsuk/nhsuk-frontend.min.css"));
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.uri().getPath()).isEqualTo("/static/nhsuk/nhsuk-frontend.min.css");
    }

    @Test
    void aSignedInPersonSeesTheirNameAndASignOutFormOnEveryPage() throws Exception {
        HttpResponse<String> practice = signIn(browser, root.resolve("/practices/DEMOEMIS"));
        HttpResponse<String> missing = get(root.resolve("/patients/9990000018"));

        // The local OIDC server's ID token has preferred_username "alice" and no "name".
        for (HttpResponse<String> page : List.of(practice, get(root), missing)) {
            assertThat(page.body())
                    .as(page.uri().getPath())
                    .contains("<nav class=\"nhsuk-header__account\" aria-label=\"Account\">")
                    .contains("<span class=\"nhsuk-u-visually-hidden\">Signed in as </span>alice</li>")
                    .contains("<form class=\"nhsuk-header__account-form\" method=\"post\" action=\"/sign-out\">")
                    .contains("<button class=\"nhsuk-header__account-button\" type=\"submit\">Sign out</button>")
                    .doesNotContain("href=\"/sign-out\"");
            assertThat(signOutToken(page.body())).as(page.uri().getPath()).hasSizeGreaterThan(40);
        }
        assertThat(missing.statusCode()).as("an error page has the header too").isEqualTo(404);
    }

    @Test
    void signingOutEndsTheSessionSoTheNextPageGoesToTheIdentityProviderAgain() throws Exception {
        HttpResponse<String> page = signIn(browser, root.resolve("/"));
        assertThat(sessionCookies()).as("signed in").isNotEmpty();

        HttpResponse<String> signedOut = post(browser, root.resolve("/sign-out"), signOutToken(page.body()));

        assertThat(signedOut.statusCode()).isEqualTo(200);
        assertThat(signedOut.uri().getPath())
                .as("a page of the service, not the provider")
                .isEqualTo("/signed-out");
        assertThat(signedOut.body())
                .contains("You have signed out", "<a class=\"nhsuk-link\" href=\"/\">Sign in again</a>")
                .doesNotContain("action=\"/sign-out\"", "alice");
        assertThat(sessionCookies()).as("the session cookie is gone").isEmpty();

        HttpResponse<String> again = get(root.resolve("/practices/DEMOEMIS"));
        assertThat(again.uri().getPath()).as("sent to the identity provider").isEqualTo("/auth/realms/quarkus");
        assertThat(again.body()).doesNotContain("Demo EMIS Practice");
    }

    @Test
    void aLinkToSignOutSignsNobodyOutButShowsTheForm() throws Exception {
        signIn(browser, root.resolve("/"));

        HttpResponse<String> linked = get(root.resolve("/sign-out"));

        assertThat(linked.statusCode()).isEqualTo(200);
        assertThat(linked.uri().getPath()).isEqualTo("/sign-out");
        assertThat(linked.body())
                .contains("Sign out of the Record access service?", "<form method=\"post\" action=\"/sign-out\">");
        assertThat(sessionCookies()).as("still signed in").isNotEmpty();
        HttpResponse<String> next = get(root.resolve("/practices/DEMOEMIS"));
        assertThat(next.uri().getPath()).isEqualTo("/practices/DEMOEMIS");
        assertThat(next.body()).contains("Demo EMIS Practice");

        // The form it shows signs out.
        HttpResponse<String> signedOut = post(browser, root.resolve("/sign-out"), signOutToken(linked.body()));
        assertThat(signedOut.uri().getPath()).isEqualTo("/signed-out");
        assertThat(sessionCookies()).isEmpty();
    }

    @Test
    void aSignOutPostedByAnotherSiteSignsNobodyOut() throws Exception {
        signIn(browser, root.resolve("/"));
        // Another person's session, whose page's token another site might have got hold of.
        HttpClient other = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        String othersToken = signOutToken(signIn(other, root.resolve("/")).body());

        for (String token : new String[] {null, "", "forged", othersToken}) {
            HttpResponse<String> refused = post(browser, root.resolve("/sign-out"), token);

            assertThat(refused.statusCode()).as(token).isEqualTo(403);
            assertThat(refused.body()).as(token).contains("You have not been signed out", "nobody was signed out");
            assertThat(sessionCookies()).as(token).isNotEmpty();
        }
        HttpResponse<String> crossSite = browser.send(
                HttpRequest.newBuilder(root.resolve("/sign-out"))
                        .header("Content-Type", "text/plain")
                        .header("Origin", "https://elsewhere.example")
                        .POST(HttpRequest.BodyPublishers.ofString("csrf-token=" + othersToken))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(crossSite.statusCode())
                .as("a form of another type is not taken")
                .isEqualTo(415);

        HttpResponse<String> still = get(root.resolve("/practices/DEMOEMIS"));
        assertThat(still.uri().getPath()).as("still signed in").isEqualTo("/practices/DEMOEMIS");
        assertThat(still.body()).contains("Demo EMIS Practice");
    }

    @Test
    void theSignedOutPageNeedsNoSignInAndSigningOutWithoutASessionEndsThereToo() throws Exception {
        HttpResponse<String> signedOut = get(root.resolve("/sign-out"));

        assertThat(signedOut.statusCode()).isEqualTo(200);
        assertThat(signedOut.uri().getPath()).isEqualTo("/signed-out");
        assertThat(signedOut.body()).contains("You have signed out").doesNotContain("nhsuk-header__account");

        HttpResponse<String> posted = post(browser, root.resolve("/sign-out"), "anything");
        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(posted.uri().getPath()).isEqualTo("/signed-out");
    }

    private List<HttpCookie> sessionCookies() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().startsWith("q_session"))
                .toList();
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return send(browser, uri);
    }

    /** The sign-out form as a browser posts it, with {@code token} in its field (none when null). */
    static HttpResponse<String> post(HttpClient client, URI uri, String token)
            throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(uri)
                        .header("Accept", "text/html")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(token == null ? "" : "csrf-token=" + encode(token)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The token in a page's sign-out form. */
    static String signOutToken(String page) {
        Matcher token = SIGN_OUT_TOKEN.matcher(page);
        assertThat(token.find())
                .as("the page has a sign-out form with its token")
                .isTrue();
        return token.group(1);
    }

    static HttpResponse<String> send(HttpClient client, URI uri) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Asks for a page, signs in at the local OIDC server it is sent to, and comes back to the page. */
    static HttpResponse<String> signIn(HttpClient browser, URI page) throws IOException, InterruptedException {
        HttpResponse<String> login = send(browser, page);
        Map<String, String> query = query(login.uri());
        return send(
                browser,
                login.uri()
                        .resolve("/login?state=" + encode(query.get("state")) + "&redirect_uri="
                                + encode(query.get("redirect_uri"))));
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&", -1)) {
            String[] nameValue = pair.split("=", 2);
            parameters.put(
                    nameValue[0], nameValue.length > 1 ? URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8) : "");
        }
        return parameters;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
