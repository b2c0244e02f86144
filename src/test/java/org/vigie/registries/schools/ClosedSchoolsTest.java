package org.vigie.registries.schools;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.accounts.NewAccount;
import org.vigie.accounts.Username;
import org.vigie.audit.AuditQuery;
import org.vigie.security.Role;
import org.vigie.support.ApiClient;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;

/** The registry of closed schools through its pages and API: recording, history, filters, who may do what. */
class ClosedSchoolsTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        TestApp.account(app, "monitor", Role.MONITOR);
        TestApp.account(app, "fp-dndh", Role.FOCAL_POINT);
        app.accounts().create("test", "127.0.0.1", new NewAccount(new Username("fp-men"), "", Role.FOCAL_POINT, "MEN", TestApp.PASSWORD));
    }

    static WebClient login(String username) {
        WebClient c = new WebClient(TestApp.base(app));
        c.login(username, TestApp.PASSWORD);
        return c;
    }

    static long record(WebClient monitor, String name, String pcode, String closedOn) {
        monitor.get("/registries/schools/new");
        HttpResponse<String> r = monitor.post("/registries/schools", "name", name, "pcode", pcode, "level", "fundamental_1",
                "closed_on", closedOn, "cause", "threat", "girls", "40", "boys", "35", "teachers", "3", "source", "Rapport du CAP");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        String location = r.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void a_monitor_records_a_closed_school_and_its_page_shows_the_closure_in_french() {
        WebClient monitor = login("monitor");
        long id = record(monitor, "École fondamentale de Tessit", "ML0702", "2025-01-15");
        String page = monitor.get("/registries/schools/" + id).body();
        assertThat(page).contains("École fondamentale de Tessit").contains("Ansongo").contains("Menaces contre l’école")
                .contains("15 janvier 2025").contains("Fermée");
        assertThat(app.audit().count(new AuditQuery("monitor", "school.registered", "school:" + id, null, null, 0, 10))).isEqualTo(1);
    }

    @Test
    void an_unknown_pcode_is_refused_with_the_nearest_names_and_the_form_keeps_what_was_typed() {
        WebClient monitor = login("monitor");
        monitor.get("/registries/schools/new");
        HttpResponse<String> r = monitor.post("/registries/schools", "name", "École de Bara", "pcode", "ML0799", "level", "secondary",
                "closed_on", "2025-02-01", "cause", "attack");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("P-code : ML0799 n’est ni un cercle ni une commune").contains("Ansongo (ML0702)")
                .contains("value=\"École de Bara\"");
    }

    @Test
    void a_school_reopens_closes_again_and_its_page_shows_both_closures() {
        WebClient monitor = login("monitor");
        long id = record(monitor, "École de Ber", "ML0601", "2024-10-01");
        monitor.get("/registries/schools/" + id);
        HttpResponse<String> early = monitor.post("/registries/schools/" + id + "/reopening", "reopened_on", "2024-09-30");
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(early.body()).contains("la réouverture précède la fermeture (2024-10-01)");
        assertThat(monitor.post("/registries/schools/" + id + "/reopening", "reopened_on", "2024-12-02").statusCode()).isEqualTo(302);
        monitor.get("/registries/schools/" + id);
        assertThat(monitor.post("/registries/schools/" + id + "/closures", "closed_on", "2025-03-10", "cause", "occupation").statusCode())
                .isEqualTo(302);
        String page = monitor.get("/registries/schools/" + id).body();
        assertThat(page).contains("2 décembre 2024").contains("10 mars 2025").contains("Occupation par des acteurs armés");
        assertThat(app.registries().schools().history(id)).hasSize(2);
    }

    @Test
    void the_list_filters_by_region_and_state_and_counts_the_closed_schools_by_region() throws Exception {
        var analyst = TestApp.account(app, "analyst-list", Role.ANALYST);
        ApiClient api = new ApiClient(TestApp.base(app), app.authentication().createToken(analyst.principal(), "t", "127.0.0.1").value());
        HttpResponse<String> created = api.post("/api/v1/registries/schools", "{\"name\":\"Lycée de Kidal\",\"pcode\":\"ML0801\","
                + "\"level\":\"secondary\",\"closed_on\":\"2023-11-20\",\"cause\":\"insecurity\",\"girls\":120,\"boys\":150,\"teachers\":14}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"level\":\"secondary\"").contains("\"cause\":\"insecurity\"");
        var kidal = new com.fasterxml.jackson.databind.ObjectMapper().readTree(api.get("/api/v1/registries/schools?region=ML08&state=closed").body());
        assertThat(kidal.get("total").asLong()).isEqualTo(1);
        assertThat(kidal.get("schools").get(0).get("name").asText()).isEqualTo("Lycée de Kidal");
        var count = kidal.get("counts_by_region").get(0);
        assertThat(count.get("region").asText()).isEqualTo("ML08");
        assertThat(count.get("closedNow").asLong()).isEqualTo(1);
        assertThat(count.get("girls").asLong()).isEqualTo(120);
        assertThat(api.get("/api/v1/registries/schools?region=ML08&state=reopened").body()).contains("\"total\":0");
        assertThat(api.get("/api/v1/registries/schools?from=2025-01-01&to=2023-01-01").statusCode()).isEqualTo(400);
        assertThat(login("monitor").get("/registries/schools?region=ML08").body()).contains("Lycée de Kidal").contains("Kidal");
    }

    @Test
    void the_ministry_of_education_records_a_reopening_and_another_institution_does_not_see_the_registry() {
        long id = record(login("monitor"), "École de Léré", "ML0605", "2024-05-05");
        WebClient men = login("fp-men");
        assertThat(men.get("/registries/schools").body()).contains("École de Léré");
        men.get("/registries/schools/" + id);
        assertThat(men.post("/registries/schools/" + id + "/reopening", "reopened_on", "2024-06-01").statusCode()).isEqualTo(302);
        assertThat(men.post("/registries/schools/" + id + "/verification", "verification", "verified").statusCode())
                .as("verification is for editors").isEqualTo(403);
        WebClient dndh = login("fp-dndh");
        assertThat(dndh.get("/registries/schools").statusCode()).isEqualTo(404);
        assertThat(dndh.get("/registries/schools/" + id).statusCode()).isEqualTo(404);
        assertThat(dndh.get("/registries").body()).doesNotContain("/registries/schools\"");
    }

    @Test
    void the_pages_speak_english_to_an_english_browser() {
        long id = record(login("monitor"), "École de Talataye", "ML0704", "2024-03-03");
        WebClient english = new WebClient(TestApp.base(app)).language("en");
        english.login("monitor", TestApp.PASSWORD);
        assertThat(english.get("/registries/schools/" + id).body()).contains("Threats against the school or its teachers")
                .contains("Closures and reopenings").contains("Record the reopening");
        assertThat(english.get("/registries").body()).contains("Closed schools").contains("Reparation claims");
    }
}
