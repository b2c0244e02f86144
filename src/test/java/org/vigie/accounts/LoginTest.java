package org.vigie.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.security.Role;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;
import org.vigie.web.Cookies;

/** Logging in and out through the real forms, with sessions, throttling and CSRF. */
class LoginTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        TestApp.account(app, "amina", Role.ANALYST);
    }

    private WebClient client() {
        return new WebClient(TestApp.base(app));
    }

    @Test
    void a_right_password_opens_a_session_and_the_home_page_names_the_user() {
        WebClient c = client();
        var r = c.login("amina", TestApp.PASSWORD);
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(c.get("/").body()).contains("amina").contains("Analyste");
    }

    @Test
    void a_wrong_password_is_refused_without_saying_which_part_was_wrong() {
        WebClient c = client();
        var r = c.login("amina", "wrong-password-123");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("Nom d’utilisateur ou mot de passe incorrect");
        assertThat(c.login("nobody-here", "wrong-password-123").body()).contains("Nom d’utilisateur ou mot de passe incorrect");
    }

    @Test
    void a_session_identifier_planted_before_login_is_not_adopted() {
        WebClient c = client();
        c.setCookie(Cookies.SESSION, "attacker-chosen-value");
        var r = c.login("amina", TestApp.PASSWORD);
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().allValues("Set-Cookie")).filteredOn(h -> h.startsWith("vigie_session="))
                .singleElement().satisfies(h -> assertThat(h).doesNotContain("attacker-chosen-value")
                        .contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure"));
    }

    @Test
    void each_login_gets_a_session_of_its_own() {
        WebClient a = client();
        WebClient b = client();
        a.login("amina", TestApp.PASSWORD);
        b.login("amina", TestApp.PASSWORD);
        assertThat(a.cookie(Cookies.SESSION)).isNotEqualTo(b.cookie(Cookies.SESSION));
    }

    @Test
    void logging_out_ends_the_session_on_the_server() {
        WebClient c = client();
        c.login("amina", TestApp.PASSWORD);
        String session = c.cookie(Cookies.SESSION);
        c.get("/");
        assertThat(c.post("/logout").statusCode()).isEqualTo(302);
        assertThat(app.authentication().bySession(session)).isEmpty();
        assertThat(c.get("/account").statusCode()).isEqualTo(303);
    }

    @Test
    void a_form_posted_without_its_csrf_token_is_refused() {
        WebClient c = client();
        c.login("amina", TestApp.PASSWORD);
        var r = c.postRaw("/account/tokens", java.util.Map.of("name", "no token"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.headers().firstValue("Vigie-Error")).contains("csrf");
    }

    @Test
    void a_csrf_token_from_another_session_is_refused() {
        WebClient mallory = client();
        mallory.login("amina", TestApp.PASSWORD);
        mallory.get("/account");
        WebClient victim = client();
        victim.login("amina", TestApp.PASSWORD);
        var r = victim.postRaw("/account/tokens", java.util.Map.of("_csrf", mallory.csrf(), "name", "forged"));
        assertThat(r.statusCode()).isEqualTo(403);
    }

    @Test
    void the_login_form_itself_needs_its_csrf_token() {
        WebClient c = client();
        c.get("/login");
        var r = c.postRaw("/login", java.util.Map.of("username", "amina", "password", TestApp.PASSWORD));
        assertThat(r.statusCode()).isEqualTo(403);
    }

    @Test
    void after_five_failures_even_the_right_password_waits() {
        TestApp.account(app, "throttled", Role.OBSERVER);
        WebClient c = client();
        for (int i = 0; i < Authentication.MAX_USERNAME_FAILURES; i++) {
            assertThat(c.login("throttled", "not-the-password-" + i).statusCode()).isEqualTo(422);
        }
        var r = c.login("throttled", TestApp.PASSWORD);
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.body()).contains("Trop de tentatives");
        assertThat(app.audit().find(new org.vigie.audit.AuditQuery("throttled", "login.throttled", null, null, null, 0, 10))).isNotEmpty();
    }

    @Test
    void an_administrator_sets_a_new_password_for_someone_who_lost_theirs() {
        TestApp.account(app, "boss", Role.ADMINISTRATOR);
        var lost = TestApp.account(app, "forgetful", Role.MONITOR);
        WebClient admin = client();
        admin.login("boss", TestApp.PASSWORD);
        admin.get("/admin/accounts");
        var r = admin.post("/admin/accounts/" + lost.id() + "/password", "password", "a brand new passphrase");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("forgetful");
        assertThat(client().login("forgetful", "a brand new passphrase").statusCode()).isEqualTo(302);
        assertThat(app.audit().find(new org.vigie.audit.AuditQuery("boss", "account.password_changed", "account:" + lost.id(), null, null, 0, 5)))
                .hasSize(1);
    }

    @Test
    void next_may_only_lead_inside_vigie() {
        assertThat(LoginRoutes.safeNext("/account")).isEqualTo("/account");
        assertThat(LoginRoutes.safeNext("//evil.example/")).isEqualTo("/");
        assertThat(LoginRoutes.safeNext("https://evil.example/")).isEqualTo("/");
        assertThat(LoginRoutes.safeNext("/\\evil.example")).isEqualTo("/");
    }

    @Test
    void a_page_asked_for_before_login_is_reached_after_it() {
        WebClient c = client();
        var r = c.get("/account");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).contains("/login?next=%2Faccount");
        c.get("/login?next=%2Faccount");
        var login = c.post("/login", "username", "amina", "password", TestApp.PASSWORD, "next", "/account");
        assertThat(login.headers().firstValue("Location")).contains("/account");
    }

    @Test
    void a_disabled_account_cannot_log_in_and_loses_its_sessions() {
        var a = TestApp.account(app, "leaving", Role.MONITOR);
        WebClient c = client();
        c.login("leaving", TestApp.PASSWORD);
        String session = c.cookie(Cookies.SESSION);
        app.accounts().setDisabled("test", "127.0.0.1", a.id(), true);
        assertThat(app.authentication().bySession(session)).isEmpty();
        assertThat(client().login("leaving", TestApp.PASSWORD).statusCode()).isEqualTo(422);
    }
}
