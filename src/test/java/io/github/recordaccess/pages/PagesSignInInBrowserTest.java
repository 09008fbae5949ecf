package io.github.recordaccess.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.demo.DemoPractices;
import io.github.recordaccess.fixtures.SyntheticFhirResource;
import io.github.recordaccess.registry.PracticeRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * Signing in and out in a real browser (Chromium, headless, as {@link PagesInBrowserTest}), against the local OIDC
 * server: the header of a signed-in page and the signed-out page have no WCAG 2.2 A/AA violation that axe-core finds,
 * no console message, and load nothing from elsewhere. Screenshots go to target/screenshots.
 */
@QuarkusTest
@TestProfile(PagesSignInTest.SignIn.class)
@WithTestResource(SyntheticFhirResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class PagesSignInInBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    PracticeRegistry registry;

    @Test
    void aPersonSignsInSeesTheirNameSignsOutAndEveryPageIsAccessible() throws Exception {
        registry.replaceAll(DemoPractices.REGISTRY);
        try (Browser browser = new Browser()) {
            var driver = browser.driver;

            driver.get(root + "practices/DEMOEMIS");
            // The local OIDC server's sign-in form: any name and password will do.
            driver.findElement(By.id("username")).sendKeys("alice");
            driver.findElement(By.id("password")).sendKeys("alice");
            driver.findElement(By.id("login")).click();
            browser.awaitAddress("the page asked for", (root + "practices/DEMOEMIS")::equals);
            browser.consoleMessages(); // the provider's page is not ours
            assertThat(driver.findElement(By.cssSelector(".nhsuk-header__account"))
                            .getText())
                    .contains("alice", "Sign out");
            check(browser, "09-signed-in", "Demo EMIS Practice");
            top(browser, "09-signed-in-top");

            // Sign-out is a form (a POST with the session's token), not a link.
            assertThat(driver.findElements(By.linkText("Sign out"))).isEmpty();
            driver.findElement(By.cssSelector("form[action='/sign-out'] button[type=submit]"))
                    .click();
            browser.awaitAddress("the signed-out page", (root + "signed-out")::equals);
            assertThat(driver.manage().getCookies())
                    .extracting(Cookie::getName)
                    .noneMatch(name -> name.startsWith("q_session"));
            assertThat(driver.findElements(By.cssSelector(".nhsuk-header__account")))
                    .isEmpty();
            check(browser, "10-signed-out", "You have signed out");
        }
    }

    /** The top of the page (header and heading) at half size, as the README shows it. */
    private static void top(Browser browser, String name) throws IOException {
        Map<String, Object> shot = browser.driver.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of("clip", Map.of("x", 0, "y", 0, "width", 1280, "height", 300, "scale", 0.5)));
        Files.createDirectories(Browser.SCREENSHOTS);
        Files.write(
                Browser.SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }

    private void check(Browser browser, String name, String heading) {
        var driver = browser.driver;
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains(heading);
        assertThat(driver.findElement(By.tagName("body")).getAttribute("class")).contains("js-enabled");
        assertThat(browser.loadedResources())
                .as("everything the page loaded came from the service")
                .allMatch(url -> url.startsWith(root.toString()));
        browser.screenshot(name);
        assertThat(browser.accessibilityViolations()).as("axe-core on %s", name).isEmpty();
        assertThat(browser.consoleMessages()).as("console of %s", name).isEmpty();
    }
}
