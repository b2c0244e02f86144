package org.vigie.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigie.support.Chromium;
import org.vigie.App;
import org.vigie.i18n.Lang;
import org.vigie.i18n.Messages;
import org.vigie.security.Role;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;
import org.vigie.tracker.followup.ProgressReport;
import org.vigie.tracker.recommendations.RecommendationFilter;
import org.vigie.tracker.recommendations.TrackedRecommendation;

/**
 * The main flow of each role, clicked through in a real headless Chromium in French and in English (skipped where
 * none is installed): the focal point submits a progress report with an attachment, the validator validates it from
 * the list of reports to validate and reads the confirmation, the monitor records an incident, the analyst verifies
 * it, the administrator creates an account.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleFlowsBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.withAccountPerRole();
    @TempDir
    static Path temp;

    private App app;
    private WebDriver driver;
    private WebDriverWait wait;
    private TrackedRecommendation item;
    private Path evidence;
    private final Messages messages = new Messages();

    @BeforeAll
    void startBrowser() throws IOException {
        Chromium.assumeInstalled();
        app = vigie.app();
        try (InputStream in = RoleFlowsBrowserTest.class.getResourceAsStream("/tracker/upr48-slovenia-thematic-list.docx")) {
            app.tracker().importFile("analyst", "127.0.0.1", "slovenia.docx", in.readAllBytes(), "SI");
        }
        item = app.tracker().find(RecommendationFilter.all()).get(0);
        app.followUp().assign(vigie.principal(Role.ANALYST), "127.0.0.1", item.id(), "DNDH");
        evidence = Files.write(temp.resolve("liste-des-magistrats.pdf"),
                "%PDF-1.4\n% Liste des magistrats formes\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        driver = Chromium.start(Files.createDirectories(temp.resolve("chromium-profile")), "fr-FR,fr", 1280, 900);
        wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void forgetCookies() {
        if (driver != null) {
            driver.get(vigie.base() + "/health");
            driver.manage().deleteAllCookies();
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void a_focal_points_report_with_an_attachment_is_validated_from_the_list_to_validate(Lang lang) {
        String text = "Formation de 40 magistrats à Mopti (" + lang.code() + ").";
        logIn(Role.FOCAL_POINT, lang);
        driver.get(vigie.base() + "/tracker/" + item.id());
        driver.findElement(By.id("text")).sendKeys(text);
        new Select(driver.findElement(By.id("status"))).selectByValue("in_progress");
        driver.findElement(By.id("attachments")).sendKeys(evidence.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("form[action='/tracker/" + item.id() + "/reports'] button[type='submit']")).click();
        assertThat(flash()).isEqualTo(messages.get(lang, "flash.report_submitted"));
        screenshot("flow-focal-point-submitted-" + lang.code());
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(text).contains("liste-des-magistrats.pdf");

        ProgressReport report = app.followUp().reportsOf(item.id()).stream().filter(r -> r.text().equals(text)).findFirst().orElseThrow();
        driver.manage().deleteAllCookies();
        logIn(Role.VALIDATOR, lang);
        driver.get(vigie.base() + "/tracker/to-validate");
        WebElement listed = driver.findElement(By.id("report-" + report.id()));
        assertThat(listed.getText()).contains(text).contains("liste-des-magistrats.pdf");
        listed.findElement(By.cssSelector("button[value='validate']")).click();
        assertThat(flash()).isEqualTo(messages.get(lang, "flash.report_validated"));
        screenshot("flow-validator-validated-" + lang.code());
        assertThat(driver.findElements(By.id("report-" + report.id()))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void a_monitors_incident_is_verified_by_the_analyst(Lang lang) {
        String title = "Enlèvement près de Sangha (" + lang.code() + ")";
        logIn(Role.MONITOR, lang);
        driver.get(vigie.base() + "/incidents/new");
        new Select(driver.findElement(By.id("region"))).selectByValue("ML05");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cercle option[value='ML0502']")));
        new Select(driver.findElement(By.id("cercle"))).selectByValue("ML0502");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pcode option[value='ML050218']")));
        new Select(driver.findElement(By.id("pcode"))).selectByValue("ML050218");
        driver.findElement(By.name("date_start")).sendKeys("2025-02-04");
        driver.findElement(By.name("title")).sendKeys(title);
        driver.findElement(By.name("description_fr")).sendKeys("Un commerçant enlevé sur la route du marché.");
        new Select(driver.findElement(By.name("acts[0].act_type"))).selectByIndex(1);
        driver.findElement(By.id("record-incident")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "ML-2025-"));
        screenshot("flow-monitor-recorded-" + lang.code());
        String incident = driver.getCurrentUrl();
        assertThat(incident).matches(".*/incidents/\\d+$");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(title);

        driver.manage().deleteAllCookies();
        logIn(Role.ANALYST, lang);
        driver.get(incident);
        driver.findElement(By.cssSelector("button[name='to'][value='pending_verification']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button[name='to'][value='verified']"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button[name='to'][value='verified']")));
        screenshot("flow-analyst-verified-" + lang.code());
        long id = Long.parseLong(incident.replaceAll(".*/incidents/(\\d+)$", "$1"));
        assertThat(app.observatory().incident(id, vigie.principal(Role.ANALYST)).status().name()).isEqualTo("VERIFIED");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(RunningVigie.username(Role.ANALYST));
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void the_administrator_creates_an_account(Lang lang) {
        String username = "awa." + lang.code();
        logIn(Role.ADMINISTRATOR, lang);
        driver.get(vigie.base() + "/admin/accounts");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("display-name")).sendKeys("Awa Traoré");
        new Select(driver.findElement(By.id("role"))).selectByValue(Role.FOCAL_POINT.code());
        new Select(driver.findElement(By.id("institution"))).selectByValue("DNDH");
        driver.findElement(By.id("password")).sendKeys("Sahel-Tombouctou-2026!");
        driver.findElement(By.cssSelector("form[action='/admin/accounts'] button[type='submit']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), messages.get(lang, "admin.created", username)));
        screenshot("flow-administrator-created-" + lang.code());
        assertThat(app.accounts().all()).anyMatch(a -> a.username().equals(username) && a.role() == Role.FOCAL_POINT);
    }

    private String flash() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main .flash"))).getText();
    }

    /** Logs in, then turns the interface into {@code lang} with the header's button if the account reads the other. */
    private void logIn(Role role, Lang lang) {
        driver.get(vigie.base() + "/login");
        driver.findElement(By.id("username")).sendKeys(RunningVigie.username(role));
        driver.findElement(By.id("password")).sendKeys(TestApp.PASSWORD);
        driver.findElement(By.cssSelector("main form button[type='submit']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header form[action='/logout']")));
        // The page may still be swapped in by htmx: the element is read again until it holds still.
        String current = wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("html")).getAttribute("lang"));
        if (!lang.code().equals(current)) {
            driver.findElement(By.cssSelector("header button[name='lang'][value='" + lang.code() + "']")).click();
            wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", lang.code()));
        }
    }

    private void screenshot(String name) {
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
