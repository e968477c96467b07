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
                "--disable-sync", "--window-size=1366,900", "--lang=nl-NL",
                "--user-data-dir=" + Files.createTempDirectory("ngf-chromium"));
        // The console, to find scripts the Content-Security-Policy refused.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        return driver;
    }

    /** What the browser's console said since the last call that the Content-Security-Policy refused. */
    public static java.util.List<String> policyViolations(ChromeDriver driver) {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage).filter(m -> m.contains("Content Security Policy")).toList();
    }
}
