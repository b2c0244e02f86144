package org.vigie.observatory.victims;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.support.ApiClient;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;
import org.vigie.support.TestIncidents;
import org.vigie.support.WebClient;

/** A victim's facts, identity and consent changed, and the victim deleted, through the pages and the API. */
class VictimChangeRoutesTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;
    static long incident;
    static Principal monitor;
    static ApiClient analystApi;
    static ApiClient observerApi;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        monitor = TestApp.account(app, "chw-monitor", Role.MONITOR).principal();
        TestApp.account(app, "chw-observer", Role.OBSERVER);
        Principal analyst = TestApp.account(app, "chw-analyst", Role.ANALYST).principal();
        analystApi = new ApiClient(TestApp.base(app), app.authentication().createToken(analyst, "t", "127.0.0.1").value());
        observerApi = new ApiClient(TestApp.base(app), app.authentication().createToken(
                app.accounts().byUsername("chw-observer").orElseThrow().principal(), "t", "127.0.0.1").value());
        incident = TestIncidents.insert(app, "chw-monitor", false, "killing", "looting");
    }

    private static WebClient as(String username) {
        WebClient web = new WebClient(TestApp.base(app));
        assertThat(web.login(username, TestApp.PASSWORD).statusCode()).isBetween(300, 399);
        return web;
    }

    private static Victim recorded(String name, ConsentUse... uses) {
        return app.victims().record(incident, new VictimDraft(Sex.FEMALE, 33, null, Set.of(VictimCategory.CIVILIAN), List.of(0),
                new Identity(name, null, null, null, null), new Consent(Set.of(uses), LocalDate.of(2025, 3, 1), "victim")), monitor, "");
    }

    private static String page(Victim v) {
        return "/incidents/" + incident + "/victims/" + v.id();
    }

    @Test
    void the_recording_monitor_corrects_the_facts_through_the_form() {
        Victim v = recorded("Rokia Diallo", ConsentUse.DOCUMENTATION);
        WebClient web = as("chw-monitor");
        assertThat(web.get(page(v)).body()).contains(page(v) + "/edit");
        assertThat(web.get(page(v) + "/edit").body()).contains("value=\"33\"").contains("looting");
        HttpResponse<String> r = web.post(page(v), "sex", "female", "age", "34", "categories", "civilian", "acts", "1");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue(page(v) + "?changed=facts");
        assertThat(web.get(page(v) + "?changed=facts").body()).contains("Les faits ont été corrigés.").contains("34");
    }

    @Test
    void a_bad_correction_shows_the_form_again_with_the_field_named() {
        Victim v = recorded("Oumou Sow", ConsentUse.DOCUMENTATION);
        WebClient web = as("chw-monitor");
        web.get(page(v) + "/edit");
        HttpResponse<String> r = web.post(page(v), "sex", "female", "age", "200");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("L’âge 200 n’est pas un âge possible");
    }

    @Test
    void the_identity_is_corrected_from_the_form_shown_with_its_audited_reading() {
        Victim v = recorded("Hawa Coulibali", ConsentUse.DOCUMENTATION);
        WebClient web = as("chw-monitor");
        web.get(page(v));
        String read = web.post(page(v) + "/identity", "reason", "spelling").body();
        assertThat(read).contains("action=\"" + page(v) + "/identity/change\"").contains("value=\"Hawa Coulibali\"");
        HttpResponse<String> r = web.post(page(v) + "/identity/change", "full_name", "Hawa Coulibaly");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location").orElseThrow()).doesNotContain("Hawa");
        assertThat(app.victims().identity(incident, v.id(), monitor, "", "check").orElseThrow().fullName()).isEqualTo("Hawa Coulibaly");
    }

    @Test
    void withdrawing_consent_through_the_form_erases_the_identity_and_the_page_shows_the_history() {
        Victim v = recorded("Mariam Konaté", ConsentUse.DOCUMENTATION);
        WebClient web = as("chw-monitor");
        web.get(page(v));
        HttpResponse<String> r = web.post(page(v) + "/consent", "consent_given_by", "victim");
        assertThat(r.statusCode()).isEqualTo(303);
        String after = web.get(page(v) + "?changed=consent").body();
        assertThat(after).contains("Consentement retiré").contains("identité effacée").contains("Aucune identité enregistrée")
                .doesNotContain(page(v) + "/identity\"");
        assertThat(app.victims().victim(incident, v.id(), monitor).hasIdentity()).isFalse();
    }

    @Test
    void deleting_asks_for_the_confirmation_box_then_leaves_the_list_with_a_notice() {
        Victim v = recorded("Assitan Touré", ConsentUse.DOCUMENTATION);
        WebClient web = as("chw-monitor");
        web.get(page(v));
        assertThat(web.post(page(v) + "/delete").statusCode()).isEqualTo(400);
        HttpResponse<String> r = web.post(page(v) + "/delete", "confirm", "yes");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/incidents/" + incident + "/victims?deleted=" + v.pseudonym());
        assertThat(web.get(page(v)).statusCode()).isEqualTo(404);
    }

    @Test
    void an_observer_is_offered_no_change_and_its_posts_are_refused() {
        Victim v = recorded("Kadia Maïga", ConsentUse.DOCUMENTATION);
        WebClient web = as("chw-observer");
        String body = web.get(page(v)).body();
        assertThat(body).doesNotContain("/edit").doesNotContain("/consent").doesNotContain("/delete");
        assertThat(web.post(page(v) + "/delete", "confirm", "yes").statusCode()).isEqualTo(403);
    }

    @Test
    void the_api_corrects_facts_and_keeps_the_identity_unless_the_body_names_identity_fields() {
        Victim v = recorded("Salimata Dembélé", ConsentUse.DOCUMENTATION);
        String path = "/api/v1/incidents/" + incident + "/victims/" + v.id();
        HttpResponse<String> facts = analystApi.put(path, "{\"sex\":\"female\",\"age\":35,\"acts\":[0,1]}");
        assertThat(facts.statusCode()).isEqualTo(200);
        assertThat(facts.body()).contains("\"age\":35").contains("\"has_identity\":true");
        HttpResponse<String> erased = analystApi.put(path, "{\"sex\":\"female\",\"age\":35,\"full_name\":null}");
        assertThat(erased.body()).contains("\"has_identity\":false");
    }

    @Test
    void the_api_narrows_consent_and_a_reading_for_justice_is_then_refused() {
        Victim v = recorded("Djénéba Keita", ConsentUse.DOCUMENTATION, ConsentUse.JUSTICE);
        String path = "/api/v1/incidents/" + incident + "/victims/" + v.id();
        assertThat(analystApi.post(path + "/identity", "{\"reason\":\"court\",\"purpose\":\"justice\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> changed = analystApi.put(path + "/consent", "{\"consent\":[\"documentation\"],\"consent_given_by\":\"victim\"}");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(analystApi.post(path + "/identity", "{\"reason\":\"court\",\"purpose\":\"justice\"}").statusCode()).isEqualTo(403);
        assertThat(analystApi.get(path + "/consent").body()).contains("[\"documentation\",\"justice\"]").contains("[\"documentation\"]");
    }

    @Test
    void the_api_deletes_a_victim_and_it_is_then_not_found() {
        Victim v = recorded("Fanta Camara", ConsentUse.DOCUMENTATION);
        String path = "/api/v1/incidents/" + incident + "/victims/" + v.id();
        assertThat(observerApi.delete(path).statusCode()).isEqualTo(403);
        HttpResponse<String> deleted = analystApi.delete(path);
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(deleted.body()).contains(v.pseudonym());
        assertThat(analystApi.get(path).statusCode()).isEqualTo(404);
    }
}
