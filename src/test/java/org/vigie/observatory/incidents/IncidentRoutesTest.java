package org.vigie.observatory.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.audit.AuditQuery;
import org.vigie.support.ApiClient;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;

/** The observatory through the server: the form, the list, an incident's page, verification, duplicates, evidence, the API. */
class IncidentRoutesTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.withAccountPerRole();
    static App app;
    static long restricted;
    static long open;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        open = app.observatory().record(Drafts.draft(Drafts.MOPTI_COMMUNE, LocalDate.of(2025, 1, 20), Drafts.SUMMARY_EXECUTION), "m", "ip");
        restricted = app.observatory().record(Drafts.draft(Drafts.MOPTI_COMMUNE, LocalDate.of(2025, 1, 2), Drafts.RAPE), "m", "ip");
    }

    static WebClient login(String username) {
        WebClient c = new WebClient(TestApp.base(app));
        c.login(username, TestApp.PASSWORD);
        return c;
    }

    static ApiClient api(String username) {
        var account = app.accounts().byUsername(username).orElseThrow();
        return new ApiClient(TestApp.base(app), app.authentication().createToken(account.principal(), "t", "127.0.0.1").value());
    }

    @Test
    void a_monitor_records_an_incident_through_the_form_and_lands_on_its_page() {
        WebClient monitor = login("monitor");
        assertThat(monitor.get("/incidents/new").body()).contains("name=\"acts[0].act_type\"").contains("Sangha");
        var r = monitor.post("/incidents", "date_precision", "day", "date_start", "2025-02-03", "pcode", Drafts.SANGHA,
                "title", "Exécutions au marché", "description_fr", "Trois commerçants exécutés.", "acts[0].act_type",
                Drafts.SUMMARY_EXECUTION, "acts[0].perpetrators[0].category", "terrorist_groups", "acts[1].act_type", "",
                "sources[0].description", "Témoin joint par téléphone");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        String page = monitor.get(r.headers().firstValue("Location").orElseThrow()).body();
        assertThat(page).contains("ML-2025-").contains("Exécutions au marché").contains("Sangha").contains("Exécution sommaire")
                .contains("Groupes désignés comme terroristes").contains("Témoin joint par téléphone");
    }

    @Test
    void a_wrong_field_comes_back_on_the_form_with_what_was_typed() {
        WebClient monitor = login("monitor");
        monitor.get("/incidents/new");
        var r = monitor.post("/incidents", "date_start", "2025-02-03", "pcode", "ML050299", "locality", "Sangha", "title", "Titre gardé",
                "description_fr", "x", "acts[0].act_type", Drafts.SUMMARY_EXECUTION);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Lieux les plus proches").contains("Sangha (ML050218)").contains("value=\"Titre gardé\"");
    }

    @Test
    void observers_read_the_list_without_restricted_incidents_and_focal_points_see_nothing() {
        WebClient observer = login("observer");
        String list = observer.get("/incidents").body();
        assertThat(list).contains("/incidents/" + open + "\"").doesNotContain("/incidents/" + restricted + "\"");
        assertThat(observer.get("/incidents/" + restricted).statusCode()).isEqualTo(404);
        assertThat(login("analyst").get("/incidents").body()).contains("/incidents/" + restricted + "\"");
        assertThat(login("focal-point").get("/incidents").statusCode()).isEqualTo(403);
    }

    @Test
    void a_restricted_incident_is_shown_only_in_the_restricted_view() {
        long mine = app.observatory().record(Drafts.draft(Drafts.SANGHA, LocalDate.of(2025, 1, 3), Drafts.RAPE), "monitor", "ip");
        assertThat(login("monitor").get("/incidents/" + mine).statusCode()).isEqualTo(200);
        assertThat(login("monitor").get("/incidents/" + restricted).statusCode()).as("recorded by another monitor").isEqualTo(404);
        assertThat(login("monitor").get("/incidents").body()).doesNotContain("/incidents/" + restricted + "\"");
        assertThat(login("analyst").get("/incidents/" + restricted).statusCode()).isEqualTo(200);
    }

    @Test
    void the_map_draws_regions_and_cercles_on_the_server() {
        String page = login("observer").get("/incidents/map").body();
        assertThat(page).contains("<svg").contains("data-pcode=\"ML05\"").contains("Bandiagara");
    }

    @Test
    void an_analyst_examines_then_verifies_from_the_page() {
        long id = app.observatory().record(Drafts.draft("ML0101", LocalDate.of(2024, 4, 1), Drafts.DISAPPEARANCE), "m", "ip");
        WebClient analyst = login("analyst");
        analyst.get("/incidents/" + id);
        assertThat(analyst.post("/incidents/" + id + "/verification", "to", "pending_verification").statusCode()).isEqualTo(303);
        analyst.get("/incidents/" + id);
        assertThat(analyst.post("/incidents/" + id + "/verification", "to", "verified").statusCode()).isEqualTo(303);
        assertThat(analyst.get("/incidents/" + id).body()).contains("Vérifié").contains("analyst");
        analyst.get("/incidents/" + id);
        assertThat(analyst.post("/incidents/" + id + "/verification", "to", "dismissed").statusCode()).isEqualTo(400);
    }

    @Test
    void possible_duplicates_are_merged_from_the_duplicates_page() {
        long a = app.observatory().record(Drafts.draft("ML0201", LocalDate.of(2024, 8, 1), Drafts.SUMMARY_EXECUTION), "m", "ip");
        long b = app.observatory().record(Drafts.draft("ML0201", LocalDate.of(2024, 8, 2), Drafts.SUMMARY_EXECUTION), "m", "ip");
        WebClient analyst = login("analyst");
        assertThat(analyst.get("/incidents/duplicates").body()).contains("/incidents/" + a + "\"").contains("/incidents/" + b + "\"");
        assertThat(analyst.post("/incidents/duplicates", "a", Long.toString(a), "b", Long.toString(b), "decision", "merge").statusCode())
                .isEqualTo(303);
        assertThat(analyst.get("/incidents/duplicates").body()).doesNotContain("/incidents/" + b + "\"");
        assertThat(analyst.get("/incidents/" + b).body()).contains("Cet incident est un doublon de");
    }

    @Test
    void evidence_is_checked_by_its_bytes_stored_encrypted_and_each_download_audited() throws Exception {
        WebClient monitor = login("monitor");
        monitor.get("/incidents/" + open);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4, 5, 6, 7, 8};
        assertThat(monitor.postMultipart("/incidents/" + open + "/evidence", "file", "photo.png", png).statusCode()).isEqualTo(303);
        monitor.get("/incidents/" + open);
        var refused = monitor.postMultipart("/incidents/" + open + "/evidence", "file", "photo.png", "<html>not a photo".getBytes());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Ce type de fichier n’est pas accepté");
        long evidenceId = app.database().jdbi().withHandle(h -> h.createQuery("SELECT max(id) FROM incident_evidence").mapTo(Long.class).one());
        byte[] stored = app.database().jdbi().withHandle(h -> h.createQuery("SELECT content FROM incident_evidence WHERE id = :id")
                .bind("id", evidenceId).mapTo(byte[].class).one());
        assertThat(stored).isNotEqualTo(png);
        var download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(TestApp.base(app) + "/incidents/" + open
                + "/evidence/" + evidenceId)).header("Cookie", "vigie_session=" + monitor.cookie("vigie_session")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.body()).isEqualTo(png);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(app.audit().count(new AuditQuery("monitor", "incident.evidence.read", "incident:" + open, null, null, 0, 10))).isEqualTo(1);
        assertThat(login("observer").get("/incidents/" + open + "/evidence/" + evidenceId).statusCode()).isEqualTo(403);
    }

    @Test
    void the_map_counts_incidents_by_region_and_cercle() {
        String page = login("observer").get("/incidents/map").body();
        assertThat(page).contains("Mopti").contains("ML05");
    }

    @Test
    void the_api_records_lists_and_shows_an_incident() {
        ApiClient monitor = api("monitor");
        var created = monitor.post("/api/v1/incidents", """
                {"date_start": "2024-11", "date_precision": "month", "pcode": "ML0502", "title": "Enlèvement d'enseignants",
                 "description_en": "Two teachers abducted.", "acts": [{"act_type": "03010400000004",
                 "perpetrators": [{"category": "unknown"}]}], "sources": [{"description": "Local radio", "kind": "18010409150116"}]}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"reference\":\"ML-2024-");
        var list = monitor.get("/api/v1/incidents?place=ML0502&limit=10");
        assertThat(list.body()).contains("Enlèvement d'enseignants").contains("\"date_precision\":\"month\"");
        long id = Long.parseLong(created.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
        assertThat(monitor.get("/api/v1/incidents/" + id).body()).contains("\"category\":\"unknown\"").contains("\"date_end\":\"2024-11-30\"");
        var bad = monitor.post("/api/v1/incidents", "{\"date_start\": \"2024-11-01\", \"pcode\": \"ML0502\", \"title\": \"x\", "
                + "\"description_fr\": \"x\", \"acts\": [{\"act_type\": \"01010101000004\"}, {\"act_type\": \"nope\"}]}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"acts[1].act_type\"");
        assertThat(api("observer").post("/api/v1/incidents/" + id + "/verification", "{\"to\": \"verified\"}").statusCode()).isEqualTo(403);
        assertThat(api("analyst").get("/api/v1/incidents/counts").body()).contains("\"pcode\":\"ML05\"");
    }
}
