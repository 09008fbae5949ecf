package io.github.recordaccess.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.fixtures.SyntheticFhirResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A person who signs in but does not hold the reader role sees a 403 page, and no patient data. */
@QuarkusTest
@TestProfile(PagesSignInWithoutRoleTest.NoRole.class)
@WithTestResource(SyntheticFhirResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class PagesSignInWithoutRoleTest {

    /** The roles are read from a claim the provider's tokens do not have. */
    public static class NoRole extends PagesSignInTest.SignIn {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(super.getConfigOverrides());
            config.put("quarkus.oidc.web.roles.role-claim-path", "no_such_claim");
            return config;
        }
    }

    @TestHTTPResource("/")
    URI root;

    @Test
    void aSignedInPersonWithoutTheRoleIsRefused() throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        HttpResponse<String> login = browser.send(
                HttpRequest.newBuilder(root.resolve("/patients/9990001243"))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, String> query = new HashMap<>();
        for (String pair : login.uri().getRawQuery().split("&", -1)) {
            String[] nameValue = pair.split("=", 2);
            query.put(nameValue[0], URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
        }
        HttpResponse<String> page = browser.send(
                HttpRequest.newBuilder(login.uri()
                                .resolve("/login?state="
                                        + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8)
                                        + "&redirect_uri="
                                        + URLEncoder.encode(query.get("redirect_uri"), StandardCharsets.UTF_8)))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body())
                .doesNotContain("9990001243")
                .contains("role")
                .as("a way to sign in as someone else")
                .contains("href=\"/sign-out\">Sign out</a>");

        // The link shows the sign-out form (a link itself signs nobody out), and the form signs out.
        HttpResponse<String> form = PagesSignInTest.send(browser, root.resolve("/sign-out"));
        assertThat(form.statusCode()).isEqualTo(200);
        HttpResponse<String> signedOut =
                PagesSignInTest.post(browser, root.resolve("/sign-out"), PagesSignInTest.signOutToken(form.body()));
        assertThat(signedOut.uri().getPath()).isEqualTo("/signed-out");
        assertThat(signedOut.body()).contains("You have signed out");
    }
}
