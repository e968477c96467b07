package nl.ngf.grants.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser test shares: the application deployed on the embedded database with its demo users, one headless
 * Chromium per class made clean before each test, the last page each test saw kept in {@code target/browser/} (and no
 * script or style the Content-Security-Policy refused on the way), and the steps a user takes: logging in, opening a
 * task, typing, clicking, reading what a page says.
 */
public abstract class BrowserTestSupport {

    @Deployment(testable = false)
    protected static WebArchive deployment() {
        return Deployments.application();
    }

    protected static final java.util.Locale DUTCH = new java.util.Locale("nl", "NL");
    protected static final java.time.ZoneId NETHERLANDS = java.time.ZoneId.of("Europe/Amsterdam");
    protected static final java.time.format.DateTimeFormatter DUTCH_DATE =
            java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(DUTCH);

    @ArquillianResource
    protected URL base;

    protected WebDriver browser;
    protected WebDriverWait wait;
    /** Where the browser saves what it downloads (an export). */
    protected Path downloads;

    /** The day (in the Netherlands) this test began: what it makes happens on that day or, past midnight, a later one. */
    protected LocalDate startedOn;

    /** One Chromium for the whole class, made clean before each test as if newly started ({@link Chromium#clean}). */
    protected static org.openqa.selenium.chrome.ChromeDriver chromium;

    @BeforeEach
    protected void open() throws Exception {
        startedOn = LocalDate.now(NETHERLANDS);
        downloads = Files.createTempDirectory("ngf-downloads");
        if (chromium != null) {
            try {
                Chromium.clean(chromium, base.getProtocol() + "://" + base.getHost() + ":" + base.getPort(), downloads);
            } catch (org.openqa.selenium.WebDriverException e) {
                // The last test left it unusable (it crashed, say): start another.
                quitBrowser();
            }
        }
        if (chromium == null) {
            chromium = Chromium.start(downloads);
        }
        browser = chromium;
        wait = waitFor(browser);
    }

    /** The last page each test saw, as a picture and as HTML, in target/browser/ (for when it fails). */
    @AfterEach
    protected void close(TestInfo test) throws Exception {
        if (browser != null) {
            Path folder = Files.createDirectories(Path.of("target", "browser"));
            String name = test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test");
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            Files.writeString(folder.resolve(name + ".html"), browser.getPageSource());
            java.util.List<String> refused = Chromium.policyViolations((org.openqa.selenium.chrome.ChromeDriver) browser);
            assertThat(refused).as("scripts or styles the Content-Security-Policy refused on the way").isEmpty();
        }
    }

    @AfterAll
    protected static void quitBrowser() {
        if (chromium != null) {
            try {
                chromium.quit();
            } finally {
                chromium = null;
            }
        }
    }

