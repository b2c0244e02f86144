package org.vigie.observatory.victims;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.audit.AuditQuery;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.support.ApiClient;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;
import org.vigie.support.TestIncidents;
import org.vigie.support.WebClient;

/** The victims' pages and API through real HTTP: the form, the list, the audited POST that shows an identity. */
class VictimRoutesTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;
    static long incident;
    static Principal analyst;
    static String analystToken;
    static String observerToken;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        TestApp.account(app, "web-monitor", Role.MONITOR);
        TestApp.account(app, "web-observer", Role.OBSERVER);
        analyst = TestApp.account(app, "web-analyst", Role.ANALYST).principal();
        analystToken = app.authentication().createToken(analyst, "t", "127.0.0.1").value();
        observerToken = app.authentication().createToken(app.accounts().byUsername("web-observer").orElseThrow().principal(), "t", "127.0.0.1").value();
        incident = TestIncidents.insert(app, "web-monitor", false, "killing", "looting");
    }

    private static WebClient as(String username) {
        WebClient web = new WebClient(TestApp.base(app));
        assertThat(web.login(username, TestApp.PASSWORD).statusCode()).isBetween(300, 399);
        return web;
    }

    private static Victim recordedWith(String name) {
        return app.victims().record(incident, new VictimDraft(Sex.MALE, 12, null, Set.of(VictimCategory.CHILD), List.of(1),
                new Identity(name, null, null, null, null), VictimRecordTest.documentation()), analyst, "");
    }

    @Test
    void a_monitor_adds_a_victim_through_the_form_and_the_list_shows_its_pseudonym_not_its_name() {
        WebClient web = as("web-monitor");
        assertThat(web.get("/incidents/" + incident + "/victims/new").body()).contains("name=\"full_name\"").contains("looting");
        HttpResponse<String> r = web.post("/incidents/" + incident + "/victims", "sex", "female", "age", "9", "categories", "child",
                "acts", "0", "consent", "documentation", "consent_given_on", "2025-03-20", "consent_given_by", "parent",
                "full_name", "Fanta Samaké");
        assertThat(r.statusCode()).isEqualTo(303);
        String location = r.headers().firstValue("Location").orElseThrow();
        assertThat(location).doesNotContain("Fanta").matches(".*recorded=V-[0-9A-Z]{6}");
        String list = web.get("/incidents/" + incident + "/victims").body();
        assertThat(list).contains(location.substring(location.indexOf("V-"))).doesNotContain("Fanta");
    }

    @Test
    void the_victim_s_page_names_the_acts_suffered_by_their_labels_not_a_count_or_codes() {
        String killing = "01010300000004";
        long other = TestIncidents.insert(app, "web-monitor", false, "VG-ATTACK-SCHOOL", killing);
        Victim v = app.victims().record(other, new VictimDraft(Sex.MALE, 12, null, Set.of(VictimCategory.CHILD), List.of(1),
                new Identity("Issa Traoré", null, null, null, null), VictimRecordTest.documentation()), analyst, "");
        String label = app.observatory().label(killing, java.util.Locale.FRENCH);
        assertThat(label).isNotEqualTo(killing);
        String page = as("web-analyst").get("/incidents/" + other + "/victims/" + v.id()).body();
        assertThat(page).contains("<li>" + label + "</li>").doesNotContain(killing)
                .doesNotContain("<li>" + app.observatory().label("VG-ATTACK-SCHOOL", java.util.Locale.FRENCH) + "</li>");
        String form = as("web-analyst").get("/incidents/" + other + "/victims/new").body();
        assertThat(form).contains(label).doesNotContain(killing);
    }

    @Test
    void a_bad_field_in_the_form_is_named_in_french() {
        WebClient web = as("web-monitor");
        web.get("/incidents/" + incident + "/victims/new");
        HttpResponse<String> r = web.post("/incidents/" + incident + "/victims", "sex", "male", "age", "40", "age_group", "child_5_11");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Tranche d’âge : L’âge 40 n’est pas dans cette tranche d’âge.");
    }

    @Test
    void showing_an_identity_is_a_post_that_renders_it_uncached_and_audits_the_reason() {
        Victim v = recordedWith("Adama Sanogo");
        WebClient web = as("web-analyst");
        String page = web.get("/incidents/" + incident + "/victims/" + v.id()).body();
        assertThat(page).contains(v.pseudonym()).contains("/identity").doesNotContain("Adama");
        HttpResponse<String> r = web.post("/incidents/" + incident + "/victims/" + v.id() + "/identity", "reason", "call back");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Adama Sanogo");
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(app.audit().find(new AuditQuery("web-analyst", "victim.identity.read", "victim:" + v.id(), null, null, 0, 5)))
                .singleElement().satisfies(e -> assertThat(e.details()).contains("call back"));
    }

    @Test
    void showing_an_identity_without_the_csrf_token_is_refused() {
        Victim v = recordedWith("Bakary Dao");
        WebClient web = as("web-analyst");
        HttpResponse<String> r = web.postRaw("/incidents/" + incident + "/victims/" + v.id() + "/identity", java.util.Map.of("reason", "x"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).doesNotContain("Bakary");
    }

    @Test
    void an_observer_sees_the_facts_without_a_button_to_show_the_identity() {
        Victim v = recordedWith("Nana Kanté");
        WebClient web = as("web-observer");
        String page = web.get("/incidents/" + incident + "/victims/" + v.id()).body();
        assertThat(page).contains(v.pseudonym()).doesNotContain("/identity").doesNotContain("Nana");
        assertThat(web.post("/incidents/" + incident + "/victims/" + v.id() + "/identity", "reason", "x").statusCode()).isEqualTo(403);
    }

    @Test
    void a_photo_uploaded_is_shown_only_with_the_identity() {
        Victim v = recordedWith("Sékou Bah");
        WebClient web = as("web-analyst");
        web.get("/incidents/" + incident + "/victims/" + v.id());
        HttpResponse<String> up = web.postMultipart("/incidents/" + incident + "/victims/" + v.id() + "/photos", "photo", "x.png",
                VictimRecordTest.png());
        assertThat(up.statusCode()).isEqualTo(303);
        assertThat(web.get("/incidents/" + incident + "/victims/" + v.id()).body()).doesNotContain("data:image/png");
        assertThat(web.post("/incidents/" + incident + "/victims/" + v.id() + "/identity", "reason", "photo").body())
                .contains("data:image/png;base64,");
    }

    @Test
    void the_api_lists_pseudonyms_and_facts_and_gives_an_identity_only_to_its_own_post() {
        Victim v = recordedWith("Modibo Sy");
        ApiClient api = new ApiClient(TestApp.base(app), analystToken);
        HttpResponse<String> list = api.get("/api/v1/incidents/" + incident + "/victims");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(v.pseudonym()).contains("\"age_group\":\"child_12_17\"").doesNotContain("Modibo");
        HttpResponse<String> identity = api.post("/api/v1/incidents/" + incident + "/victims/" + v.id() + "/identity", "{\"reason\":\"api\"}");
        assertThat(identity.statusCode()).isEqualTo(200);
        assertThat(identity.body()).contains("\"full_name\":\"Modibo Sy\"");
        HttpResponse<String> refused = new ApiClient(TestApp.base(app), observerToken)
                .post("/api/v1/incidents/" + incident + "/victims/" + v.id() + "/identity", "{}");
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void the_api_records_a_victim_and_names_a_bad_field() {
        ApiClient api = new ApiClient(TestApp.base(app), analystToken);
        HttpResponse<String> created = api.post("/api/v1/incidents/" + incident + "/victims",
                "{\"sex\":\"female\",\"age\":30,\"categories\":[\"aid_worker\"],\"acts\":[0,1]}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).containsPattern("\"pseudonym\":\"V-[0-9A-Z]{6}\"");
        HttpResponse<String> bad = api.post("/api/v1/incidents/" + incident + "/victims", "{\"sex\":\"female\",\"acts\":[7]}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"acts[0]\"");
    }

    @Test
    void an_altered_identity_answers_a_clear_error_through_the_api() {
        Victim v = recordedWith("Oumar Traoré");
        app.database().jdbi().useHandle(h -> h.execute(
                "UPDATE victim SET identity = set_byte(identity, 25, get_byte(identity, 25) # 1) WHERE id = ?", v.id()));
        HttpResponse<String> r = new ApiClient(TestApp.base(app), analystToken)
                .post("/api/v1/incidents/" + incident + "/victims/" + v.id() + "/identity", "{}");
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(r.body()).contains("identity_unreadable").contains(v.pseudonym()).doesNotContain("Oumar");
    }
}
