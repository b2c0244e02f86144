package org.vigie.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigie.support.Chromium;
import org.vigie.App;
import org.vigie.i18n.Lang;
import org.vigie.i18n.Messages;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;
import org.vigie.support.TestIncidents;
import org.vigie.tracker.recommendations.RecommendationFilter;
import org.vigie.tracker.recommendations.Status;

/**
 * Each role's home on a 360 px phone, in French then English, in a real headless Chromium (skipped where none is
 * installed): nothing scrolls sideways. The validator decides from it; an editor links an incident found as they type.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int PHONE = 360;

    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.withAccountPerRole();
    @TempDir
    static Path temp;

    private App app;
    private WebDriver driver;
    private WebDriverWait wait;
    private final Messages messages = new Messages();

    @BeforeAll
    void startBrowser() throws IOException {
        Chromium.assumeInstalled();
        app = vigie.app();
        Principal analyst = vigie.principal(Role.ANALYST);
        try (InputStream in = DeskBrowserTest.class.getResourceAsStream("/tracker/upr48-slovenia-thematic-list.docx")) {
            app.tracker().importFile("analyst", "127.0.0.1", "slovenia.docx", in.readAllBytes(), "SI");
        }
        var all = app.tracker().find(RecommendationFilter.all());
        Principal fp = vigie.principal(Role.FOCAL_POINT);
        for (int i = 0; i < 3; i++) {
            app.followUp().assign(analyst, "127.0.0.1", all.get(i).id(), "DNDH");
        }
        app.followUp().submit(fp, "127.0.0.1", all.get(0).id(), "Formation de 40 magistrats à Mopti, liste jointe.", Status.IN_PROGRESS);
        app.followUp().submit(fp, "127.0.0.1", all.get(1).id(), "Deuxième rapport en attente.", Status.IN_PROGRESS);
        long back = app.followUp().submit(fp, "127.0.0.1", all.get(2).id(), "Presque fini.", Status.IMPLEMENTED);
        app.followUp().decide(vigie.principal(Role.VALIDATOR), "127.0.0.1", back, false, "Joindre les preuves de Kayes.");
        for (String reference : new String[] {"ML-2026-000061", "ML-2026-000062"}) {
            long id = TestIncidents.insert(app, "monitor", false);
            app.database().jdbi().useHandle(h -> h.createUpdate("UPDATE incident SET reference = :r WHERE id = :id")
                    .bind("r", reference).bind("id", id).execute());
        }
        driver = Chromium.start(Files.createDirectories(temp.resolve("chromium-profile")), "fr-FR,fr", PHONE, 800);
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
    @EnumSource(Role.class)
    void each_roles_home_fits_a_phone_in_french_and_in_english(Role role) {
        logIn(role);
        driver.get(vigie.base() + "/");
        String heading = "desk.heading." + role.code();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(messages.get(Lang.FR, heading));
        screenshot("desk-" + role.code() + "-fr-360");
        assertNoSidewaysScroll();
        driver.findElement(By.cssSelector("header button[name='lang'][value='en']")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), messages.get(Lang.EN, heading)));
        screenshot("desk-" + role.code() + "-en-360");
        assertNoSidewaysScroll();
    }

    @Test
    void the_validator_decides_from_their_home_and_reads_the_confirmation() {
        logIn(Role.VALIDATOR);
        driver.get(vigie.base() + "/");
        int before = driver.findElements(By.cssSelector("section[aria-labelledby='to-validate'] form.decision")).size();
        assertThat(before).isPositive();
        driver.findElement(By.cssSelector("section[aria-labelledby='to-validate'] form.decision button[value='validate']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main .flash")));
        screenshot("desk-validator-decided-360");
        // The account may keep the English chosen on another test's page: either language confirms.
        assertThat(driver.findElement(By.cssSelector("main .flash")).getText())
                .isIn(messages.get(Lang.FR, "flash.report_validated"), messages.get(Lang.EN, "flash.report_validated"));
        assertThat(driver.findElements(By.cssSelector("section[aria-labelledby='to-validate'] form.decision"))).hasSize(before - 1);
        assertNoSidewaysScroll();
    }

    @Test
    void an_editor_finds_an_incident_as_they_type_and_links_it_in_one_click() throws Exception {
        var created = vigie.api(Role.ANALYST).post("/api/v1/registries/proceedings", "{\"reference\":\"RP-2026-900\",\"court\":\"Pôle "
                + "judiciaire spécialisé\",\"charge_classes\":[\"torture\"],\"stage\":\"trial\",\"stage_on\":\"2024-01-01\"}");
        long proceeding = Long.parseLong(created.body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        logIn(Role.MONITOR);
        driver.get(vigie.base() + "/registries/proceedings/" + proceeding);
        driver.findElement(By.id("incident-q")).sendKeys("ml-2026-00006");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("incident-suggestions"), "ML-2026-000062"));
        screenshot("link-suggestions-360");
        // The entry's facts above (dl.facts, 479 px) are the phone layout's item of issue 15; the link section must fit.
        assertThat(widerThanWindow("#incident-link, #incident-link *")).as("parts of the link section wider than the phone").isEmpty();
        driver.findElement(By.cssSelector("#incident-suggestions input[value='ML-2026-000062'] ~ button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("dl.facts"), "ML-2026-000062"));
    }

    private void assertNoSidewaysScroll() {
        Object widths = ((JavascriptExecutor) driver).executeScript(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
        @SuppressWarnings("unchecked")
        java.util.List<Long> w = (java.util.List<Long>) widths;
        assertThat(w.get(0)).as("%s is %d px wide in a %d px window; too wide: %s", driver.getCurrentUrl(), w.get(0), w.get(1),
                widerThanWindow("main *")).isLessThanOrEqualTo(w.get(1));
    }

    /** The elements matching {@code selector} that end beyond the window's right edge, named by tag, id and class. */
    @SuppressWarnings("unchecked")
    private java.util.List<String> widerThanWindow(String selector) {
        return (java.util.List<String>) ((JavascriptExecutor) driver).executeScript(
                "const w = document.documentElement.clientWidth;"
                        + "return [...document.querySelectorAll(arguments[0])].filter(e => e.getBoundingClientRect().right > w + 0.5)"
                        + ".slice(0, 8).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : ''));",
                selector);
    }

    private void logIn(Role role) {
        driver.get(vigie.base() + "/login");
        driver.findElement(By.id("username")).sendKeys(RunningVigie.username(role));
        driver.findElement(By.id("password")).sendKeys(TestApp.PASSWORD);
        driver.findElement(By.cssSelector("main form button[type='submit']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header form[action='/logout']")));
    }

    private void screenshot(String name) {
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
