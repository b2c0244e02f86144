package org.vigie.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigie.support.Chromium;
import org.vigie.App;
import org.vigie.security.Role;
import org.vigie.support.TestApp;

/**
 * An administrator enrols a monitor's phone in a real headless Chromium, sees its QR code and the server URL
 * for KoboCollect, then revokes it: the phone's URL stops working. Skipped where no Chromium driver is installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeviceBrowserTest {
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
        driver = Chromium.start(Files.createDirectories(temp.resolve("chromium-profile")), "fr-FR,fr", 1280, 1200);
        wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        Files.createDirectories(SCREENSHOTS);
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

    @Test
    void an_administrator_enrols_a_phone_sees_its_qr_code_and_revoking_it_ends_its_access() throws Exception {
        TestApp.account(app, "awa-admin", Role.ADMINISTRATOR);
        TestApp.account(app, "moussa-monitor", Role.MONITOR);
        driver.get(base + "/login");
        driver.findElement(By.id("username")).sendKeys("awa-admin");
        driver.findElement(By.id("password")).sendKeys(TestApp.PASSWORD);
        driver.findElement(By.cssSelector("main form button[type='submit']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header a[href='/intake/devices']")));

        driver.findElement(By.cssSelector("header a[href='/intake/devices']")).click();
        wait.until(ExpectedConditions.urlToBe(base + "/intake/devices"));
        new Select(driver.findElement(By.id("username"))).selectByValue("moussa-monitor");
        driver.findElement(By.id("label")).sendKeys("Mopti, téléphone 2");
        driver.findElement(By.cssSelector("form[action='/intake/devices'] button[type='submit']")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.qr path")));
        screenshot("intake-1-enrolled-qr");
        String url = driver.findElement(By.id("server-url")).getAttribute("value");
        assertThat(url).startsWith(base + "/odk/key/");
        assertThat(driver.findElement(By.id("settings-json")).getAttribute("value")).contains("\"server_url\":\"" + url + "\"");
        CollectPhone phone = new CollectPhone(url);
        assertThat(phone.formList().statusCode()).isEqualTo(200);

        driver.get(base + "/intake/devices");
        assertThat(driver.findElements(By.cssSelector("svg.qr"))).as("the QR code is shown once").isEmpty();
        driver.findElement(By.cssSelector("form[action$='/revoke'] button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "révoqué"));
        screenshot("intake-2-revoked");

        assertThat(phone.formList().statusCode()).isEqualTo(403);
    }

    private void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
