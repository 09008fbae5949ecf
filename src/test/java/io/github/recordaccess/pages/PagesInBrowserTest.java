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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The journeys of issue 24 in a real browser (Chromium, headless), in one browser session: an ICB analyst finds the
 * practices that need help; the practice manager of a live EMIS practice works through a task and its list; the
 * practice manager of a TPP practice that is not live sees that first; a GP finds a patient and confirms who it is.
 * Every page is checked at a desktop's width and at a phone's (390 px): no WCAG 2.2 A/AA violation axe-core finds, no
 * console message (a CSP violation or a script error would be one), nothing loaded from elsewhere, the NHS.UK script
 * ran, and at phone width nothing wider than the screen, a back link and a sort select where the page needs them.
 * Screenshots go to target/screenshots ({@code name.png}, {@code name-small.png}, {@code name-phone.png}).
 */
@QuarkusTest
@WithTestResource(SyntheticFhirResource.class)
class PagesInBrowserTest {

    static final int DESKTOP = 1280;
    static final int PHONE = 390;

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

    @BeforeEach
    void theDemoPractices() {
        registry.replaceAll(DemoPractices.REGISTRY);
        history.seedIfMissing();
        browser.width(DESKTOP);
        browser.consoleMessages(); // what an earlier journey's pages logged is theirs
    }

    @Test
    void anIcbAnalystFindsThePracticesThatNeedHelp() throws Exception {
        var driver = browser.driver;
        actAs("icb");

        checkPage("icb-1-overview", "Practices");
        assertThat(main()).contains("ICB totals", "Needs attention");
        assertThat(driver.findElements(By.id("header-nhs-number")))
                .as("no patient search for figures only")
                .isEmpty();
        assertThat(driver.findElements(By.cssSelector("tbody .nhsuk-tag")))
                .as("each practice's attention tags")
                .isNotEmpty();
        assertThat(main()).containsPattern("\\d+(\\.\\d)?%");

        // Not live first: the TPP practice, not live yet, leads.
        driver.findElement(By.partialLinkText("not live first")).click();
        browser.awaitAddress("not live first", url -> url.contains("sort=live&order=asc"));
        assertThat(practiceNames()).first().isEqualTo("Demo TPP Practice");

        // A heading sorts, A to Z then Z to A.
        driver.findElement(By.cssSelector("th a.app-sort[href*='sort=practice']"))
                .click();
        browser.awaitAddress("by practice, A to Z", url -> url.contains("sort=practice&order=asc"));
        assertThat(practiceNames()).containsExactly("Demo EMIS Practice", "Demo TPP Practice");
        driver.findElement(By.cssSelector("th a.app-sort[href*='sort=practice']"))
                .click();
        browser.awaitAddress("by practice, Z to A", url -> url.contains("sort=practice&order=desc"));
        assertThat(practiceNames()).containsExactly("Demo TPP Practice", "Demo EMIS Practice");

        // Only the practices not live.
        new Select(driver.findElement(By.id("attention"))).selectByValue("NOT_LIVE");
        driver.findElement(By.cssSelector("form.app-overview-filter button")).click();
        browser.awaitAddress("the filter", url -> url.contains("attention=NOT_LIVE"));
        assertThat(practiceNames()).containsExactly("Demo TPP Practice");
        checkPage("icb-2-overview-not-live", "Practices");

        driver.findElement(By.linkText("Demo TPP Practice")).click();
        browser.awaitAddress("the TPP practice", url -> url.contains("/practices/DEMOTPP"));
        checkPage("icb-3-practice-not-live", "Demo TPP Practice");
        assertThat(main()).contains("TPP", "This practice is not live yet");
        assertThat(driver.findElements(By.cssSelector(".nhsuk-task-list__item")))
                .as("the tasks, with their counts")
                .isNotEmpty();
        assertThat(driver.findElements(
                        By.cssSelector("a[href*='/steps/'], a[href*='patients.csv'], a[href^='/patients/']")))
                .as("figures only: no link to a list, a download or a patient")
                .isEmpty();
        assertThat(main()).doesNotContainPattern("(?<!\\d)999 ?\\d{3} ?\\d{4}(?!\\d)");
    }

