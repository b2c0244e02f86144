package org.vigie.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its ChromeDriver, as every browser test starts it: a fresh profile, no
 * background traffic, a given language. Both paths are given, so Selenium Manager is never run and downloads nothing.
 */
public final class Chromium {
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path BINARY = Path.of("/usr/bin/chromium");

    private Chromium() {
    }

    /** Skips the class when Chromium is missing (`.ci/run` installs it). */
    public static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(DRIVER) && Files.isExecutable(BINARY),
                "browser tests need /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
    }

    /** Chromium with scripts on, asking for {@code acceptLanguages} (e.g. {@code fr-FR,fr}), its window {@code width × height}. */
    public static ChromeDriver start(Path profile, String acceptLanguages, int width, int height) {
        return start(profile, acceptLanguages, true, width, height);
    }

    /** The same, with scripts on or off. */
    public static ChromeDriver start(Path profile, String acceptLanguages, boolean script, int width, int height) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--lang=" + acceptLanguages.split(",")[0],
                "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguages,
                "profile.managed_default_content_settings.javascript", script ? 1 : 2));
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().window().setSize(new Dimension(width, height));
        return chrome;
    }
}
