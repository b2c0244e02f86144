package org.vigie.observatory.victims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.observatory.incidents.Drafts;
import org.vigie.support.ApiClient;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;

/** The new-incident form's victims section and the API's victims array: one step, all or nothing. */
class IncidentFormVictimsTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.withAccountPerRole();
    static App app;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
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

    static String[] incident(String title, String... more) {
        List<String> f = new ArrayList<>(List.of("date_precision", "day", "date_start", "2025-02-03", "pcode", Drafts.SANGHA, "title", title,
                "description_fr", "Trois commerçants exécutés.", "acts[0].act_type", Drafts.SUMMARY_EXECUTION,
                "acts[0].perpetrators[0].category", "armed_groups", "sources[0].description", "Témoin joint par téléphone"));
        f.addAll(List.of(more));
        return f.toArray(String[]::new);
    }

    static long victims() {
        return app.database().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM victim").mapTo(Long.class).one());
    }

    static long incidentsTitled(String title) {
        return app.database().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM incident WHERE title = :t").bind("t", title)
                .mapTo(Long.class).one());
    }

    @Test
    void the_new_incident_form_offers_a_victim_block_and_a_button_to_add_one() {
        String page = login("monitor").get("/incidents/new").body();
        assertThat(page).contains("name=\"victims[0].sex\"").contains("name=\"victims[0].full_name\"")
                .contains("name=\"victims_action\" value=\"add\"").doesNotContain("victims[1].sex");
    }

    @Test
    void a_monitor_records_an_incident_with_a_victim_through_the_form_without_script() {
        WebClient monitor = login("monitor");
        monitor.get("/incidents/new");
        var r = monitor.post("/incidents", incident("Exécutions au puits", "victims[0].sex", "female", "victims[0].age", "34",
                "victims[0].acts", "0", "victims[0].full_name", "Awa Traoré", "victims[0].consent", "documentation",
                "victims[0].consent_given_on", "2025-02-04", "victims[0].consent_given_by", "victim",
                "victims[1].sex", "", "victims[1].age", ""));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        long id = Long.parseLong(r.headers().firstValue("Location").orElseThrow().replace("/incidents/", ""));
        VictimList list = app.victims().list(id, app.accounts().byUsername("monitor").orElseThrow().principal());
        assertThat(list.victims()).singleElement().satisfies(v -> {
            assertThat(v.hasIdentity()).isTrue();
            assertThat(v.ageGroup()).isEqualTo(AgeGroup.ADULT_18_59);
            assertThat(v.actIds()).hasSize(1);
        });
    }

    @Test
    void a_bad_victim_field_comes_back_named_with_what_was_typed_and_nothing_is_written() {
        WebClient monitor = login("monitor");
        monitor.get("/incidents/new");
        long before = victims();
        var r = monitor.post("/incidents", incident("Titre gardé au formulaire", "victims[0].sex", "male", "victims[0].age", "30",
                "victims[1].sex", "female", "victims[1].age", "deux cents", "victims[1].full_name", "Nom gardé"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("victims[1].age").contains("value=\"deux cents\"").contains("value=\"Nom gardé\"")
                .contains("value=\"Titre gardé au formulaire\"");
        assertThat(incidentsTitled("Titre gardé au formulaire")).isZero();
        assertThat(victims()).isEqualTo(before);
    }

    @Test
    void adding_a_victim_without_script_shows_the_whole_form_again_with_one_block_more_and_records_nothing() {
        WebClient monitor = login("monitor");
        monitor.get("/incidents/new");
        var r = monitor.post("/incidents", incident("Pas encore enregistré", "victims[0].sex", "female", "victims_action", "add"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<form").contains("value=\"Pas encore enregistré\"").contains("name=\"victims[1].sex\"")
                .doesNotContain("name=\"victims[2].sex\"");
        assertThat(incidentsTitled("Pas encore enregistré")).isZero();
    }

    @Test
    void htmx_adds_and_removes_a_victim_by_swapping_the_victims_section_alone() {
        WebClient monitor = login("monitor");
        monitor.get("/incidents/new");
        var added = monitor.postHtmx("/incidents", "victims[0].sex", "female", "victims[0].age", "31", "victims_action", "add");
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(added.body()).startsWith("<div id=\"victims\"").doesNotContain("<form").contains("name=\"victims[1].sex\"");
        var removed = monitor.postHtmx("/incidents", "victims[0].sex", "female", "victims[0].age", "31", "victims[1].sex", "male",
                "victims[1].age", "45", "victims_action", "remove:0");
        assertThat(removed.body()).contains("value=\"45\"").doesNotContain("value=\"31\"").doesNotContain("name=\"victims[1].sex\"");
    }

    @Test
    void an_observer_may_not_post_the_form() {
        WebClient observer = login("observer");
        observer.get("/incidents");
        assertThat(observer.post("/incidents", incident("Refusé")).statusCode()).isEqualTo(403);
    }

    @Test
    void the_api_records_an_incident_with_a_victims_array_and_answers_their_pseudonyms() {
        var r = api("analyst").post("/api/v1/incidents", """
                {"date_start": "2025-02-03", "pcode": "ML050218", "title": "Enlèvement près du puits", "description_fr": "x",
                 "acts": [{"act_type": "01010101000004", "perpetrators": [{"category": "armed_groups"}]}],
                 "victims": [{"sex": "female", "age": 34, "acts": [0], "full_name": "Awa Traoré", "consent": ["documentation"],
                              "consent_given_on": "2025-02-04", "consent_given_by": "victim"},
                             {"sex": "male", "age_group": "child_12_17", "categories": ["child", "teacher_or_pupil"]}]}""");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(r.body()).contains("\"reference\":\"ML-2025-").containsPattern("\"pseudonym\":\"V-[0-9A-Z]{6}\".*\"pseudonym\":\"V-");
    }

    @Test
    void the_api_refuses_an_external_id_which_only_imports_set() {
        long before = victims();
        var r = api("analyst").post("/api/v1/incidents", """
                {"date_start": "2025-02-03", "pcode": "ML050218", "title": "Enlèvement", "description_fr": "x",
                 "external_id": "acled-123456",
                 "acts": [{"act_type": "01010101000004", "perpetrators": [{"category": "armed_groups"}]}],
                 "victims": [{"sex": "female", "age": 34, "acts": [0]}]}""");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"external_id\"");
        assertThat(victims()).isEqualTo(before);
    }

    @Test
    void the_api_refuses_a_bad_victim_naming_it_and_writes_nothing() {
        long before = victims();
        var r = api("analyst").post("/api/v1/incidents", """
                {"date_start": "2025-02-03", "pcode": "ML050218", "title": "Refusé par l'API", "description_fr": "x",
                 "acts": [{"act_type": "01010101000004"}],
                 "victims": [{"sex": "female"}, {"sex": "male", "full_name": "Sans consentement"}]}""");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"victims[1].consent\"");
        assertThat(incidentsTitled("Refusé par l'API")).isZero();
        assertThat(victims()).isEqualTo(before);
    }

    @Test
    void the_api_refuses_victims_that_are_not_an_array() {
        var r = api("analyst").post("/api/v1/incidents", """
                {"date_start": "2025-02-03", "pcode": "ML050218", "title": "x", "description_fr": "x",
                 "acts": [{"act_type": "01010101000004"}], "victims": {"sex": "female"}}""");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"victims\"");
    }
}
