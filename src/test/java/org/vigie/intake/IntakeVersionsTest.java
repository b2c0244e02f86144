package org.vigie.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.observatory.vocabulary.Origin;
import org.vigie.security.Role;
import org.vigie.support.RunningVigie;
import org.vigie.support.WebClient;

/**
 * A record re-sent from a phone under the same instanceID with other content, reconciled by an analyst through
 * the real HTTP boundary: the version waits on the analyst's home and in the list, the page shows both versions
 * field by field (identities included for the roles that see them, each reading audited), and the decision,
 * audited, takes it out of the queue. Every other role gets a 404, as for a version that does not exist.
 */
class IntakeVersionsTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.withAccountPerRole();
    @TempDir
    static Path media;
    static App app;
    static CollectPhone phone;
    static CollectPhone.Form form;

    @BeforeAll
    static void enrol() throws Exception {
        app = vigie.app();
        EnrolledPhone enrolled = EnrolledPhone.of(vigie, "Gao 7", media);
        phone = enrolled.phone();
        form = enrolled.form();
    }

    /** Sends a record, then the same instanceID with another title and another name; returns the version's id. */
    static Resent resend(String name, String title, String otherName, String otherTitle) throws Exception {
        JavaRosaForm engine = new JavaRosaForm(form.xml(), media, "Français (fr)");
        byte[] xml = new MonitorRecord(name, title, false).fill(engine);
        String changed = new String(xml, StandardCharsets.UTF_8).replace(title, otherTitle).replace(name, otherName);
        for (byte[] content : List.of(xml, changed.getBytes(StandardCharsets.UTF_8))) {
            CollectPhone.Encrypted e = CollectPhone.encrypt(form, engine.instanceId(), content, Map.of());
            HttpResponse<String> r = phone.submit(e.manifest(), e.files());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        }
        long id = app.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT id FROM intake_submission WHERE instance_id = :i AND version = 2").bind("i", engine.instanceId()).mapTo(Long.class).one());
        long first = app.observatory().idOf(Origin.ODK, engine.instanceId()).orElseThrow();
        long second = app.observatory().idOf(Origin.ODK, engine.instanceId() + "#v2").orElseThrow();
        return new Resent(id, first, second);
    }

    record Resent(long id, long first, long second) {
    }

    static String status(long incident) {
        return app.database().jdbi().withHandle(h -> h.createQuery("SELECT verification_status FROM incident WHERE id = :id")
                .bind("id", incident).mapTo(String.class).one());
    }

    static String decision(long id) {
        return app.database().jdbi().withHandle(h -> h.createQuery("SELECT coalesce(decision, '') FROM intake_submission WHERE id = :id")
                .bind("id", id).mapTo(String.class).one());
    }

    static List<String> links(long from) {
        return app.database().jdbi().withHandle(h -> h.createQuery("SELECT kind || ':' || to_id FROM incident_link WHERE from_id = :id")
                .bind("id", from).mapTo(String.class).list());
    }

    @Test
    void the_analyst_sees_both_versions_field_by_field_with_identities_and_each_reading_is_audited() throws Exception {
        Resent v = resend("Fatoumata Maïga", "Attaque du marché", "Fatoumata Maïga Traoré", "Attaque du marché de Gao");
        WebClient analyst = vigie.web(Role.ANALYST);
        long identitiesBefore = vigie.audited("victim.identity.read");
        long readsBefore = vigie.audited("intake.version.read");

        assertThat(analyst.get("/").body()).contains("/intake/versions/" + v.id()).contains("Fiches renvoyées à réconcilier");
        assertThat(analyst.get("/intake/versions").body()).contains("/intake/versions/" + v.id());
        HttpResponse<String> page = analyst.get("/intake/versions/" + v.id());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<mark>Attaque du marché</mark>").contains("<mark>Attaque du marché de Gao</mark>")
                .contains("<mark>Fatoumata Maïga</mark>").contains("<mark>Fatoumata Maïga Traoré</mark>")
                .contains("Garder la première").contains("Prendre la seconde").contains("Garder les deux");
        // One identity per version read, each audited with its reason; and the comparison itself.
        assertThat(vigie.audited("victim.identity.read")).isEqualTo(identitiesBefore + 2);
        assertThat(vigie.audited("intake.version.read")).isEqualTo(readsBefore + 1);
    }

    @Test
    void the_page_speaks_english_to_an_english_reader() throws Exception {
        Resent v = resend("Awa Touré", "Enlèvement", "Awa Touré", "Enlèvement d’enfants");
        WebClient analyst = vigie.web(Role.ANALYST);
        analyst.setCookie("vigie_lang", "en");

        HttpResponse<String> page = analyst.get("/intake/versions/" + v.id());

        assertThat(page.body()).contains("Keep the first").contains("Take the second").contains("Keep both as separate incidents")
                .contains("Fields that differ: 1");
    }

    @Test
    void every_other_role_gets_404_for_the_list_the_page_and_the_decision() throws Exception {
        Resent v = resend("Kadia Coulibaly", "Pillage", "Kadia Coulibaly", "Pillage du grenier");

        for (Role role : List.of(Role.MONITOR, Role.VALIDATOR, Role.FOCAL_POINT, Role.OBSERVER)) {
            WebClient other = vigie.web(role);
            assertThat(other.get("/intake/versions").statusCode()).as(role.code()).isEqualTo(404);
            assertThat(other.get("/intake/versions/" + v.id()).statusCode()).as(role.code()).isEqualTo(404);
            assertThat(other.post("/intake/versions/" + v.id(), "decision", "keep_first").statusCode()).as(role.code()).isEqualTo(404);
            assertThat(other.get("/").body()).as(role.code()).doesNotContain("/intake/versions/" + v.id());
        }
        assertThat(decision(v.id())).isEmpty();
        assertThat(vigie.web(Role.ANALYST).get("/intake/versions/999999").statusCode()).isEqualTo(404);
    }

    @Test
    void keeping_the_first_merges_and_dismisses_the_new_version_and_takes_it_out_of_the_queue() throws Exception {
        Resent v = resend("Mariam Keïta", "Arrestation", "Mariam Keïta", "Arrestation arbitraire");
        WebClient analyst = vigie.web(Role.ANALYST);
        analyst.get("/intake/versions/" + v.id());
        long decided = vigie.audited("intake.version.decided");

        HttpResponse<String> r = analyst.post("/intake/versions/" + v.id(), "decision", "keep_first");

        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(decision(v.id())).isEqualTo("keep_first");
        assertThat(status(v.second())).isEqualTo("dismissed");
        assertThat(status(v.first())).isEqualTo("reported");
        assertThat(links(v.second())).containsExactly("duplicate_of:" + v.first());
        assertThat(vigie.audited("intake.version.decided")).isEqualTo(decided + 1);
        assertThat(analyst.get("/intake/versions").body()).doesNotContain("/intake/versions/" + v.id() + "\"");
        assertThat(analyst.get("/intake/versions/" + v.id()).statusCode()).isEqualTo(404);
        assertThat(analyst.post("/intake/versions/" + v.id(), "decision", "keep_both").statusCode()).as("decided once").isEqualTo(404);
    }

    @Test
    void taking_the_second_merges_and_dismisses_the_first() throws Exception {
        Resent v = resend("Oumou Sangaré", "Menaces", "Oumou Sangaré", "Menaces de mort");

        WebClient admin = vigie.web(Role.ADMINISTRATOR);
        admin.get("/intake/versions/" + v.id());
        HttpResponse<String> r = admin.post("/intake/versions/" + v.id(), "decision", "take_second");

        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(decision(v.id())).isEqualTo("take_second");
        assertThat(status(v.first())).isEqualTo("dismissed");
        assertThat(status(v.second())).isEqualTo("reported");
        assertThat(links(v.first())).containsExactly("duplicate_of:" + v.second());
    }

    @Test
    void keeping_both_leaves_two_incidents_marked_as_not_duplicates() throws Exception {
        Resent v = resend("Hawa Sidibé", "Incendie", "Hawa Sidibé", "Incendie de la mosquée");

        WebClient analyst = vigie.web(Role.ANALYST);
        analyst.get("/intake/versions/" + v.id());
        HttpResponse<String> r = analyst.post("/intake/versions/" + v.id(), "decision", "keep_both");

        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(decision(v.id())).isEqualTo("keep_both");
        assertThat(status(v.first())).isEqualTo("reported");
        assertThat(status(v.second())).isEqualTo("reported");
        assertThat(links(Math.min(v.first(), v.second()))).containsExactly("not_duplicate:" + Math.max(v.first(), v.second()));
    }

    @Test
    void an_unknown_decision_is_refused_naming_the_field_and_nothing_changes() throws Exception {
        Resent v = resend("Salif Traoré", "Attaque", "Salif Traoré", "Attaque du convoi");

        WebClient analyst = vigie.web(Role.ANALYST);
        analyst.get("/intake/versions/" + v.id());
        HttpResponse<String> r = analyst.post("/intake/versions/" + v.id(), "decision", "merge_somehow");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Choisissez une des trois décisions");
        assertThat(decision(v.id())).isEmpty();
    }
}
