package io.anonpay.systemtests.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, both named explicitly so that Selenium Manager
 * never tries to download a browser or driver (this machine has no internet). One browser per scenario, with a
 * fresh profile, so that no cart or cookie leaks between tests. Every step is saved as
 * {@code target/screenshots/<scenario>/NN-step.png}; a wait that times out saves one more and says what it saw.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("anonpay.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("anonpay.chromedriver", "/usr/bin/chromedriver"));

    /** Generous: the whole system shares two cores with the browser; payment results travel through the broker. */
    private static final Duration WAIT = Duration.ofSeconds(60);

    /** The viewport: a phone's is emulated (a real headless window will not shrink below 500 px). */
    enum Screen {
        PHONE(412, 915), DESKTOP(1280, 900);

        final int width;
        final int height;

        Screen(int width, int height) {
            this.width = width;
            this.height = height;
        }
    }

    private final ChromeDriver driver;
    private final Path profile;
    private final Path screenshots;
    private int step;

    private Browser(ChromeDriver driver, Path profile, Path screenshots) {
        this.driver = driver;
        this.profile = profile;
        this.screenshots = screenshots;
    }

    /** Fails, not skips: a browser test that quietly does not run would hide a broken page. */
    static void requireInstalled() {
        for (Path required : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(required)) {
                throw new AssertionError(required + " is missing: the browser system test needs Debian's chromium and "
                        + "chromium-driver. Run scripts/install-test-tools.sh (as root or with sudo), then run the test again.");
            }
        }
    }

    static Browser open(String scenario, Screen screen) {
        requireInstalled();
        Path screenshots = Path.of("target", "screenshots", scenario);
        try {
            deleteRecursively(screenshots);
            Files.createDirectories(screenshots);
            Path profile = Files.createTempDirectory("anonpay-chromium-");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .withLogFile(screenshots.resolve("chromedriver.log").toFile())
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options(profile, screen));
            driver.manage().timeouts().pageLoadTimeout(WAIT).scriptTimeout(WAIT);
            return new Browser(driver, profile, screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ChromeOptions options(Path profile, Screen screen) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // the flags known to work on this machine; without the networking ones Chromium keeps dialling Google
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--no-default-browser-check", "--lang=en-US",
                "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=" + Math.max(screen.width, 800) + "," + screen.height);
        if (screen == Screen.PHONE) {
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of(
                    "width", screen.width, "height", screen.height, "pixelRatio", 1.0, "mobile", true)));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return options;
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(String css) {
        return until("an element " + css, d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    /** Waits until the element's visible text contains {@code text}; returns that whole text. */
    String waitForText(String css, String text) {
        return until("'" + text + "' in " + css, d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            String shown = found.isEmpty() || !found.get(0).isDisplayed() ? "" : found.get(0).getText();
            return shown.contains(text) ? shown : null;
        });
    }

    void waitForUrl(String prefix) {
        until("an address starting with " + prefix, d -> d.getCurrentUrl().startsWith(prefix) ? true : null);
    }

    <T> T until(String what, ExpectedCondition<T> condition) {
        try {
            return new WebDriverWait(driver, WAIT, Duration.ofMillis(200)).ignoring(WebDriverException.class)
                    .until(condition);
        } catch (TimeoutException e) {
            screenshot("timed-out");
            throw new AssertionError("waited " + WAIT.toSeconds() + " s for " + what + " at " + driver.getCurrentUrl()
                    + "; the page showed:\n" + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Saves the whole page, not only the part in view, as the scenario's next numbered step. */
    Path screenshot(String name) {
        Path file = screenshots.resolve(String.format("%02d-%s.png", ++step, name));
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Number> page = (Map<String, Number>) metrics.get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "scale", 1,
                "width", page.get("width"), "height", page.get("height"));
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        try {
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    @Override
    public void close() {
        try {
            List<String> console = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::toString).toList();
            Files.write(screenshots.resolve("console.log"), console);
        } catch (IOException | WebDriverException e) {
            // the console is a debugging aid only; the scenario's own assertions have spoken
        } finally {
            driver.quit();
            deleteRecursively(profile);
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
