package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.i18n.Lang;
import org.vigie.i18n.Messages;
import org.vigie.security.Role;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;

/** French first, English too: the person's choice, then the browser's, then French. */
class LanguageTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        TestApp.account(app, "amina", Role.ADMINISTRATOR);
    }

    @Test
    void both_languages_have_exactly_the_same_messages() {
        Messages m = new Messages();
        assertThat(m.keys(Lang.EN)).containsExactlyInAnyOrderElementsOf(m.keys(Lang.FR));
    }

    @Test
    void a_browser_that_asks_for_nothing_gets_french() {
        var r = new WebClient(TestApp.base(app)).language("").get("/login");
        assertThat(r.body()).contains("<html lang=\"fr\"").contains("Connexion");
    }

    @Test
    void an_english_browser_gets_english() {
        var r = new WebClient(TestApp.base(app)).language("en-GB,en;q=0.9").get("/login");
        assertThat(r.body()).contains("<html lang=\"en\"").contains("Log in");
    }

    @Test
    void the_persons_choice_wins_over_the_browser_and_follows_the_account() {
        WebClient c = new WebClient(TestApp.base(app)).language("fr");
        c.login("amina", TestApp.PASSWORD);
        c.get("/");
        assertThat(c.post("/lang", "lang", "en", "next", "/account").headers().firstValue("Location")).contains("/account");
        assertThat(c.get("/account").body()).contains("My account");
        assertThat(app.accounts().byUsername("amina").orElseThrow().language()).isEqualTo(Lang.EN);

        WebClient elsewhere = new WebClient(TestApp.base(app)).language("fr");
        elsewhere.login("amina", TestApp.PASSWORD);
        assertThat(elsewhere.get("/").body()).as("on another device").contains("Welcome");
    }

    @Test
    void every_page_renders_in_both_languages_as_an_administrator() {
        for (String lang : new String[] {"fr", "en"}) {
            WebClient c = new WebClient(TestApp.base(app)).language(lang);
            c.login("amina", TestApp.PASSWORD);
            for (String path : new String[] {"/", "/account", "/admin/accounts", "/audit", "/search?q=amina"}) {
                var r = c.get(path);
                assertThat(r.statusCode()).as(lang + " " + path).isEqualTo(200);
                if (!path.equals("/audit")) {
                    // A message key shown as such means a missing translation (the audit log shows action codes on purpose).
                    assertThat(r.body()).as(lang + " " + path)
                            .doesNotContainPattern(">[^<]*\\b(nav|home|field|login|totp|account|admin|audit|search|error|role|footer)\\.[a-z_]+");
                }
            }
        }
    }

    @Test
    void an_unknown_page_answers_404_in_the_persons_language() {
        var r = new WebClient(TestApp.base(app)).language("en").get("/no-such-page");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("does not exist");
    }

    @Test
    void dates_and_numbers_follow_the_language() {
        Messages m = new Messages();
        java.time.Instant at = java.time.Instant.parse("2026-03-01T10:15:00Z");
        assertThat(m.dateTime(Lang.FR, at)).contains("mars");
        assertThat(m.dateTime(Lang.EN, at)).contains("Mar");
        assertThat(m.number(Lang.EN, 12345)).isEqualTo("12,345");
        assertThat(m.number(Lang.FR, 12345)).matches("12\\h345");
    }
}
