package io.github.recordaccess.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver: both named explicitly, so Selenium Manager
 * never downloads a browser or a driver. A fresh profile each time; no sandbox, because the tests run as root
 * on the build machines. axe-core comes from npm at build time (target/axe/axe.min.js).
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path AXE = Path.of("target", "axe", "axe.min.js");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final ObjectMapper JSON = new ObjectMapper();

    final ChromeDriver driver;
    /** Where the browser saves what it downloads. */
    final Path downloads;

    private final Path profile;
    private final String axe;

    Browser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser test needs Debian's chromium and chromium-driver: "
                    + "apt-get install -y --no-install-recommends chromium chromium-driver (.ci/verify does this).");
        }
        profile = Files.createTempDirectory("chromium-profile");
        axe = Files.readString(AXE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,1000",
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        downloads = Files.createDirectories(profile.resolve("downloads"));
        driver.executeCdpCommand(
                "Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    }

    /**
     * Waits (up to ten seconds) until the browser is at an address that passes, and that page has loaded: a click
     * that navigates returns before the next page, and redirects, have arrived.
     */
    void awaitAddress(String what, java.util.function.Predicate<String> address) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .withMessage(() -> "the browser to reach " + what + "; it is at " + driver.getCurrentUrl())
                .until(d -> address.test(d.getCurrentUrl())
                        && "complete".equals(driver.executeScript("return document.readyState;")));
    }

    /** The file the browser finished downloading under this name, within ten seconds. */
    Path downloaded(String name) throws InterruptedException {
        Path file = downloads.resolve(name);
        for (int i = 0; i < 100 && !Files.exists(file); i++) {
            Thread.sleep(100);
        }
        if (!Files.exists(file)) {
            throw new IllegalStateException("Nothing was downloaded as " + name + "; the folder has "
                    + java.util.Arrays.toString(downloads.toFile().list()));
        }
        return file;
    }

    /** axe-core's violations of WCAG 2.2 A and AA on the page shown, as "rule: targets" lines. */
    List<String> accessibilityViolations() {
        JavascriptExecutor js = driver;
        js.executeScript(axe);
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: "
                + "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"
                + ".then(r => done(JSON.stringify(r.violations)), e => done('failed: ' + e));");
        List<String> found = new ArrayList<>();
        try {
            for (JsonNode violation : JSON.readTree(String.valueOf(result))) {
                List<String> targets = new ArrayList<>();
                violation.get("nodes").forEach(n -> targets.add(n.get("target").toString()));
                found.add(violation.get("id").asText() + ": "
                        + violation.get("help").asText() + " " + targets);
            }
        } catch (IOException e) {
            throw new IllegalStateException("axe-core did not run: " + result, e);
        }
        return found;
    }

    /** A phone's width (an iPhone 12 to 15 is 390 CSS pixels wide) or a desktop's, for the pages that follow. */
    void width(int pixels) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(pixels, pixels < 800 ? 844 : 1000));
    }

    /** How many CSS pixels the page is wider than the window: 0 when nothing makes a person scroll sideways. */
    long sidewaysOverflow() {
        return (Long) driver.executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);");
    }

    /** The elements that reach past the window's right edge, for a failure's message. */
    String widerThanTheWindow() {
        return String.valueOf(
                driver.executeScript(
                        "const w = document.documentElement.clientWidth;"
                                + "return [...document.querySelectorAll('body *')].filter(e => !e.closest('.app-table-scroll') && e.getBoundingClientRect().right > w + 1)"
                                + ".slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));"));
    }

    /** What the page logged to its console since the last call: CSP violations and script errors show here. */
    List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Every resource the page loaded. */
    List<String> loadedResources() {
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>)
                driver.executeScript("return performance.getEntriesByType('resource').map(e => e.name);");
        return names;
    }

    /**
     * The whole page, not only the window (through the DevTools protocol: the window would cut off the charts), and a
     * half-size view of the part a person sees first as {@code name-small.png}, the size of the README's screenshots:
     * from where the page is scrolled to (a link to {@code #worklist} scrolls to the worklist).
     */
    void screenshot(String name) {
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>)
                driver.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = ((Number) size.get("height")).doubleValue();
        double top = ((Number) driver.executeScript("return window.scrollY;")).doubleValue();
        capture(name, 0, width, height, 1);
        capture(name + "-small", top, width, Math.min(height - top, 1400), 0.5);
    }

    /** What the window shows, as a person sees it first at this width ({@code name.png}). */
    void screenshotWindow(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(
                    SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void capture(String name, double top, double width, double height, double scale) {
        Map<String, Object> shot = driver.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of("x", 0, "y", top, "width", width, "height", height, "scale", scale)));
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(
                    SCREENSHOTS.resolve(name + ".png"),
                    java.util.Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }
}
