package org.vigie.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.security.Role;
import org.vigie.support.ApiClient;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;

/** An API token dies with the credentials that made it, and at the latest when it expires. */
class TokenLifetimeTest {
    @TempDir
    static Path dir;
    static App app;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.start(dir);
        TestApp.account(app, "admin", Role.ADMINISTRATOR);
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    /** Creates a token through the account page, as its owner does. */
    private static String tokenThroughThePage(WebClient c, String days) {
        c.get("/account");
        String page = c.post("/account/tokens", "name", "script", "expires_in_days", days).body();
        int i = page.indexOf("vigie_");
        return page.substring(i, page.indexOf('<', i));
    }

    private static int me(String token) {
        return new ApiClient(TestApp.base(app), token).get("/api/v1/me").statusCode();
    }

    @Test
    void changing_the_password_revokes_every_token() {
        TestApp.account(app, "awa", Role.ANALYST);
        WebClient c = new WebClient(TestApp.base(app));
        c.login("awa", TestApp.PASSWORD);
        String token = tokenThroughThePage(c, "90");
        assertThat(me(token)).isEqualTo(200);
        c.get("/account");
        c.post("/account/password", "current_password", TestApp.PASSWORD, "new_password", "another-long-passphrase");
        assertThat(me(token)).isEqualTo(401);
    }

    @Test
    void disabling_the_account_revokes_its_tokens_and_enabling_it_does_not_bring_them_back() {
        Account moussa = TestApp.account(app, "moussa", Role.MONITOR);
        String token = app.authentication().createToken(moussa.principal(), "t", "127.0.0.1").value();
        WebClient admin = new WebClient(TestApp.base(app));
        admin.login("admin", TestApp.PASSWORD);
        admin.get("/admin/accounts");
        admin.post("/admin/accounts/" + moussa.id() + "/disable");
        assertThat(me(token)).isEqualTo(401);
        admin.post("/admin/accounts/" + moussa.id() + "/enable");
        assertThat(me(token)).as("re-enabled account, old token").isEqualTo(401);
        assertThat(app.authentication().tokensOf(moussa.principal())).singleElement()
                .extracting(ApiToken::revokedReason).isEqualTo("account_disabled");
    }

    @Test
    void turning_on_two_step_login_revokes_tokens_that_would_bypass_it() {
        Account fatou = TestApp.account(app, "fatou", Role.ANALYST);
        WebClient c = new WebClient(TestApp.base(app));
        c.login("fatou", TestApp.PASSWORD);
        String token = tokenThroughThePage(c, "30");
        c.get("/account");
        String page = c.post("/account/two-factor").body();
        String sealed = between(page, "name=\"sealed\" value=\"", "\"");
        byte[] secret = cipher().decrypt(Base64.getUrlDecoder().decode(sealed), "totp-enrolment:" + fatou.id());
        c.post("/account/two-factor/confirm", "sealed", sealed, "code", Totp.codeAt(secret, Instant.now()));
        assertThat(me(token)).isEqualTo(401);
        assertThat(c.get("/account").body()).contains("Révoqué (connexion en deux étapes activée)");
    }

    @Test
    void a_token_lives_ninety_days_by_default_and_at_most_a_year() {
        Account a = TestApp.account(app, "kadia", Role.OBSERVER);
        ApiClient api = new ApiClient(TestApp.base(app), app.authentication().createToken(a.principal(), "t", "127.0.0.1").value());
        ApiToken t = app.authentication().tokensOf(a.principal()).get(0);
        assertThat(Duration.between(t.createdAt(), t.expiresAt()).toDays()).isBetween(89L, 90L);

        var created = api.post("/api/v1/tokens", "{\"name\":\"short\",\"expires_in_days\":7}");
        assertThat(created.statusCode()).isEqualTo(201);
        ApiToken shortOne = app.authentication().tokensOf(a.principal()).stream().filter(x -> x.name().equals("short")).findFirst().orElseThrow();
        assertThat(Duration.between(Instant.now(), shortOne.expiresAt()).toDays()).isBetween(6L, 7L);

        var tooLong = api.post("/api/v1/tokens", "{\"name\":\"forever\",\"expires_in_days\":400}");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("\"field\":\"expires_in_days\"").contains("365");
        WebClient c = new WebClient(TestApp.base(app));
        c.login("kadia", TestApp.PASSWORD);
        c.get("/account");
        assertThat(c.post("/account/tokens", "name", "forever", "expires_in_days", "366").statusCode()).isEqualTo(400);
    }

    @Test
    void an_expired_token_is_refused() {
        Account a = TestApp.account(app, "oumar", Role.OBSERVER);
        String token = app.authentication().createToken(a.principal(), "t", 1, "127.0.0.1").value();
        assertThat(me(token)).isEqualTo(200);
        app.database().jdbi().useHandle(h -> h.execute("UPDATE api_token SET expires_at = now() - interval '1 second' WHERE account_id = ?", a.id()));
        assertThat(me(token)).isEqualTo(401);
    }

    @Test
    void the_account_page_shows_when_each_token_was_last_used() {
        TestApp.account(app, "salif", Role.ANALYST);
        WebClient c = new WebClient(TestApp.base(app));
        c.login("salif", TestApp.PASSWORD);
        String token = tokenThroughThePage(c, "90");
        assertThat(c.get("/account").body()).contains("jamais");
        me(token);
        String page = c.get("/account").body();
        assertThat(page).doesNotContain("jamais");
        ApiToken t = app.authentication().tokensOf(app.accounts().byUsername("salif").orElseThrow().principal()).get(0);
        assertThat(t.lastUsedAt()).isNotNull();
    }

    private static String between(String s, String start, String end) {
        int i = s.indexOf(start) + start.length();
        return s.substring(i, s.indexOf(end, i));
    }

    private static org.vigie.crypto.FieldCipher cipher() {
        try {
            return org.vigie.crypto.FieldCipher.load(dir.resolve("keys/fields.json"), null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
