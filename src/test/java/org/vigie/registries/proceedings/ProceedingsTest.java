package org.vigie.registries.proceedings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.accounts.NewAccount;
import org.vigie.accounts.Username;
import org.vigie.audit.AuditQuery;
import org.vigie.registries.Input;
import org.vigie.registries.Link;
import org.vigie.search.SearchQuery;
import org.vigie.security.Role;
import org.vigie.support.ApiClient;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;

/** Judicial proceedings: suspects' names kept from every role but administrators and analysts, stages, links. */
class ProceedingsTest {
    static final String SUSPECT = "Boubacar Kéita-Fictif";
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;
    static long proceeding;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        TestApp.account(app, "analyst", Role.ANALYST);
        TestApp.account(app, "monitor", Role.MONITOR);
        TestApp.account(app, "observer", Role.OBSERVER);
        TestApp.account(app, "fp-dndh", Role.FOCAL_POINT);
        app.accounts().create("test", "127.0.0.1", new NewAccount(new Username("fp-mjdh"), "", Role.FOCAL_POINT, "MJDH", TestApp.PASSWORD));
        WebClient analyst = login("analyst");
        analyst.get("/registries/proceedings/new");
        HttpResponse<String> r = analyst.post("/registries/proceedings", "reference", "RP-2024-117", "court", "Pôle judiciaire spécialisé, Bamako",
                "charge_classes", "war_crimes", "charges", "Exécutions sommaires à Moura", "suspects_state_forces", "3",
                "suspect_names_state_forces", SUSPECT, "suspects_unknown", "2", "stage", "judicial_investigation", "stage_on", "2024-06-01");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        proceeding = Long.parseLong(r.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
    }

    static WebClient login(String username) {
        WebClient c = new WebClient(TestApp.base(app));
        c.login(username, TestApp.PASSWORD);
        return c;
    }

    @Test
    void an_analyst_reads_suspects_names_and_the_read_is_audited() {
        assertThat(login("analyst").get("/registries/proceedings/" + proceeding).body()).contains(SUSPECT).contains("Forces de défense");
        assertThat(app.audit().count(new AuditQuery("analyst", "proceeding.suspect_names.read", null, null, null, 0, 10))).isPositive();
    }

    @Test
    void monitors_observers_and_the_ministry_of_justice_see_counts_never_names() {
        for (String who : new String[] {"monitor", "observer", "fp-mjdh"}) {
            String page = login(who).get("/registries/proceedings/" + proceeding).body();
            assertThat(page).as(who).contains("RP-2024-117").contains(" : 3").doesNotContain(SUSPECT);
            assertThat(login(who).get("/registries/proceedings").body()).as(who).contains("RP-2024-117").doesNotContain(SUSPECT);
        }
        var observer = app.accounts().byUsername("observer").orElseThrow();
        String token = app.authentication().createToken(observer.principal(), "t", "127.0.0.1").value();
        String json = new ApiClient(TestApp.base(app), token).get("/api/v1/registries/proceedings/" + proceeding).body();
        assertThat(json).contains("\"count\":3").contains("\"category\"").doesNotContain(SUSPECT);
    }

    @Test
    void names_are_stored_encrypted_and_never_reach_the_search_index() {
        byte[] stored = app.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT names_enc FROM proceeding_suspect WHERE names_enc IS NOT NULL").mapTo(byte[].class).one());
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Fictif");
        var analyst = app.accounts().byUsername("analyst").orElseThrow().principal();
        assertThat(app.search().search(new SearchQuery("Fictif", null, 0, 10), analyst).total()).isZero();
        assertThat(app.search().search(new SearchQuery("Moura", null, 0, 10), analyst).total()).isEqualTo(1);
    }

