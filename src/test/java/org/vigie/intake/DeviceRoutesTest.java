package org.vigie.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.security.Role;
import org.vigie.support.RunningVigie;
import org.vigie.support.WebClient;

/** Enrolling and revoking field devices over real HTTP, with a session and its CSRF token. */
class DeviceRoutesTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.withAccountPerRole();
    static final Pattern URL = Pattern.compile("/odk/key/([A-Za-z0-9_-]{43})");
    static App app;

    @BeforeAll
    static void start() {
        app = vigie.app();
    }

    private static String enrol(WebClient web, String username, String label) {
        web.get("/intake/devices");
        HttpResponse<String> r = web.post("/intake/devices", "username", username, "label", label);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        Matcher m = URL.matcher(r.body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static long count(String sql, Object value) {
        return app.database().jdbi().withHandle(h -> h.createQuery(sql).bind("v", value).mapTo(Long.class).one());
    }

    @Test
    void an_analyst_enrols_a_phone_whose_token_is_shown_once_and_stored_only_as_its_hash() throws Exception {
        WebClient analyst = vigie.web(Role.ANALYST);

        String token = enrol(analyst, RunningVigie.username(Role.MONITOR), "Tombouctou 1");

        byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        assertThat(count("SELECT count(*) FROM field_device WHERE token_hash = :v", hash)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM field_device d WHERE d::text LIKE '%' || :v || '%'", token)).isZero();
        assertThat(analyst.get("/intake/devices").body()).contains("Tombouctou 1").doesNotContain(token);
        assertThat(count("SELECT count(*) FROM audit_entry WHERE action = 'intake.device.enrolled' AND actor = :v",
                RunningVigie.username(Role.ANALYST))).isGreaterThanOrEqualTo(1);
    }

    @Test
    void every_use_of_a_device_is_audited() throws Exception {
        String token = enrol(vigie.web(Role.ADMINISTRATOR), RunningVigie.username(Role.MONITOR), "Kidal 2");
        long before = count("SELECT count(*) FROM audit_entry WHERE action = 'intake.device.used' AND actor = :v",
                RunningVigie.username(Role.MONITOR));

        new CollectPhone(vigie.base() + "/odk/key/" + token).formList();

        assertThat(count("SELECT count(*) FROM audit_entry WHERE action = 'intake.device.used' AND actor = :v",
                RunningVigie.username(Role.MONITOR))).isEqualTo(before + 1);
    }

    @Test
    void a_device_for_an_account_that_does_not_collect_is_refused_naming_the_field() {
        WebClient admin = vigie.web(Role.ADMINISTRATOR);
        admin.get("/intake/devices");

        HttpResponse<String> r = admin.post("/intake/devices", "username", RunningVigie.username(Role.OBSERVER), "label", "Bamako");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("ne peut pas avoir d’appareil de terrain");
        assertThat(r.body()).doesNotContain("/odk/key/");
    }

    @Test
    void a_device_without_a_label_is_refused() {
        WebClient admin = vigie.web(Role.ADMINISTRATOR);
        admin.get("/intake/devices");

        HttpResponse<String> r = admin.post("/intake/devices", "username", RunningVigie.username(Role.MONITOR), "label", " ");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("obligatoire");
    }

    @Test
    void enrolling_without_the_csrf_token_is_refused() {
        WebClient admin = vigie.web(Role.ADMINISTRATOR);

        HttpResponse<String> r = admin.postRaw("/intake/devices", java.util.Map.of("username", RunningVigie.username(Role.MONITOR),
                "label", "Sans jeton"));

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(count("SELECT count(*) FROM field_device WHERE label = :v", "Sans jeton")).isZero();
    }

    @Test
    void revoking_a_device_that_does_not_exist_answers_404() {
        WebClient admin = vigie.web(Role.ADMINISTRATOR);
        admin.get("/intake/devices");

        assertThat(admin.post("/intake/devices/999999/revoke").statusCode()).isEqualTo(404);
    }
}
