package org.vigie.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.errors.InvalidInput;
import org.vigie.security.Role;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;
import org.vigie.web.Cookies;

/** Two-step login: enrolment through the account page, then a code at each login. */
class TwoFactorTest {
    @TempDir
    static Path dir;
    static App app;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.start(dir);
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    /** Enrols through the real pages and returns the secret the page showed. */
    private static byte[] enrol(WebClient c, long accountId) {
        c.get("/account");
        String page = c.post("/account/two-factor").body();
        String sealed = between(page, "name=\"sealed\" value=\"", "\"");
        byte[] secret = loadCipher().decrypt(Base64.getUrlDecoder().decode(sealed), "totp-enrolment:" + accountId);
        var r = c.post("/account/two-factor/confirm", "sealed", sealed, "code", Totp.codeAt(secret, Instant.now()));
        assertThat(r.body()).contains("Connexion en deux étapes activée");
        return secret;
    }

    private static String between(String s, String start, String end) {
        int i = s.indexOf(start) + start.length();
        return s.substring(i, s.indexOf(end, i));
    }

    @Test
    void with_two_step_login_on_the_password_alone_does_not_open_a_session() {
        var fatou = TestApp.account(app, "fatou", Role.ANALYST);
        WebClient c = new WebClient(TestApp.base(app));
        c.login("fatou", TestApp.PASSWORD);
        byte[] secret = enrol(c, fatou.id());

        WebClient next = new WebClient(TestApp.base(app));
        var r = next.login("fatou", TestApp.PASSWORD);
        assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/login/code"));
        String pending = next.cookie(Cookies.SESSION);
        assertThat(app.authentication().bySession(pending)).as("not a session yet").isEmpty();
        assertThat(next.get("/account").statusCode()).isEqualTo(303);

        next.get("/login/code");
        assertThat(next.post("/login/code", "code", "000000", "next", "/").statusCode()).isEqualTo(422);
        var ok = next.post("/login/code", "code", Totp.codeAt(secret, Instant.now()), "next", "/");
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(next.cookie(Cookies.SESSION)).as("renewed after the second step").isNotEqualTo(pending);
        assertThat(next.get("/account").statusCode()).isEqualTo(200);
    }

    @Test
    void a_wrong_code_at_enrolment_leaves_two_step_login_off() {
        var a = TestApp.account(app, "issa", Role.MONITOR);
        TwoFactor tf = new TwoFactor(app.database().jdbi(), app.audit(), loadCipher(), java.time.Clock.systemUTC());
        var offer = tf.propose(a.principal());
        assertThatThrownBy(() -> tf.confirm(a.principal(), offer.sealed(), "123456", "127.0.0.1"))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("code");
        assertThat(app.accounts().byId(a.id()).twoFactor()).isFalse();
    }

    @Test
    void an_offer_made_to_one_account_cannot_be_confirmed_by_another() {
        var a = TestApp.account(app, "awa", Role.MONITOR);
        var b = TestApp.account(app, "bakary", Role.MONITOR);
        TwoFactor tf = new TwoFactor(app.database().jdbi(), app.audit(), loadCipher(), java.time.Clock.systemUTC());
        var offer = tf.propose(a.principal());
        assertThatThrownBy(() -> tf.confirm(b.principal(), offer.sealed(), "123456", "127.0.0.1"))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("sealed");
    }

    @Test
    void the_secret_is_stored_encrypted() {
        var a = TestApp.account(app, "kadi", Role.MONITOR);
        TwoFactor tf = new TwoFactor(app.database().jdbi(), app.audit(), loadCipher(), java.time.Clock.systemUTC());
        var offer = tf.propose(a.principal());
        byte[] secret = loadCipher().decrypt(Base64.getUrlDecoder().decode(offer.sealed()), "totp-enrolment:" + a.id());
        tf.confirm(a.principal(), offer.sealed(), Totp.codeAt(secret, Instant.now()), "127.0.0.1");
        byte[] stored = app.database().jdbi().withHandle(h -> h.createQuery("SELECT totp_secret FROM account WHERE id = :id")
                .bind("id", a.id()).mapTo(byte[].class).one());
        assertThat(stored).isNotEqualTo(secret).hasSizeGreaterThan(secret.length);
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(Totp.base32(secret));
    }

    private static org.vigie.crypto.FieldCipher loadCipher() {
        try {
            return org.vigie.crypto.FieldCipher.load(dir.resolve("keys/fields.json"), null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
