package io.github.recordaccess.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.fixtures.RawHttp;
import io.github.recordaccess.fixtures.SyntheticFhirResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * With the pages' sign-in on, the pages answer only for their configured host names (the tests allow loopback):
 * quarkus-oidc builds the sign-in redirect URI from the request's host, so a request naming another host gets a 421
 * problem and never a redirect. Plain sockets, because ordinary clients set Host themselves.
 */
@QuarkusTest
@TestProfile(PagesSignInTest.SignIn.class)
@WithTestResource(SyntheticFhirResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class PagesForeignHostTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "GET / HTTP/1.1|Host: attacker.example",
                "GET /practices/DEMOEMIS HTTP/1.1|Host: attacker.example:8443",
                "GET /?code=a-code&state=a-state HTTP/1.1|Host: attacker.example",
                "GET /practices.csv HTTP/1.1|Host: LOCALHOST.attacker.example",
                "GET /sign-out HTTP/1.1|Host: 127.0.0.2",
                "GET /signed-out HTTP/1.1|Host: attacker.example",
                "GET http://attacker.example/practices/DEMOEMIS HTTP/1.1|Host: attacker.example",
            })
    void aPageAskedForUnderAnotherHostIsA421ProblemNeverARedirect(String request) throws IOException {
        String[] lineAndHost = request.split("\\|", -1);
        RawHttp.Answer answer = RawHttp.send(
                RestAssured.port,
                lineAndHost[0] + "\r\n" + lineAndHost[1] + "\r\nAccept: text/html\r\nConnection: close",
                new byte[0],
                10_000);

        assertThat(answer.status()).isEqualTo(421);
        assertThat(answer.header("Location")).isNull();
        assertThat(answer.header("Content-Type")).startsWith("text/html");
        assertThat(answer.body()).contains("Page not found", "Error 421").doesNotContain("attacker", "/auth/realms");
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "127.0.0.1", "[::1]"})
    void underAnAllowedHostTheSignInRedirectNamesThatHost(String host) throws IOException {
        String authority = host + ":" + RestAssured.port;
        RawHttp.Answer answer = RawHttp.send(
                RestAssured.port,
                "GET /practices/DEMOEMIS HTTP/1.1\r\nHost: " + authority + "\r\nAccept: text/html\r\nConnection: close",
                new byte[0],
                10_000);

        assertThat(answer.status()).isEqualTo(302);
        URI provider = URI.create(answer.header("Location"));
        assertThat(provider.getPath()).isEqualTo("/auth/realms/quarkus");
        assertThat(URLDecoder.decode(provider.getRawQuery(), StandardCharsets.UTF_8))
                .contains("redirect_uri=http://" + authority + "/&");
    }

    @Test
    void anAbsoluteRequestLineNamingAnotherHostIsNotWhereTheRedirectGoes() throws IOException {
        RawHttp.Answer answer = RawHttp.send(
                RestAssured.port,
                "GET http://attacker.example/practices/DEMOEMIS HTTP/1.1\r\nHost: localhost:" + RestAssured.port
                        + "\r\nAccept: text/html\r\nConnection: close",
                new byte[0],
                10_000);

        // The redirect URI, like the check, follows the Host header, which names an allowed host.
        assertThat(answer.status()).isEqualTo(302);
        assertThat(URLDecoder.decode(URI.create(answer.header("Location")).getRawQuery(), StandardCharsets.UTF_8))
                .contains("redirect_uri=http://localhost:" + RestAssured.port + "/&")
                .doesNotContain("attacker");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/practices/DEMOEMIS/summary|401", "/q/health/live|200"})
    void theApiAndProbesAreNotPagesAndKeepTheirOwnAnswers(String pathAndStatus) throws IOException {
        String[] parts = pathAndStatus.split("\\|", -1);
        RawHttp.Answer answer = RawHttp.send(
                RestAssured.port,
                "GET " + parts[0] + " HTTP/1.1\r\nHost: 10.1.2.3:8080\r\nConnection: close",
                new byte[0],
                10_000);

        assertThat(answer.status()).isEqualTo(Integer.parseInt(parts[1]));
    }
}