    @Test
    void thePracticeManagerOfALivePracticeWorksThroughATask() throws Exception {
        var driver = browser.driver;
        actAs("demoemis_staff");

        browser.awaitAddress("their own practice", url -> url.contains("/practices/DEMOEMIS"));
        checkPage("staff-1-practice-live", "Demo EMIS Practice");
        assertThat(main()).contains("EMIS", "Live since").doesNotContain("This practice is not live yet");
        // What to do comes before the charts.
        String page = driver.getPageSource();
        assertThat(page.indexOf("nhsuk-task-list")).isPositive().isLessThan(page.indexOf("app-chart"));

        // The first task with patients: its count is its list's total, its page repeats the task and says the range.
        WebElement task = driver.findElement(By.cssSelector(".nhsuk-task-list__link"));
        String taskName = task.getText();
        String status = driver.findElement(By.cssSelector(".nhsuk-task-list__item--with-link .nhsuk-task-list__status"))
                .getText();
        int patients = firstNumber(status);
        task.click();
        browser.awaitAddress("the task's page", url -> url.contains("/practices/DEMOEMIS/steps/"));
        checkPage("staff-2-task", taskName);
        assertThat(main()).contains("Showing 1 to " + Math.min(50, patients) + " of " + patients);

        driver.findElement(By.partialLinkText("Download CSV")).click();
        List<String> csv =
                Files.readAllLines(browser.downloaded("DEMOEMIS-access-recommendations-" + LocalDate.now() + ".csv"));
        assertThat(csv).as("a header and every patient of the task").hasSize(patients + 1);

        if (patients > 50) {
            driver.findElement(By.cssSelector("a[rel='next']")).click();
            browser.awaitAddress("the next page", url -> url.contains("page=1"));
            assertThat(main()).contains("Showing 51 to " + Math.min(100, patients) + " of " + patients);
            checkPage("staff-3-task-page-2", taskName);
        }

        WebElement patient = driver.findElement(By.cssSelector("table a[href^='/patients/']"));
        String nhsNumber = patient.getAttribute("href").replaceAll(".*/patients/(\\d{10}).*", "$1");
        patient.click();
        browser.awaitAddress("their patient", url -> url.contains("/patients/" + nhsNumber));
        checkPage("staff-4-patient", "");

        driver.get(root + "practices/DEMOTPP");
        checkPage("staff-5-other-practice", "You cannot see this page");
        assertThat(main()).doesNotContain("Demo TPP Practice");
    }

    @Test
    void thePracticeManagerOfAPracticeNotLiveSeesThatFirst() {
        var driver = browser.driver;
        actAs("demotpp_staff");

        browser.awaitAddress("their own practice", url -> url.contains("/practices/DEMOTPP"));
        checkPage("tpp-1-practice-not-live", "Demo TPP Practice");
        String page = driver.getPageSource();
        assertThat(page.indexOf("This practice is not live yet"))
                .as("the warning before the tasks")
                .isPositive()
                .isLessThan(page.indexOf("nhsuk-task-list"));
        assertThat(main()).contains("TPP");
    }

    @Test
    void aGpFindsAPatientAndConfirmsWhoItIs() {
        var driver = browser.driver;
        actAs("demoemis_staff");
        browser.awaitAddress("their own practice", url -> url.contains("/practices/DEMOEMIS"));

        // The header's search: a mistyped number is explained and kept; the number with spaces finds the patient.
        headerSearch("999 000 124");
        browser.awaitAddress("the search", url -> url.contains("/patients?"));
        checkPage("gp-1-search-error", "Find a patient");
        assertThat(driver.findElement(By.cssSelector(".nhsuk-error-summary")).getText())
                .contains("10 digits");

        headerSearch("999 000 1243");
        browser.awaitAddress("the patient", url -> url.contains("/patients/9990001243"));
        checkPage("gp-2-patient", "");
        WebElement banner = driver.findElement(By.cssSelector(".app-patient-banner"));
        assertThat(banner.getText()).contains("Born", "999 000 1243", "Demo EMIS Practice");
        assertThat(driver.findElement(By.id("patient-banner-name")).getText())
                .as("a name, as the NHS writes it: FAMILY, Given")
                .containsPattern("[A-Z]{2,}, [A-Z][a-z]+");
        String page = driver.getPageSource();
        assertThat(page.indexOf("app-patient-banner"))
                .as("the banner before the answer")
                .isLessThan(page.indexOf("<h1"));
        assertThat(main()).doesNotContain("effectiveDateTime", "Observation/");
        WebElement technical = driver.findElement(By.cssSelector("details.nhsuk-details"));
        technical.findElement(By.tagName("summary")).click();
        assertThat(technical.getText()).contains("Observation/");
        checkPage("gp-3-patient-technical-details", "");

        // A number nobody has: the search box stays.
        driver.get(root + "patients/9990000018");
        checkPage("gp-4-not-found", "Find a patient");
        assertThat(driver.findElements(By.cssSelector("form[action='/patients'] input")))
                .isNotEmpty();
    }

