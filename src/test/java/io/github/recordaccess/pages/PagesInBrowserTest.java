package io.github.recordaccess.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.demo.DemoHistorySeed;
import io.github.recordaccess.demo.DemoPractices;
import io.github.recordaccess.fixtures.SyntheticFhirResource;
import io.github.recordaccess.registry.PracticeRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A person's walk through the pages in a real browser (Chromium, headless): overview → practice → a checklist
 * worklist → a patient → a page that fails. On every page: no WCAG 2.2 A/AA violation that axe-core finds, no
 * console message (a CSP violation or a script error would be one), nothing loaded from elsewhere, and the
 * NHS.UK frontend's script ran. Screenshots go to target/screenshots.
 */
@QuarkusTest
@WithTestResource(SyntheticFhirResource.class)
class PagesInBrowserTest {

    static Browser browser;

    @TestHTTPResource("/")
    URL root;

    @Inject
    PracticeRegistry registry;

    @Inject
    DemoHistorySeed history;

    @BeforeAll
    static void startTheBrowser() throws Exception {
        browser = new Browser();
    }

    @AfterAll
    static void stopTheBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anIcbUserFollowsAPracticeToAPatientAndEveryPageIsAccessible() {
        registry.replaceAll(DemoPractices.REGISTRY);
        history.seedIfMissing();
        var driver = browser.driver;

        driver.get(root.toString());
        checkPage("01-overview", "Practices");
        assertThat(driver.findElements(By.cssSelector(".app-chart__line"))).hasSize(1);

        driver.findElement(By.linkText("Demo EMIS Practice")).click();
        checkPage("02-practice", "Demo EMIS Practice");
        assertThat(driver.findElements(By.cssSelector(".app-chart__line"))).hasSize(1);

        // The first checklist step (guidance or service step) with patients to see.
        driver.findElements(By.cssSelector(".nhsuk-list a[href*='#worklist']")).stream()
                .filter(link -> !link.getText().startsWith("0 "))
                .findFirst()
                .orElseThrow()
                .click();
        checkPage("03-worklist", "Demo EMIS Practice");
        assertThat(driver.getCurrentUrl()).contains("#worklist");

        driver.findElement(By.cssSelector("#worklist ~ table a[href^='/patients/']"))
                .click();
        checkPage("04-patient", "NHS number");
        assertThat(driver.findElements(By.cssSelector("table"))).isNotEmpty();

        driver.get(root + "patients/9990000018");
        checkPage("05-not-found", "Patient not found");
    }

    private void checkPage(String name, String heading) {
        var driver = browser.driver;
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains(heading);
        assertThat(driver.findElement(By.tagName("body")).getAttribute("class"))
                .as("the NHS.UK frontend's script ran (it marks the body)")
                .contains("js-enabled");
        assertThat(browser.loadedResources())
                .as("everything the page loaded came from the service")
                .allMatch(url -> url.startsWith(root.toString()));
        browser.screenshot(name);
        assertThat(browser.accessibilityViolations()).as("axe-core on %s", name).isEmpty();
        // The one message allowed: the status of an error page itself.
        String ownStatus = driver.getCurrentUrl() + " - Failed to load resource";
        assertThat(browser.consoleMessages().stream().filter(m -> !m.startsWith(ownStatus)))
                .as("console of %s", name)
                .isEmpty();
    }
}
