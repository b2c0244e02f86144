package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigie.support.Chromium;
import org.vigie.App;
import org.vigie.demo.DemoData;
import org.vigie.security.Role;
import org.vigie.support.RunningVigie;

/**
 * Every role, logged in to the demonstration data, walks its home, the pages of its navigation and the first entry
 * of each list, in French then in English, in a real headless Chromium 360 px wide (skipped where none is installed):
 * no page scrolls sideways, and none shows a code or a word readers reported. A failure names each page and the elements that stick out, and keeps a screenshot of it
 * in {@code target/screenshots/phone} ({@code -Dvigie.screenshots=true} keeps one of every page).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneLayoutBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots", "phone");
    private static final int PHONE = 360;
    /** Lists whose first entry is worth a visit too: the detail pages hold the facts lists and long codes. */
    private static final List<String> LISTS = List.of("/tracker", "/incidents", "/texts", "/registries/schools",
            "/registries/proceedings", "/registries/reparations", "/admin/accounts");
    private static final List<String> MORE = List.of("/tracker/institutions/DNDH", "/search?q=%C3%A9cole", "/registries",
            "/tracker/to-validate", "/audit");

    /** Codes and words readers reported on these pages (issue 15); codes may stay in tooltips, not in the text. */
    private static final List<String> REPORTED = List.of("text-4#", "resolution-paragraph", "login.succeeded", "{}",
            "ocha-cod-ab-2015", "Koulikouro", "Segou", "Djenne", "Menaka", "focal_point", "(s)");
    private static final List<String> REPORTED_FR = Stream.concat(REPORTED.stream(), Stream.of(
            "Indicateurs aucune", " 1 incidents", " 1 enregistrements", "Du 1 janvier", "(Mois)", "(Jour)")).toList();

    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    @TempDir
    static Path temp;

    private final Map<Role, String> passwords = new java.util.EnumMap<>(Role.class);
    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeAll
    void startBrowser() throws IOException {
        Chromium.assumeInstalled();
        App app = vigie.app();
        for (DemoData.Login login : DemoData.load(app).logins()) {
            passwords.put(login.role(), login.password());
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

    @ParameterizedTest
    @EnumSource(Role.class)
    void no_page_of_a_role_scrolls_sideways_on_a_phone_in_french_or_in_english(Role role) {
        driver.get(vigie.base() + "/health");
        driver.manage().deleteAllCookies();
        logIn(role);
        List<String> faults = new ArrayList<>();
        chooseLanguage("fr");
        Set<String> main = mainPages();
        Set<String> entries = new LinkedHashSet<>();
        Set<String> french = new LinkedHashSet<>(main);
        french.addAll(MORE);
        french.addAll(LISTS);
        for (String path : french) {
            visit(role, "fr", path, faults);
            if (LISTS.contains(path)) {
                driver.findElements(By.cssSelector("main table tbody a[href^='/'], main ul.work a[href^='/']")).stream().findFirst()
                        .ifPresent(a -> entries.add(pathOf(a.getAttribute("href"))));
            }
        }
        for (String path : entries) {
            visit(role, "fr", path, faults);
        }
        // English: the same layout with other words; the home and the navigation's pages show whether they fit.
        chooseLanguage("en");
        for (String path : main) {
            visit(role, "en", path, faults);
        }
        assertThat(faults).as("pages of %s wider than a %d px phone or showing a reported text", role.code(), PHONE).isEmpty();
    }

    private void visit(Role role, String lang, String path, List<String> faults) {
        driver.get(vigie.base() + path);
        String fault = sidewaysScroll();
        if (fault != null) {
            faults.add(lang + " " + path + ": " + fault);
        }
        String text = driver.findElement(By.tagName("body")).getText();
        for (String bad : lang.equals("fr") ? REPORTED_FR : REPORTED) {
            if (text.contains(bad)) {
                faults.add(lang + " " + path + ": shows \"" + bad + "\"");
            }
        }
        if (fault != null || Boolean.getBoolean("vigie.screenshots")) {
            // The header fills a phone's first screen: show the page's first table or list of facts instead.
            ((JavascriptExecutor) driver).executeScript("document.querySelector('main table, main dl.facts')?.scrollIntoView()");
            screenshot(role.code() + "-" + lang + path.replaceAll("[^A-Za-z0-9]+", "-"));
        }
    }

    /** The home and the pages of the role's navigation. */
    private Set<String> mainPages() {
        Set<String> pages = new LinkedHashSet<>();
        pages.add("/");
        for (WebElement a : driver.findElements(By.cssSelector("header nav a"))) {
            pages.add(pathOf(a.getAttribute("href")));
        }
        return pages;
    }

    private String pathOf(String href) {
        return href.startsWith(vigie.base()) ? href.substring(vigie.base().length()) : href;
    }

    /** Null when the page fits; otherwise its width and the deepest elements that end beyond the window. */
    @SuppressWarnings("unchecked")
    private String sidewaysScroll() {
        List<Object> r = (List<Object>) ((JavascriptExecutor) driver).executeScript(
                "const w = window.innerWidth, s = document.documentElement.scrollWidth;"
                        + "if (s <= w) return null;"
                        + "const out = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 0.5"
                        + "  && ![...e.children].some(c => c.getBoundingClientRect().right > w + 0.5));"
                        + "return [s, out.slice(0, 6).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                        + "  + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().replace(/\\s+/g, '.') : '')"
                        + "  + ' \"' + (e.textContent || '').trim().slice(0, 40) + '\"')];");
        return r == null ? null : r.get(0) + " px wide; sticking out: " + r.get(1);
    }

    private void logIn(Role role) {
        driver.get(vigie.base() + "/login");
        driver.findElement(By.id("username")).sendKeys("demo-" + role.code().replace('_', '-'));
        driver.findElement(By.id("password")).sendKeys(passwords.get(role));
        driver.findElement(By.cssSelector("main form button[type='submit']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header form[action='/logout']")));
    }

    private void chooseLanguage(String lang) {
        driver.get(vigie.base() + "/");
        if (!lang.equals(driver.findElement(By.tagName("html")).getAttribute("lang"))) {
            driver.findElement(By.cssSelector("header button[name='lang'][value='" + lang + "']")).click();
            // Asked of the document, not of an element: a boosted page replaces <html>'s content as it loads.
            wait.until(d -> lang.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.documentElement.lang")));
        }
    }

    private void screenshot(String name) {
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
