package org.vigie.observatory.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigie.support.Chromium;
import org.vigie.App;
import org.vigie.security.Role;
import org.vigie.support.TestApp;

/**
 * The incident form refused in a real headless Chromium (issue 15, item 4): every fault at once in a summary whose
 * links take the reader to each field, in French and in English, with and without JavaScript. Skipped where no
 * Chromium driver is installed. Screenshots go to {@code target/screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncidentFormFaultsBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path temp;

    private App app;
    private String base;

    @BeforeAll
    void startApp() throws IOException {
        Chromium.assumeInstalled();
        app = TestApp.start(temp.resolve("data"));
        base = TestApp.base(app);
        TestApp.account(app, "awa", Role.MONITOR);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stopApp() throws IOException {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void in_french_the_summary_names_every_fault_by_its_label_and_its_links_reach_the_fields() throws IOException {
        WebDriver driver = chromium("fr", true);
        try {
            refuse(driver, "fr");
            List<WebElement> links = driver.findElements(By.cssSelector("#error-summary a"));
            assertThat(links).extracting(WebElement::getText).hasSize(4)
                    .anyMatch(t -> t.startsWith("Date :"))
                    .anyMatch(t -> t.startsWith("Victime 1 — Sexe :"))
                    .anyMatch(t -> t.startsWith("Victime 1 — Consentement donné par :"))
                    .anyMatch(t -> t.startsWith("Victime 1 — Date du consentement :"));
            WebElement givenBy = driver.findElement(By.id("victims-0-consent-given-by"));
            assertThat(givenBy.getAttribute("aria-describedby")).isEqualTo("victims-0-consent-given-by-error");
            assertThat(driver.findElement(By.id("victims-0-consent-given-by-error")).getText()).isEqualTo("ce champ est obligatoire.");

            driver.findElement(By.cssSelector("#error-summary a[href='#victims-0-consent-given-by']")).click();
            assertThat(driver.getCurrentUrl()).endsWith("#victims-0-consent-given-by");
            Number top = (Number) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "return document.getElementById('victims-0-consent-given-by').getBoundingClientRect().top");
            assertThat(top.doubleValue()).as("the field is scrolled into view (to the top, give or take a sub-pixel)").isBetween(-1.0, 900.0);
            screenshot(driver, "incident-faults-fr");
            assertThat(driver.findElement(By.name("title")).getAttribute("value")).isEqualTo("Attaque du marché");
        } finally {
            driver.quit();
        }
    }

    @Test
    void in_english_the_labels_are_english() throws IOException {
        WebDriver driver = chromium("en", true);
        try {
            refuse(driver, "en");
            assertThat(driver.findElement(By.id("error-summary")).getText()).contains("4 errors to correct")
                    .contains("Victim 1 — Consent given by").doesNotContain("victims[0]");
            screenshot(driver, "incident-faults-en");
        } finally {
            driver.quit();
        }
    }

    @Test
    void without_javascript_the_form_is_refused_the_same_way() throws IOException {
        WebDriver driver = chromium("fr", false);
        try {
            refuse(driver, "fr");
            assertThat(driver.findElements(By.cssSelector("#error-summary a"))).hasSize(4);
            assertThat(driver.findElement(By.id("victims-0-sex")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(driver.findElement(By.name("victims[0].age")).getAttribute("value")).isEqualTo("34");
            screenshot(driver, "incident-faults-no-script");
        } finally {
            driver.quit();
        }
    }

    /** Fills what the browser itself requires, then leaves faults only the server finds: a date, a victim's sex and consent. */
    private void refuse(WebDriver driver, String lang) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        driver.get(base + "/login");
        driver.findElement(By.id("username")).sendKeys("awa");
        driver.findElement(By.id("password")).sendKeys(TestApp.PASSWORD);
        driver.findElement(By.cssSelector("main form button[type='submit']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header form[action='/logout']")));
        driver.get(base + "/incidents/new");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", lang));
        driver.findElement(By.name("date_start")).sendKeys("2025-02-31");
        new Select(driver.findElement(By.name("pcode"))).selectByValue("ML050218");
        driver.findElement(By.name("title")).sendKeys("Attaque du marché");
        driver.findElement(By.name("description_fr")).sendKeys("Des hommes armés ont attaqué le marché.");
        new Select(driver.findElement(By.name("acts[0].act_type"))).selectByIndex(1);
        driver.findElement(By.name("victims[0].age")).sendKeys("34");
        driver.findElement(By.cssSelector("input[name='victims[0].consent'][value='documentation']")).click();
        driver.findElement(By.id("record-incident")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
    }

    private static WebDriver chromium(String lang, boolean script) throws IOException {
        Path profile = Files.createTempDirectory(temp, "chromium-");
        ChromeDriver chrome = Chromium.start(profile, lang, script, 1280, 900);
        return chrome;
    }

    private static void screenshot(WebDriver driver, String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
