package org.vigie.registries;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.accounts.NewAccount;
import org.vigie.accounts.Username;
import org.vigie.audit.AuditQuery;
import org.vigie.registries.reparations.ReparationRegistry;
import org.vigie.registries.schools.SchoolRegistry;
import org.vigie.search.SearchQuery;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.support.ApiClient;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;

/** Reparation claims by pseudonym: never a name, a status history, and who sees them, in pages, API and search. */
class ReparationClaimsTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;
    static ApiClient monitorApi;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        var monitor = TestApp.account(app, "monitor", Role.MONITOR);
        TestApp.account(app, "observer", Role.OBSERVER);
        app.accounts().create("test", "127.0.0.1", new NewAccount(new Username("fp-mjdh"), "", Role.FOCAL_POINT, "MJDH", TestApp.PASSWORD));
        monitorApi = new ApiClient(TestApp.base(app), app.authentication().createToken(monitor.principal(), "t", "127.0.0.1").value());
    }

    static WebClient login(String username) {
        WebClient c = new WebClient(TestApp.base(app));
        c.login(username, TestApp.PASSWORD);
        return c;
    }

    static long submit(String pseudonym) throws Exception {
        HttpResponse<String> r = monitorApi.post("/api/v1/registries/reparations", "{\"pseudonym\":\"" + pseudonym + "\","
                + "\"harm_classes\":[\"loss_of_life\",\"material_loss\"],\"programme\":\"cvjr\",\"measures\":[\"compensation\",\"rehabilitation\"],"
                + "\"amount_xof\":\"1 500 000\",\"submitted_on\":\"2024-09-15\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()).get("claim").get("id").asLong();
    }

    @Test
    void a_name_typed_as_pseudonym_is_refused_and_nothing_is_stored() {
        WebClient monitor = login("monitor");
        monitor.get("/registries/reparations/new");
        HttpResponse<String> r = monitor.post("/registries/reparations", "pseudonym", "Aminata Traoré", "harm_classes", "physical_harm",
                "programme", "cvjr", "measures", "rehabilitation", "submitted_on", "2024-10-01");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Pseudonyme du demandeur : un code de 3 à 32 majuscules");
        long stored = app.database().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM reparation_claim WHERE pseudonym ILIKE '%traor%'")
                .mapTo(Long.class).one());
        assertThat(stored).isZero();
    }

    @Test
    void a_claim_without_pseudonym_gets_one_made_by_vigie() {
        WebClient monitor = login("monitor");
        monitor.get("/registries/reparations/new");
        HttpResponse<String> r = monitor.post("/registries/reparations", "harm_classes", "displacement", "programme", "other",
                "measures", "restitution", "submitted_on", "2024-10-01");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        assertThat(monitor.get(r.headers().firstValue("Location").orElseThrow()).body()).containsPattern("REP-\\d{4}-[A-Z0-9]{4}");
    }

    @Test
    void a_claim_moves_through_its_statuses_and_a_paid_claim_stays_paid() throws Exception {
        long id = submit("CVJR-2024-0042");
        assertThat(monitorApi.post("/api/v1/registries/reparations/" + id + "/statuses", "{\"status\":\"granted\",\"status_on\":\"2024-08-01\"}")
                .statusCode()).as("before the current status").isEqualTo(400);
        assertThat(monitorApi.post("/api/v1/registries/reparations/" + id + "/statuses", "{\"status\":\"granted\",\"status_on\":\"2025-01-10\"}")
                .statusCode()).isEqualTo(200);
        HttpResponse<String> paid = monitorApi.post("/api/v1/registries/reparations/" + id + "/statuses",
                "{\"status\":\"implemented\",\"status_on\":\"2025-03-01\",\"note\":\"Virement effectué\"}");
        assertThat(paid.body()).contains("\"status\":\"implemented\"").contains("\"amountXof\":1500000")
                .contains("\"status\":\"submitted\"").contains("\"status\":\"granted\"");
        assertThat(monitorApi.post("/api/v1/registries/reparations/" + id + "/statuses", "{\"status\":\"rejected\",\"status_on\":\"2025-04-01\"}")
                .statusCode()).isEqualTo(409);
        assertThat(app.audit().count(new AuditQuery("monitor", "reparation.", "reparation_claim:" + id, null, null, 0, 10))).isEqualTo(3);
    }

    @Test
    void observers_read_claims_and_institutions_do_not() throws Exception {
        long id = submit("CVJR-2024-0077");
        assertThat(login("observer").get("/registries/reparations/" + id).body()).contains("CVJR-2024-0077").contains("Indemnisation");
        WebClient mjdh = login("fp-mjdh");
        assertThat(mjdh.get("/registries/reparations").statusCode()).isEqualTo(403);
        assertThat(mjdh.get("/registries/reparations/" + id).statusCode()).isEqualTo(403);
        Principal observer = app.accounts().byUsername("observer").orElseThrow().principal();
        Principal focal = app.accounts().byUsername("fp-mjdh").orElseThrow().principal();
        assertThat(app.search().search(new SearchQuery("CVJR-2024-0077", null, 0, 10), observer).total()).isEqualTo(1);
        assertThat(app.search().search(new SearchQuery("CVJR-2024-0077", null, 0, 10), focal).total()).isZero();
    }

    @Test
    void a_rebuilt_index_holds_each_registry_with_its_visibility() {
        app.registries().schools().register(app.accounts().byUsername("monitor").orElseThrow().principal(), "127.0.0.1",
                new Input(java.util.Map.of("name", java.util.List.of("École de Tinzaouatène"), "pcode", java.util.List.of("ML0801"),
                        "level", java.util.List.of("other"), "closed_on", java.util.List.of("2024-01-01"), "cause", java.util.List.of("attack"))));
        var report = app.search().rebuild(app.searchSources());
        assertThat(report.countsPerKind()).containsKeys(SchoolRegistry.KIND, ReparationRegistry.KIND);
        Principal observer = app.accounts().byUsername("observer").orElseThrow().principal();
        Principal justice = app.accounts().byUsername("fp-mjdh").orElseThrow().principal();
        assertThat(app.search().search(new SearchQuery("Tinzaouatène", null, 0, 10), observer).total()).isEqualTo(1);
        assertThat(app.search().search(new SearchQuery("Tinzaouatène", null, 0, 10), justice).total())
                .as("schools are the Ministry of Education's").isZero();
    }
}
