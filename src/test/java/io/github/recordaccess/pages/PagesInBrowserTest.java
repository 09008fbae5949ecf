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
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A person's walk through the pages in a real browser (Chromium, headless): overview (sorted by a heading) → practice
 * → a checklist link → its worklist → the worklist's CSV download → a patient; then the search form, wrong and right,
 * and a page that fails. On every page: no WCAG 2.2 A/AA violation that axe-core finds, no console message (a CSP
 * violation or a script error would be one), nothing loaded from elsewhere, and the NHS.UK frontend's script ran.
 * Screenshots go to target/screenshots.
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
    void anIcbUserFollowsAPracticeToItsWorklistItsCsvAndAPatientAndEveryPageIsAccessible() throws Exception {
        registry.replaceAll(DemoPractices.REGISTRY);
        history.seedIfMissing();
        var driver = browser.driver;
        actAs(null);

        driver.get(root.toString());
        checkPage("01-overview", "Practices");
        assertThat(driver.findElements(By.cssSelector(".app-chart__line")))
                .as("the ICB trend")
                .hasSize(1);
        assertThat(driver.findElements(By.cssSelector("svg.app-sparkline")))
                .as("a trend line per practice")
                .hasSize(2)
                .allSatisfy(line -> assertThat(line.getAttribute("aria-label")).startsWith("Excluded "));

        // Sorting by practice name, A to Z, then Z to A: a person sees the rows change order.
        driver.findElement(By.partialLinkText("Practice")).click();
        browser.awaitAddress("the overview by practice, A to Z", url -> url.contains("sort=practice&order=asc"));
        assertThat(practiceNames()).containsExactly("Demo EMIS Practice", "Demo TPP Practice");
        assertThat(driver.findElement(By.cssSelector("th[aria-sort]")).getText())
                .startsWith("Practice");
        driver.findElement(By.partialLinkText("Practice")).click();
        browser.awaitAddress("the overview by practice, Z to A", url -> url.contains("sort=practice&order=desc"));
        assertThat(practiceNames()).containsExactly("Demo TPP Practice", "Demo EMIS Practice");
        checkPage("02-overview-sorted", "Practices");

        driver.findElement(By.linkText("Demo EMIS Practice")).click();
        browser.awaitAddress("the practice", url -> url.contains("/practices/DEMOEMIS?"));
        checkPage("03-practice", "Demo EMIS Practice");
        assertThat(driver.findElements(By.cssSelector(".app-chart__line")))
                .as("excluded % and active 104s")
                .hasSize(2);
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Bulk-coding days", "What the practice should do", "Evaluated ");

        // The first checklist step (guidance or service step) with patients to see.
        WebElement step = driver.findElements(By.cssSelector(".nhsuk-list a[href*='#worklist']")).stream()
                .filter(link -> !link.getText().startsWith("0 "))
                .findFirst()
                .orElseThrow();
        int stepPatients = Integer.parseInt(step.getText().split(" ", -1)[0]);
        step.click();
        browser.awaitAddress("the step's worklist", url -> url.endsWith("#worklist"));
        checkPage("04-worklist", "Demo EMIS Practice");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .containsPattern("\\n[A-Z][^\\n]*: " + stepPatients + " patients match\\. Show every patient");

        driver.findElement(By.partialLinkText("Download CSV")).click();
        List<String> csv = Files.readAllLines(browser.downloaded(
                "DEMOEMIS-access-recommendations-" + LocalDate.now(java.time.ZoneId.of("Europe/London")) + ".csv"));
        assertThat(csv.get(0)).startsWith("nhs_number,patient_id,practice_ods_code,as_of,recommendation");
        assertThat(csv).as("a header and every patient of the step").hasSize(stepPatients + 1);

        WebElement patient = driver.findElement(By.cssSelector("#worklist ~ table a[href^='/patients/']"));
        String nhsNumber = patient.getText();
        assertThat(csv.get(1)).startsWith(nhsNumber + ",");
        patient.click();
        browser.awaitAddress("the patient", url -> url.contains("/patients/" + nhsNumber));
        checkPage("05-patient", "NHS number");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains(nhsNumber);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Evidence", "Evaluated ");

        // The search form: a mistyped number is explained; a number with spaces finds the patient.
        driver.get(root.toString());
        search("999 000 124");
        browser.awaitAddress("the search", url -> url.contains("/patients?"));
        checkPage("06-search-error", "Find a patient");
        assertThat(driver.findElement(By.cssSelector(".nhsuk-error-summary")).getText())
                .contains("NHS number must be 10 digits");
        assertThat(driver.findElement(By.id("nhs-number")).getAttribute("value"))
                .isEqualTo("999 000 124");
        search(nhsNumber.substring(0, 3) + " " + nhsNumber.substring(3, 6) + " " + nhsNumber.substring(6));
        browser.awaitAddress("the patient found", url -> url.contains("/patients/" + nhsNumber));
        checkPage("07-patient-found", "NHS number");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains(nhsNumber);

        driver.get(root + "patients/9990000018");
        checkPage("08-not-found", "Patient not found");
    }

    @Test
    void aPracticesStaffLandOnTheirPracticeFollowAWorklistToAPatientAndAreKeptOutOfAnother() throws Exception {
        registry.replaceAll(DemoPractices.REGISTRY);
        history.seedIfMissing();
        var driver = browser.driver;
        actAs("demoemis_staff");

        browser.awaitAddress("their own practice", url -> url.contains("/practices/DEMOEMIS"));
        checkPage("11-practice-staff", "Demo EMIS Practice");
        WebElement step = driver.findElements(By.cssSelector(".nhsuk-list a[href*='#worklist']")).stream()
                .filter(link -> !link.getText().startsWith("0 "))
                .findFirst()
                .orElseThrow();
        step.click();
        browser.awaitAddress("the step's worklist", url -> url.endsWith("#worklist"));
        WebElement patient = driver.findElement(By.cssSelector("#worklist ~ table a[href^='/patients/']"));
        String nhsNumber = patient.getText();
        patient.click();
        browser.awaitAddress("their patient", url -> url.contains("/patients/" + nhsNumber));
        checkPage("12-practice-staff-patient", "NHS number");

        driver.get(root + "practices/DEMOTPP");
        checkPage("13-practice-staff-other-practice", "Outside your organisation");
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("Demo TPP Practice");
        actAs(null);
    }

    @Test
    void anIcbAnalystWithFiguresOnlySeesEveryPracticesFiguresAndNoPatient() throws Exception {
        registry.replaceAll(DemoPractices.REGISTRY);
        history.seedIfMissing();
        var driver = browser.driver;
        actAs("icb");

        checkPage("21-icb-overview", "Practices");
        assertThat(practiceNames()).hasSize(2);
        assertThat(driver.findElements(By.id("nhs-number")))
                .as("no patient search")
                .isEmpty();
        driver.findElement(By.linkText("Demo TPP Practice")).click();
        browser.awaitAddress("a practice", url -> url.contains("/practices/DEMOTPP"));
        checkPage("22-icb-practice", "Demo TPP Practice");
        String main = driver.findElement(By.tagName("main")).getText();
        assertThat(main)
                .contains("Patients by recommendation", "What the practice should do", "figures only")
                .doesNotContainPattern("(?<!\\d)999 ?\\d{3} ?\\d{4}(?!\\d)");
        assertThat(driver.findElements(
                        By.cssSelector("a[href*='#worklist'], a[href*='patients.csv'], a[href^='/patients/']")))
                .as("no link to a worklist, a download or a patient")
                .isEmpty();
        actAs(null);
    }

    /** Chooses a persona on dev mode's personas page (null: nobody in particular), as a person would. */
    private void actAs(String persona) {
        var driver = browser.driver;
        driver.get(root + "dev/personas");
        driver.findElement(By.cssSelector("label[for='persona-" + (persona == null ? "none" : persona) + "']"))
                .click();
        driver.findElement(By.cssSelector("form[action='/dev/personas'] button"))
                .click();
        browser.awaitAddress("after choosing", url -> !url.contains("/dev/personas"));
    }

    private List<String> practiceNames() {
        return browser.driver.findElements(By.cssSelector("tbody a[href^='/practices/']")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private void search(String entered) {
        WebElement box = browser.driver.findElement(By.id("nhs-number"));
        box.clear();
        box.sendKeys(entered);
        browser.driver
                .findElement(By.cssSelector("form[action='/patients'] button"))
                .click();
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
        String ownStatus = driver.getCurrentUrl().replaceFirst("#.*", "") + " - Failed to load resource";
        assertThat(browser.consoleMessages().stream().filter(m -> !m.startsWith(ownStatus)))
                .as("console of %s", name)
                .isEmpty();
    }
}