    /** A GET of {@code url} outside the browser, with the browser's cookies: as the user logged in there. */
    protected HttpResponse<byte[]> getWithThisSession(String url) throws Exception {
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(URI.create(url))
                        .header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    protected List<String> ppsNames() {
        return browser.findElements(By.cssSelector("a.ngf-partnership-name")).stream().map(WebElement::getText).toList();
    }

    /** A picture of the page as the user sees it now, in target/browser/, to look at after the run. */
    protected void snapshot(String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "browser"));
            org.openqa.selenium.Dimension size = browser.manage().window().getSize();
            long height = script("return document.body.scrollHeight");
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(size.getWidth(), (int) Math.min(height + 150, 4000)));
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            browser.manage().window().setSize(size);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits up to 20 s, looking every 50 ms (Selenium's default of 500 ms made nearly every page change
     * cost half a second); an element an Ajax update replaced while it was read is simply read again.
     */
    protected static WebDriverWait waitFor(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(50)) {
            /**
             * Chromium 156 sometimes reports an element replaced mid-read not as stale but as an inspector error
             * ("Node with given id does not belong to the document"): read again then too, as for a stale one.
             */
            @Override
            public <V> V until(java.util.function.Function<? super WebDriver, ? extends V> condition) {
                return super.until(d -> {
                    try {
                        return condition.apply(d);
                    } catch (org.openqa.selenium.WebDriverException e) {
                        if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                            return null;
                        }
                        throw e;
                    }
                });
            }
        };
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.ignoring(org.openqa.selenium.ElementClickInterceptedException.class);
        return wait;
    }

    /** The id of a programme, as a user finds it: searching the list (twenty to a page) for its title. */
    protected String idOf(String list, String title, String link) {
        go(list + "?q=" + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8));
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//tr[contains(., '" + title + "')]//a[contains(@href, '"
                + link + "')]"))).getAttribute("href").replaceAll(".*[?&]id=(\\d+).*", "$1");
    }

    /** Opens a PPS's page as a user does who searches the list of PPSs (twenty to a page) for its name. */
    protected void openPartnership(String name) {
        go("partnership/list.xhtml?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8));
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(name))).click();
        wait.until(ExpectedConditions.urlContains("partnership/detail.xhtml"));
    }

    /** The first date written the Dutch way ("2 dec. 2026") in a text on a screen. */
    protected static LocalDate firstDutchDate(String text) {
        java.util.regex.Matcher date = java.util.regex.Pattern.compile("\\d{1,2} \\p{L}+\\.? \\d{4}").matcher(text);
        assertThat(date.find()).as("a date in: %s", text).isTrue();
        return LocalDate.parse(date.group(), DUTCH_DATE);
    }

    /** The file the browser downloaded under this name, once it is complete. */
    /**
     * A download once Chromium has finished it: it puts an empty file under the name first, writes into a
     * {@code .crdownload} beside it and then moves that over it (a read of the empty one failed a run).
     */
    protected Path downloaded(String name) {
        Path file = downloads.resolve(name);
        wait.until(driver -> {
            try (var partial = Files.list(downloads)) {
                return Files.exists(file) && Files.size(file) > 0 && partial.noneMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
            } catch (java.io.IOException e) {
                return false;
            }
        });
        return file;
    }

    /** The cells of the first sheet of a downloaded spreadsheet, row by row (see {@link Spreadsheets#rows}). */
    protected static List<List<String>> spreadsheetRows(Path file) throws java.io.IOException {
        try (var in = Files.newInputStream(file)) {
            return Spreadsheets.rows(in);
        }
    }

    /** The first sheet of a downloaded XLSX as a Dutch spreadsheet shows it (1.200.000,00). */
    protected static List<List<String>> spreadsheetAsShown(Path file) throws java.io.IOException {
        try (var in = Files.newInputStream(file)) {
            return Spreadsheets.asShown(in, java.util.Locale.forLanguageTag("nl-NL"));
        }
    }

    /** How wide each column of the first sheet of a downloaded spreadsheet is, in characters. */
    protected static List<Integer> spreadsheetColumnWidths(Path file) throws java.io.IOException {
        try (var in = Files.newInputStream(file)) {
            return Spreadsheets.columnWidths(in);
        }
    }

    protected void go(String page) {
        browser.get(base.toString() + page);
    }

    protected void logIn(String username) {
        logIn(username, "ngf-demo");
    }

    protected void logIn(String username, String password) {
        submitLogin(username, password);
        wait.until(ExpectedConditions.urlContains("workflow/inbox.xhtml"));
    }

    protected void submitLogin(String username, String password) {
        go("login.xhtml");
        fillLogin(username, password);
    }

    /** Logs in on the login page the browser shows (where the application sent the user). */
    protected void fillLogin(String username, String password) {
        type("login:username", username);
        type("login:password", password);
        click("login:submit");
    }

    /** What the login page says when a session ended for want of activity (or a restart of the server). */
    protected static final String SESSION_EXPIRED = "Uw sessie is verlopen: u heeft een tijd niets gedaan, of de server is opnieuw gestart."
            + " Wat u niet had opgeslagen of ingediend, is niet vastgelegd. Log opnieuw in om verder te gaan.";

    /** Drives another browser from here on (a second user, or a second tab's session), with its own wait. */
    protected void use(WebDriver driver) {
        browser = driver;
        wait = waitFor(driver);
    }

    /** What a test does with the class's browser and a second one (another computer, another tab's session). */
    @FunctionalInterface
    protected interface TwoBrowsers {
        void run(WebDriver first, WebDriver second) throws Exception;
    }

    /**
     * Runs {@code body} with a second, fresh browser beside this one; afterwards this one drives again, and the second's
     * last page is kept beside the test's own in target/browser/second-browser.html (see close()), and it is closed.
     */
    protected void withSecondBrowser(TwoBrowsers body) throws Exception {
        WebDriver first = browser;
        WebDriver second = Chromium.start();
        try {
            body.run(first, second);
        } finally {
            Files.writeString(Files.createDirectories(Path.of("target", "browser")).resolve("second-browser.html"), second.getPageSource());
            use(first);
            second.quit();
        }
    }

    protected void logOut() {
        click("nav:logout");
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
    }

    protected void openTask(String title) {
        go("workflow/inbox.xhtml");
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tr[.//span[contains(@class,'ngf-task-subject') and text()='" + title + "']]")));
        row.findElement(By.className("ngf-open-task")).click();
    }

    /**
     * Picks an item of a PrimeFaces selectOneMenu as a user does: open, click. The overlay animates
     * in, so a click can land before the item settles; the wait opens and clicks again until the
     * menu shows the choice.
     */
    protected void chooseFromMenu(String id, String label) {
        By panel = By.id(id + "_panel");
        By item = By.cssSelector("li.ui-selectonemenu-item[data-label=\"" + label + "\"]");
        wait.until(driver -> {
            // getText() shows a non-breaking space (as in "€ 30.000,00") as a plain one.
            if (label.replace('\u00a0', ' ').equals(driver.findElement(By.id(id + "_label")).getText())) {
                return true;
            }
            if (!driver.findElement(panel).isDisplayed()) {
                driver.findElement(By.id(id)).click();
            } else if (driver.findElement(panel).findElement(item).isDisplayed()) {
                // The item of this menu's own overlay: a page with several menus has one per menu.
                driver.findElement(panel).findElement(item).click();
            }
            return false;
        });
        wait.until(ExpectedConditions.invisibilityOfElementLocated(panel));
    }

    protected void type(String id, String value) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        field.sendKeys(value);
    }

    protected void retype(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(value);
    }

    /**
     * Clicks as a user does once the element holds still: a click that lands on something else while the
     * page scrolls or redraws (PrimeFaces' scroll to a form) is tried again.
     */
    protected void click(String id) {
        wait.until(driver -> {
            WebElement element = ExpectedConditions.elementToBeClickable(By.id(id)).apply(driver);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
    }

    protected String text(String id) {
        return shownText(By.id(id)).strip();
    }

    /** Where a form sent led, and the main text of the page shown there. */
    protected record Answered(String address, String mainText) {
    }

    /**
     * The form of the button sent as it stands, then the very same form sent once more, as the browser's back button and
     * a second click send it (or a double click whose second request comes once the first is answered): what each
     * request led to, in turn. The page itself stays as it was.
     */
    @SuppressWarnings("unchecked")
    protected List<Answered> sendFormTwice(String buttonId) {
        List<String> answers = (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[1];
                const button = document.getElementById(arguments[0]);
                const form = button.form;
                const send = async () => {
                    const data = new FormData(form);
                    data.append(button.name, button.value || '');
                    const response = await fetch(form.action, {method: 'POST',
                            body: form.enctype.includes('multipart') ? data : new URLSearchParams(data)});
                    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
                    return [response.url, page.querySelector('main').textContent.replace(/\\s+/g, ' ').trim()];
                };
                send().then(first => send().then(second => done(first.concat(second))));
                """, buttonId);
        return List.of(new Answered(answers.get(0), answers.get(1)), new Answered(answers.get(2), answers.get(3)));
    }

    /** Runs a script in the page and gives back what it returns, as what the caller takes it for. */
    @SuppressWarnings("unchecked")
    protected <T> T script(String script, Object... arguments) {
        return (T) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(script, arguments);
    }

    /** Whether the field is marked as refused, as a screen reader is told (aria-invalid). */
    protected boolean markedInvalid(String id) {
        return "true".equals(browser.findElement(By.id(id)).getAttribute("aria-invalid"));
    }

    protected String errorMessages() {
        return shownText(By.cssSelector(".ui-messages-error"));
    }

    /**
     * The error messages the click brings, when the page already shows some: read once the response has replaced
     * them (reading at once could still see the earlier ones).
     */
    protected String errorMessagesAfterClicking(String id) {
        java.util.List<WebElement> earlier = browser.findElements(By.cssSelector(".ui-messages-error"));
        click(id);
        earlier.forEach(message -> wait.until(ExpectedConditions.stalenessOf(message)));
        return errorMessages();
    }

    protected String infoMessages() {
        return shownText(By.cssSelector(".ui-messages-info"));
    }

    /** The text of the element once it is shown, read within the wait, so that an element replaced meanwhile is read again. */
    protected String shownText(By locator) {
        return wait.until(driver -> {
            WebElement element = driver.findElement(locator);
            return element.isDisplayed() ? element.getText() : null;
        });
    }
}
