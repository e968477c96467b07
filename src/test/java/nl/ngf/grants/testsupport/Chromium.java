package nl.ngf.grants.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for browser tests. Browser tests are skipped, saying so, where
 * Chromium or its driver is not installed (apt-get install chromium chromium-driver).
 */
public class Chromium implements ExecutionCondition {

    static final Path BROWSER = Path.of(System.getProperty("ngf.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("ngf.chromedriver", "/usr/bin/chromedriver"));

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            String reason = "Browser tests skipped: Chromium (" + BROWSER + ") or chromedriver (" + DRIVER
                    + ") is not installed; apt-get install chromium chromium-driver";
            System.out.println("[ngf-grants] " + reason);
            return ConditionEvaluationResult.disabled(reason);
        }
        return ConditionEvaluationResult.enabled("Chromium at " + BROWSER);
    }

    public static ChromeDriver start() throws java.io.IOException {
        return start(Files.createTempDirectory("ngf-downloads"));
    }

    /** A browser that saves what it downloads (an export) in {@code downloads}, without asking. */
    public static ChromeDriver start(Path downloads) throws java.io.IOException {
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + WINDOW.getWidth() + "," + WINDOW.getHeight(), "--lang=nl-NL",
                "--user-data-dir=" + Files.createTempDirectory("ngf-chromium"));
        // The console, to find scripts the Content-Security-Policy refused.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        return driver;
    }

    /** The size of the window a browser starts with. */
    static final org.openqa.selenium.Dimension WINDOW = new org.openqa.selenium.Dimension(1366, 900);

    /**
     * Makes a browser one test used as a newly started one is, for the next test (starting one costs some 2.5 s):
     * one window of the starting size on an empty page, no dialog open, no cookies, no storage of {@code origin}, an
     * empty cache, the screen's media, the console read, and what it downloads saved in {@code downloads}.
     */
    public static void clean(ChromeDriver driver, String origin, Path downloads) {
        try {
            driver.switchTo().alert().dismiss();
        } catch (org.openqa.selenium.NoAlertPresentException e) {
            // none open, as it should be
        }
        java.util.List<String> windows = new java.util.ArrayList<>(driver.getWindowHandles());
        for (String window : windows.subList(1, windows.size())) {
            driver.switchTo().window(window).close();
        }
        driver.switchTo().window(windows.get(0));
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
        driver.executeCdpCommand("Network.clearBrowserCache", java.util.Map.of());
        driver.executeCdpCommand("Storage.clearDataForOrigin", java.util.Map.of("origin", origin, "storageTypes", "all"));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                java.util.Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        driver.manage().window().setSize(WINDOW);
        driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER);
    }

    /** What the browser's console said since the last call that the Content-Security-Policy refused. */
    public static java.util.List<String> policyViolations(ChromeDriver driver) {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage).filter(m -> m.contains("Content Security Policy")).toList();
    }
}
