package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigie.support.Chromium;
import org.vigie.App;
import org.vigie.security.Role;
import org.vigie.support.TestApp;

/**
 * The pages as a person sees them: a real headless Chromium, driven over WebDriver, against the
 * real application and its embedded PostgreSQL. Skipped where no Chromium driver is installed;
 * CI installs one. Screenshots of each step go to {@code target/screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path temp;

    private App app;
    private WebDriver driver;
    private WebDriverWait wait;
    private String base;

    @BeforeAll
    void startAppAndBrowser() throws IOException {
        Chromium.assumeInstalled();
        app = TestApp.start(temp.resolve("data"));
        base = TestApp.base(app);
        driver = chromium(Files.createDirectories(temp.resolve("chromium-profile")));
        wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        Files.createDirectories(SCREENSHOTS);
    }

    /**
     * Chromium in French, with a fresh profile and no background traffic. Both paths are given, so
     * Selenium Manager is never run and downloads nothing.
     */
    private static WebDriver chromium(Path profile) {
        ChromeDriver chrome = Chromium.start(profile, "fr-FR,fr", 1280, 900);
        return chrome;
    }

    @AfterAll
    void stopBrowserAndApp() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    @BeforeEach
    void forgetCookies() {
        if (driver != null) {
            driver.get(base + "/health");
            driver.manage().deleteAllCookies();
        }
    }

    @Test
    void an_administrator_who_follows_the_login_link_and_signs_in_sees_the_home_page_in_french_with_their_name() {
        TestApp.account(app, "amadou", Role.ADMINISTRATOR);
        driver.get(base + "/");
        screenshot("1-home-anonymous");

        driver.findElement(By.cssSelector("header a[href='/login']")).click();
        wait.until(ExpectedConditions.urlToBe(base + "/login"));
        screenshot("2-login-form");
        signIn("amadou");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Bienvenue, amadou (Administrateur)."));
        screenshot("3-home-administrator-fr");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        assertThat(driver.findElement(By.cssSelector("header nav a[href='/account']")).getText()).isEqualTo("amadou");
        assertThat(driver.findElements(By.cssSelector("header a[href='/login']"))).isEmpty();
    }

    @Test
    void a_form_refused_by_the_server_shows_its_error_in_a_boosted_page() {
        TestApp.account(app, "kadidia-refused", Role.ANALYST);
        driver.get(base + "/login");
        driver.findElement(By.id("username")).sendKeys("kadidia-refused");
        driver.findElement(By.id("password")).sendKeys("not the password");
        String before = driver.findElement(By.tagName("main")).getText();
        driver.findElement(By.cssSelector("main form button[type='submit']")).click();

        // The login answers 422 with the form and its message: htmx must swap it in, not drop it.
        wait.until(d -> !d.findElement(By.tagName("main")).getText().equals(before));
        screenshot("7-login-refused");
        assertThat(driver.findElements(By.cssSelector("main [role='alert'], main .error"))).isNotEmpty();
    }

    @Test
    void a_visitor_who_opens_a_members_page_is_asked_to_log_in_and_then_brought_to_it() {
        TestApp.account(app, "seydou", Role.ADMINISTRATOR);
        driver.get(base + "/account");
        wait.until(ExpectedConditions.urlContains("/login"));
        screenshot("6-login-asked-for-account-page");

        signIn("seydou");

        wait.until(ExpectedConditions.urlToBe(base + "/account"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Mon compte");
    }

    @Test
    void the_language_button_turns_the_page_into_english() {
        TestApp.account(app, "binta", Role.ADMINISTRATOR);
        logIn("binta");

        driver.findElement(By.cssSelector("header button[name='lang'][value='en']")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Welcome, binta (Administrator)."));
        screenshot("4-home-administrator-en");
        assertThat(driver.findElement(By.cssSelector("header form[action='/logout'] button")).getText()).isEqualTo("Log out");
        assertThat(driver.findElement(By.cssSelector("header button[name='lang']")).getText()).isEqualTo("Français");
    }

    @Test
    void after_the_language_button_the_page_declares_english_to_screen_readers() {
        TestApp.account(app, "binta2", Role.ADMINISTRATOR);
        logIn("binta2");

        driver.findElement(By.cssSelector("header button[name='lang'][value='en']")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Welcome"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    }

    @Test
    void logging_out_brings_back_the_login_link() {
        TestApp.account(app, "cheick", Role.ADMINISTRATOR);
        logIn("cheick");

        driver.findElement(By.cssSelector("header form[action='/logout'] button")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header a[href='/login']")));
        screenshot("5-home-after-logout");
        assertThat(driver.findElement(By.cssSelector("header a[href='/login']")).getText()).isEqualTo("Se connecter");
        assertThat(driver.findElements(By.cssSelector("header form[action='/logout']"))).isEmpty();
    }

    @Test
    void the_page_is_dressed_by_its_stylesheet() {
        driver.get(base + "/");

        assertThat(driver.findElement(By.cssSelector("header.top")).getCssValue("background-color")).isEqualTo("rgba(11, 83, 148, 1)");
        assertThat(driver.findElement(By.cssSelector("a.skip")).getRect().getX()).isNegative();
    }

    @Test
    void htmx_is_loaded_to_boost_links_and_forms() {
        driver.get(base + "/");

        assertThat(((JavascriptExecutor) driver).executeScript("return typeof htmx === 'object' && typeof htmx.version === 'string';"))
                .isEqualTo(true);
    }

    @Test
    void pages_load_nothing_from_another_host() {
        TestApp.account(app, "djeneba", Role.ADMINISTRATOR);
        List<String> addresses = new ArrayList<>();
        driver.get(base + "/login");
        addresses.addAll(referencedAddresses());
        logIn("djeneba");
        addresses.addAll(referencedAddresses());

        assertThat(addresses).isNotEmpty().allSatisfy(a -> assertThat(URI.create(a).getHost()).isEqualTo("localhost"));
    }

    /** Every address the page refers to for loading, and every resource the browser actually fetched for it. */
    @SuppressWarnings("unchecked")
    @Test
    void an_analyst_uploads_the_draft_and_reads_its_findings_and_commitments() throws IOException {
        TestApp.account(app, "awa", Role.ANALYST);
        Path draft = temp.resolve("mali-draft-2026-fr.txt");
        try (var in = getClass().getResourceAsStream("/texts/mali-draft-2026-fr.txt")) {
            java.nio.file.Files.copy(in, draft, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        logIn("awa");
        driver.get(base + "/texts");
        driver.findElement(By.id("file")).sendKeys(draft.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("form[action='/texts'] button[type='submit']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("findings")));
        screenshot("7-text-draft");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
        assertThat(driver.getPageSource()).contains("PP15bis").contains("les autorités maliennes");
        driver.get(driver.getCurrentUrl().replaceAll("#.*", "") + "#commitments");
        screenshot("8-text-commitments");
    }

    @Test
    void an_analyst_imports_the_upr_list_and_filters_the_tracker() throws IOException {
        TestApp.account(app, "ibrahim", Role.ANALYST);
        Path list = temp.resolve("upr48-slovenia-thematic-list.docx");
        try (var in = getClass().getResourceAsStream("/tracker/upr48-slovenia-thematic-list.docx")) {
            java.nio.file.Files.copy(in, list, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        logIn("ibrahim");
        driver.get(base + "/tracker/import");
        driver.findElement(By.id("file")).sendKeys(list.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("form[action='/tracker/import'] button[type='submit']")).click();
        // Slovenia's list in Mali's Vigie: refused, then confirmed with the same file (issue 15, item 8).
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-file")));
        assertThat(driver.findElement(By.id("error-summary")).getText()).contains("Slovénie (SI)").contains("Mali (ML)");
        driver.findElement(By.id("confirm-file")).sendKeys(list.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("form#state button[type='submit']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "254"));
        driver.get(base + "/tracker?position=noted");
        screenshot("9-tracker-noted");
        assertThat(driver.getPageSource()).contains("37 recommandations ou engagements");
        driver.findElement(By.cssSelector("table tbody tr td a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("blockquote")));
        screenshot("10-tracker-recommendation");
    }

    @Test
    void a_monitor_on_a_phone_records_an_incident_and_an_analyst_sees_it_on_the_map() {
        TestApp.account(app, "kadiatou", Role.MONITOR);
        TestApp.account(app, "oumar", Role.ANALYST);
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            logIn("kadiatou");
            driver.get(base + "/incidents/new");
            screenshot("11-incident-form-phone");
            assertThat((Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth"))
                    .as("nothing wider than the phone").isLessThanOrEqualTo(390L);
            driver.findElement(By.name("date_start")).sendKeys("2025-02-03");
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.name("pcode"))).selectByValue("ML050218");
            driver.findElement(By.name("title")).sendKeys("Exécutions au marché de Sangha");
            driver.findElement(By.name("description_fr")).sendKeys("Trois commerçants exécutés par des hommes armés.");
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.name("acts[0].act_type"))).selectByIndex(1);
            driver.findElement(By.id("record-incident")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "ML-2025-"));
            screenshot("12-incident-recorded-phone");
            assertThat(driver.getPageSource()).contains("Exécutions au marché de Sangha").contains("Sangha");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
        driver.manage().deleteAllCookies();
        logIn("oumar");
        driver.get(base + "/incidents/map");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("figure.map svg path[data-pcode='ML05']")));
        screenshot("13-incident-map");
        assertThat(driver.findElement(By.cssSelector("path[data-pcode='ML05']")).getAttribute("data-name")).isEqualTo("Mopti");
    }

    @Test
    void a_monitor_on_a_phone_picks_the_commune_through_the_region_and_cercle_cascade() {
        TestApp.account(app, "fatoumata", Role.MONITOR);
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            logIn("fatoumata");
            driver.get(base + "/incidents/new");
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("region"))).selectByValue("ML05");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cercle option[value='ML0502']")));
            assertThat(driver.findElements(By.cssSelector("#cercle option[value^='ML01']"))).as("only Mopti's cercles").isEmpty();
            assertThat(new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("pcode"))).getFirstSelectedOption()
                    .getAttribute("value")).as("the region alone until a cercle is chosen").isEqualTo("ML05");
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("cercle"))).selectByValue("ML0502");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pcode option[value='ML050218']")));
            assertThat(driver.findElements(By.cssSelector("#pcode option:not([value^='ML0502'])"))).as("only Bandiagara's communes").isEmpty();
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("pcode"))).selectByValue("ML050218");
            screenshot("15-incident-cascade-phone");
            assertThat((Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth"))
                    .as("nothing wider than the phone").isLessThanOrEqualTo(390L);
            driver.findElement(By.name("date_start")).sendKeys("2025-02-04");
            driver.findElement(By.name("title")).sendKeys("Enlèvement près de Sangha");
            driver.findElement(By.name("description_fr")).sendKeys("Un commerçant enlevé sur la route du marché.");
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.name("acts[0].act_type"))).selectByIndex(1);
            driver.findElement(By.id("record-incident")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "ML-2025-"));
            assertThat(driver.getPageSource()).contains("Enlèvement près de Sangha").contains("Sangha");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void a_visitor_reads_the_public_statistics_without_logging_in() {
        driver.get(base + "/public/statistics");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        screenshot("14-public-statistics");
        assertThat(driver.findElements(By.cssSelector("header form[action='/logout']"))).isEmpty();
        WebElement map = driver.findElement(By.cssSelector("figure.map img"));
        assertThat(map.getDomAttribute("src")).endsWith(".svg");
        assertThat((Long) ((JavascriptExecutor) driver).executeScript("return arguments[0].naturalWidth", map))
                .as("the map is served and drawn").isPositive();
        try {
            driver.manage().window().setSize(new Dimension(360, 740));
            for (String page : List.of("/public/fr/index.html", "/public/en/recommendations.html", "/public/en/data.html")) {
                driver.get(base + page);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
                screenshot("14-public-phone" + page.replace('/', '-').replace(".html", ""));
                assertThat((Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth"))
                        .as("nothing wider than the phone on %s", page).isLessThanOrEqualTo(390L);
            }
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private List<String> referencedAddresses() {
        List<String> addresses = new ArrayList<>();
        for (WebElement e : driver.findElements(By.cssSelector("script[src], img[src], iframe[src], source[src], link[href]"))) {
            addresses.add(e.getDomProperty(e.getTagName().equals("link") ? "href" : "src"));
        }
        addresses.add(driver.getCurrentUrl());
        addresses.addAll((List<String>) ((JavascriptExecutor) driver).executeScript(
                "return performance.getEntriesByType('resource').map(r => r.name);"));
        return addresses;
    }

    private void logIn(String username) {
        driver.get(base + "/login");
        signIn(username);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header form[action='/logout']")));
    }

    private void signIn(String username) {
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(TestApp.PASSWORD);
        driver.findElement(By.cssSelector("main form button[type='submit']")).click();
    }

    private void screenshot(String name) {
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