    @Test
    void a_monitor_may_not_record_names() {
        WebClient monitor = login("monitor");
        monitor.get("/registries/proceedings/new");
        assertThat(monitor.get("/registries/proceedings/new").body()).doesNotContain("suspect_names_state_forces");
        HttpResponse<String> r = monitor.post("/registries/proceedings", "reference", "RP-2024-200", "court", "Tribunal de Mopti",
                "charge_classes", "murder", "suspects_armed_groups", "1", "suspect_names_armed_groups", "Quelqu’un",
                "stage", "complaint_filed", "stage_on", "2024-07-01");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("seuls les administrateurs et analystes saisissent les noms des suspects");
    }

    @Test
    void the_ministry_of_justice_moves_a_case_to_trial_and_the_history_keeps_each_stage() {
        long id = app.registries().proceedings().open(app.accounts().byUsername("analyst").orElseThrow().principal(), "127.0.0.1",
                new Input(java.util.Map.of("reference", java.util.List.of("RP-2023-009"), "court", java.util.List.of("Cour d’assises de Bamako"),
                        "charge_classes", java.util.List.of("terrorism", "murder"), "stage", java.util.List.of("indictment"),
                        "stage_on", java.util.List.of("2023-05-01"))));
        WebClient mjdh = login("fp-mjdh");
        mjdh.get("/registries/proceedings/" + id);
        HttpResponse<String> early = mjdh.post("/registries/proceedings/" + id + "/stages", "stage", "trial", "stage_on", "2023-04-01");
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(mjdh.post("/registries/proceedings/" + id + "/stages", "stage", "trial", "stage_on", "2024-02-12",
                "note", "Session d’assises de février").statusCode()).isEqualTo(302);
        assertThat(app.registries().proceedings().history(id)).extracting(StageChange::stage)
                .containsExactly(ProceedingStage.INDICTMENT, ProceedingStage.TRIAL);
        assertThat(app.audit().count(new AuditQuery("fp-mjdh", "proceeding.stage", "proceeding:" + id, null, null, 0, 10))).isEqualTo(1);
        WebClient dndh = login("fp-dndh");
        assertThat(dndh.get("/registries/proceedings/" + id).statusCode()).isEqualTo(404);
        dndh.get("/registries");
        assertThat(dndh.post("/registries/proceedings/" + id + "/stages", "stage", "appeal", "stage_on", "2024-03-01").statusCode())
                .isEqualTo(404);
    }

    @Test
    void a_proceeding_is_linked_to_an_existing_incident_only() {
        long incident = app.database().jdbi().withHandle(h -> h.createQuery("INSERT INTO incident (reference, date_start, date_end, "
                + "date_precision, gazetteer_edition, pcode, adm1_pcode, title, created_by) VALUES ('INC-TEST-1', '2024-03-01', "
                + "'2024-03-01', 'day', 'ocha-cod-ab-2015', 'ML0501', 'ML05', 'Exécutions (test)', 'test') RETURNING id")
                .mapTo(Long.class).one());
        WebClient monitor = login("monitor");
        monitor.get("/registries/proceedings/" + proceeding);
        assertThat(monitor.post("/registries/proceedings/" + proceeding + "/links", "incident", "424242").statusCode()).isEqualTo(404);
        assertThat(monitor.post("/registries/proceedings/" + proceeding + "/links", "incident", Long.toString(incident)).statusCode())
                .isEqualTo(302);
        assertThat(app.registries().proceedings().incidentsOf(
                new org.vigie.security.Principal(0, "analyst", org.vigie.security.Role.ANALYST, null), proceeding)).extracting(Link::label).containsExactly("INC-TEST-1");
    }

    @Test
    void a_case_number_is_recorded_once() {
        var analyst = app.accounts().byUsername("analyst").orElseThrow();
        ApiClient api = new ApiClient(TestApp.base(app), app.authentication().createToken(analyst.principal(), "t", "127.0.0.1").value());
        HttpResponse<String> again = api.post("/api/v1/registries/proceedings", "{\"reference\":\"RP-2024-117\",\"court\":\"X\","
                + "\"charge_classes\":[\"torture\"],\"stage\":\"trial\",\"stage_on\":\"2024-01-01\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("\"field\":\"reference\"");
    }
}
