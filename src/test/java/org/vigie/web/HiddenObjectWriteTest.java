package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.accounts.NewAccount;
import org.vigie.accounts.Username;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.support.ApiClient;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;
import org.vigie.tracker.recommendations.RecommendationFilter;
import org.vigie.tracker.recommendations.Status;

/**
 * Every state-changing route (POST, PUT, PATCH, DELETE) that names an incident or a follow-up object, called by
 * someone who may not see that object: another monitor naming a restricted incident (in the path, or as the
 * incident a registry entry is linked to), a focal point or validator of DNDH naming a recommendation not
 * assigned to DNDH, an action or a report of another institution. Each answers 404 exactly as for a missing
 * object (same body), and nothing changes: the same audit trail and the same rows.
 */
class HiddenObjectWriteTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.withAccountPerRole();
    static final String MISSING = "999999";
    static final List<String> TABLES = List.of("incident", "incident_act", "incident_source", "incident_evidence", "incident_link",
            "victim", "victim_photo", "victim_consent_change", "reparation_incident", "proceeding_incident", "incident_recommendation",
            "tracker_action", "tracker_indicator", "progress_report", "recommendation_institution", "audit_entry");
    static App app;
    static final Map<String, ApiClient> APIS = new java.util.HashMap<>();
    static final Map<String, WebClient> WEBS = new java.util.HashMap<>();
    static long restricted;
    static long restrictedVictim;
    static long claim;
    static long proceeding;
    static long unassigned;
    static long menAction;
    static long unassignedIndicator;
    static long menReport;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        var other = TestApp.account(app, "other-monitor", Role.MONITOR);
        APIS.put("other-monitor", new ApiClient(vigie.base(), app.authentication().createToken(other.principal(), "t", "127.0.0.1").value()));
        WebClient otherWeb = new WebClient(vigie.base());
        otherWeb.login("other-monitor", TestApp.PASSWORD);
        WEBS.put("other-monitor", otherWeb);
        for (Role role : List.of(Role.FOCAL_POINT, Role.VALIDATOR)) {
            APIS.put(RunningVigie.username(role), vigie.api(role));
            WEBS.put(RunningVigie.username(role), vigie.web(role));
        }
        ApiClient monitor = vigie.api(Role.MONITOR);
        ObjectMapper json = new ObjectMapper();
        var r = monitor.post("/api/v1/incidents", """
                {"date_start": "2025-02-03", "pcode": "ML050218", "title": "Restreint", "description_fr": "x", "acts": [{"act_type": "02011101000004"}],
                 "victims": [{"sex": "female", "age": 30, "acts": [0]}]}""");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        restricted = json.readTree(r.body()).get("id").asLong();
        restrictedVictim = json.readTree(r.body()).get("victims").get(0).get("id").asLong();
        r = monitor.post("/api/v1/registries/reparations", "{\"pseudonym\":\"CLAIMANT-1A\",\"harm_classes\":[\"loss_of_life\"],"
                + "\"programme\":\"cvjr\",\"measures\":[\"compensation\"],\"submitted_on\":\"2024-09-15\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        claim = json.readTree(r.body()).get("claim").get("id").asLong();
        r = monitor.post("/api/v1/registries/proceedings", "{\"reference\":\"RP-2024-900\",\"court\":\"Tribunal de Mopti\","
                + "\"charge_classes\":[\"torture\"],\"stage\":\"trial\",\"stage_on\":\"2024-01-01\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        proceeding = json.readTree(r.body()).get("proceeding").get("id").asLong();
        followUp(json);
    }

    /** Two recommendations: one assigned to DNDH and MEN (with an action of MEN and a report of MEN), one to MEN only. */
    private static void followUp(ObjectMapper json) throws Exception {
        try (InputStream in = HiddenObjectWriteTest.class.getResourceAsStream("/tracker/upr48-slovenia-thematic-list.docx")) {
            app.tracker().importFile("analyst", "127.0.0.1", "slovenia.docx", in.readAllBytes(), "SI");
        }
        var found = app.tracker().find(RecommendationFilter.all());
        long shared = found.get(0).id();
        unassigned = found.get(1).id();
        Principal analyst = vigie.principal(Role.ANALYST);
        app.followUp().assign(analyst, "127.0.0.1", shared, "DNDH");
        app.followUp().assign(analyst, "127.0.0.1", shared, "MEN");
        app.followUp().assign(analyst, "127.0.0.1", unassigned, "MEN");
        ApiClient analystApi = vigie.api(Role.ANALYST);
        var r = analystApi.post("/api/v1/recommendations/" + shared + "/actions", "{\"title\":\"Former les enseignants\",\"institution\":\"MEN\","
                + "\"state\":\"planned\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        menAction = json.readTree(r.body()).get("id").asLong();
        r = analystApi.post("/api/v1/recommendations/" + unassigned + "/indicators", "{\"name\":\"Écoles rouvertes\",\"unit\":\"écoles\",\"frequency\":\"yearly\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        unassignedIndicator = json.readTree(r.body()).get("id").asLong();
        var men = app.accounts().create("test", "127.0.0.1", new NewAccount(new Username("fp-men"), "", Role.FOCAL_POINT, "MEN",
                TestApp.PASSWORD));
        menReport = app.followUp().submit(men.principal(), "127.0.0.1", shared, "Rapport du MEN", Status.IN_PROGRESS);
    }

    /** Who calls a route, what its path names, and what its body says. */
    record Call(String caller, String hidden, String missing, Map<String, String> body) {
    }

    @TestFactory
    List<DynamicTest> each_write_naming_a_hidden_object_answers_as_for_a_missing_one_and_changes_nothing() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Router.Route route : app.web().routes()) {
            String method = route.method().toString();
            if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
                continue;
            }
            Call call = call(route);
            if (call == null) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(method + " " + route.path() + " as " + call.caller(), () -> {
                String before = digest();
                HttpResponse<String> hidden = send(route, call.caller(), call.hidden(), call.body());
                assertThat(hidden.statusCode()).as(hidden.body()).isEqualTo(404);
                assertThat(digest()).as("nothing changed").isEqualTo(before);
                HttpResponse<String> missing = send(route, call.caller(), call.missing(), missingBody(call.body()));
                assertThat(missing.statusCode()).isEqualTo(404);
                assertThat(samePage(hidden.body())).isEqualTo(samePage(missing.body()));
            }));
        }
        return tests;
    }

    @Test
    void the_routes_that_name_hidden_objects_are_all_covered() {
        List<String> covered = app.web().routes().stream().filter(r -> !r.method().toString().equals("GET"))
                .filter(r -> call(r) != null).map(Router.Route::path).toList();
        assertThat(covered).contains("/api/v1/registries/reparations/{id}/incidents", "/api/v1/registries/proceedings/{id}/links",
                "/registries/reparations/{id}/incidents", "/registries/proceedings/{id}/links", "/api/v1/incidents/{id}/victims",
                "/incidents/{id}/sources", "/incidents/{id}/evidence", "/api/v1/actions/{id}", "/tracker/actions/{id}",
                "/api/v1/recommendations/{id}/actions", "/tracker/{id}/reports", "/tracker/reports/{id}/decision");
    }

    @Test
    void victims_of_a_restricted_incident_are_not_found_for_an_observer_as_for_a_missing_incident() {
        var hidden = vigie.api(Role.OBSERVER).get("/api/v1/incidents/" + restricted + "/victims");
        var missing = vigie.api(Role.OBSERVER).get("/api/v1/incidents/" + MISSING + "/victims");
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(hidden.body()).isEqualTo(missing.body()).doesNotContain("count");
    }

    /**
     * The call a route gets, or null for a route that names nothing a caller it admits could not see (accounts,
     * texts, vocabulary: covered by their own tests; incident routes for analysts, who see every incident).
     */
    static Call call(Router.Route route) {
        String p = route.path();
        Set<?> roles = route.roles();
        Map<String, String> incidentBody = Map.of("incident", Long.toString(restricted));
        if (p.matches("(/api/v1)?/registries/reparations/\\{id}/incidents") || p.matches("(/api/v1)?/registries/proceedings/\\{id}/links")) {
            long entry = p.contains("reparations") ? claim : proceeding;
            return new Call("other-monitor", Long.toString(entry), Long.toString(entry), incidentBody);
        }
        if (p.matches("(/api/v1)?/incidents/\\{id}.*") && roles.contains(Role.MONITOR)) {
            return new Call("other-monitor", Long.toString(restricted), MISSING, victimBody());
        }
        if (p.matches("(/api/v1/recommendations|/tracker)/\\{id}/(actions|indicators|reports)") && roles.contains(Role.FOCAL_POINT)) {
            return new Call("focal-point", Long.toString(unassigned), MISSING, followUpBody());
        }
        if (p.matches("(/api/v1|/tracker)/actions/\\{id}") && roles.contains(Role.FOCAL_POINT)) {
            return new Call("focal-point", Long.toString(menAction), MISSING, followUpBody());
        }
        if (p.matches("(/api/v1|/tracker)/indicators/\\{id}.*") && roles.contains(Role.FOCAL_POINT)) {
            return new Call("focal-point", Long.toString(unassignedIndicator), MISSING, followUpBody());
        }
        if (p.equals("/tracker/reports/{id}/decision")) {
            return new Call("validator", Long.toString(menReport), MISSING, Map.of("decision", "validate"));
        }
        return null;
    }

    /** What a new or changed victim, source or evidence could hold: well-formed, so that only visibility refuses it. */
    static Map<String, String> victimBody() {
        return Map.of("sex", "female", "age", "30", "consent", "documentation", "consent_given_on", "2025-02-04",
                "consent_given_by", "victim", "kind", "23092014050116", "description", "Témoin", "reason", "vérification",
                "full_name", "Awa");
    }

    static Map<String, String> followUpBody() {
        return Map.of("title", "Action", "institution", "DNDH", "state", "planned", "name", "Indicateur", "unit", "écoles", "frequency", "yearly",
                "text", "Rapport", "status", "in_progress", "measured_on", "2025-01-01", "value", "3");
    }

    /** The same body naming a missing incident where it named the hidden one. */
    static Map<String, String> missingBody(Map<String, String> body) {
        Map<String, String> out = new java.util.HashMap<>(body);
        out.computeIfPresent("incident", (k, v) -> MISSING);
        return out;
    }

    static HttpResponse<String> send(Router.Route route, String caller, String id, Map<String, String> body) throws Exception {
        String path = route.path().replace("{id}", id).replace("{victim}", Long.toString(restrictedVictim)).replaceAll("\\{[^}]+}", "1");
        String method = route.method().toString();
        if (path.startsWith("/api/")) {
            ApiClient api = APIS.get(caller);
            String json = new ObjectMapper().writeValueAsString(body);
            return switch (method) {
                case "PUT" -> api.put(path, json);
                case "PATCH" -> api.patch(path, json);
                case "DELETE" -> api.delete(path);
                default -> api.post(path, json);
            };
        }
        WebClient web = WEBS.get(caller);
        web.get("/");
        List<String> form = new ArrayList<>();
        body.forEach((k, v) -> {
            form.add(k);
            form.add(v);
        });
        if (route.path().endsWith("/evidence") || route.path().endsWith("/photos")) {
            return web.postMultipart(path, form, route.path().endsWith("/photos") ? "photo" : "file", "note.pdf", "%PDF-1.4\n%%EOF\n".getBytes());
        }
        return web.post(path, form.toArray(String[]::new));
    }

    /** A page without the link back to where it was asked (the language switch's {@code next}), which holds the path. */
    static String samePage(String body) {
        return body.replaceAll("name=\"next\" value=\"[^\"]*\"", "name=\"next\"");
    }

    /** A digest of every row that a refused write could have changed, audit trail included. */
    static String digest() {
        return app.database().jdbi().withHandle(h -> {
            StringBuilder out = new StringBuilder();
            for (String table : TABLES) {
                boolean exists = h.createQuery("SELECT to_regclass(:t) IS NOT NULL").bind("t", table).mapTo(Boolean.class).one();
                if (exists) {
                    out.append(table).append('=').append(h.createQuery("SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM "
                            + table + " t").mapTo(String.class).one()).append(' ');
                }
            }
            return out.toString();
        });
    }
}