    /** Chooses a persona on dev mode's personas page, as a person would. */
    private void actAs(String persona) {
        var driver = browser.driver;
        driver.get(root + "dev/personas");
        driver.findElement(By.cssSelector("label[for='persona-" + persona + "']"))
                .click();
        driver.findElement(By.cssSelector("form[action='/dev/personas'] button"))
                .click();
        browser.awaitAddress("after choosing", url -> !url.contains("/dev/personas"));
    }

    private String main() {
        return browser.driver.findElement(By.tagName("main")).getText();
    }

    private List<String> practiceNames() {
        return browser.driver.findElements(By.cssSelector("tbody a[href^='/practices/']")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static int firstNumber(String text) {
        Matcher m = Pattern.compile("(\\d[\\d,]*) patients?").matcher(text);
        assertThat(m.find()).as("a count in %s", text).isTrue();
        return Integer.parseInt(m.group(1).replace(",", ""));
    }

    private void headerSearch(String entered) {
        WebElement box = browser.driver.findElement(By.id("header-nhs-number"));
        box.clear();
        box.sendKeys(entered);
        browser.driver
                .findElement(By.cssSelector(".nhsuk-header__search-submit"))
                .click();
    }

    /** The page at a desktop's width and then at a phone's, each checked and photographed. */
    private void checkPage(String name, String heading) {
        var driver = browser.driver;
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains(heading);
        assertThat(driver.findElement(By.tagName("body")).getAttribute("class"))
                .as("the NHS.UK frontend's script ran (it marks the body)")
                .contains("js-enabled");
        assertThat(browser.loadedResources())
                .as("everything the page loaded came from the service")
                .allMatch(url -> url.startsWith(root.toString()));
        checkAtWidth(name, DESKTOP);
        browser.width(PHONE);
        try {
            checkAtWidth(name + "-phone", PHONE);
            if (!driver.findElements(By.cssSelector(".nhsuk-breadcrumb")).isEmpty()) {
                assertThat(driver.findElement(By.cssSelector(".nhsuk-breadcrumb .nhsuk-back-link"))
                                .isDisplayed())
                        .as("a way back on %s at phone width", name)
                        .isTrue();
            }
            if (!driver.findElements(By.cssSelector("table .app-sort")).isEmpty()) {
                assertThat(driver.findElement(By.cssSelector("form.app-sort-select select"))
                                .isDisplayed())
                        .as("a sort select where the headings are hidden, on %s", name)
                        .isTrue();
            }
        } finally {
            browser.width(DESKTOP);
        }
        // The one message allowed: the status of an error page itself.
        String ownStatus = driver.getCurrentUrl().replaceFirst("#.*", "") + " - Failed to load resource";
        assertThat(browser.consoleMessages().stream().filter(m -> !m.startsWith(ownStatus)))
                .as("console of %s", name)
                .isEmpty();
    }

    private void checkAtWidth(String name, int width) {
        if (width == DESKTOP) {
            browser.screenshot(name);
        } else {
            browser.screenshotWindow(name);
        }
        assertThat(browser.accessibilityViolations()).as("axe-core on %s", name).isEmpty();
        if (width == PHONE) { // a desktop's wide overview table scrolls in its own region
            assertThat(browser.sidewaysOverflow())
                    .as("%s scrolls sideways at %d px: %s", name, width, browser.widerThanTheWindow())
                    .isZero();
        }
    }
}
