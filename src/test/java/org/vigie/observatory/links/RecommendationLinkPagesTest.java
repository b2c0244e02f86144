package org.vigie.observatory.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.audit.AuditQuery;
import org.vigie.observatory.incidents.Drafts;
import org.vigie.security.Principal;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;
import org.vigie.tracker.recommendations.RecommendationFilter;
import org.vigie.tracker.recommendations.TrackedRecommendation;

/**
 * Incidents linked to recommendations through the pages: from the incident's page (by reference, with
 * suggestions) and from the recommendation's page, each role seeing and doing only what it may.
 */
class RecommendationLinkPagesTest {
    @TempDir
    static Path dir;
    static App app;
    static List<TrackedRecommendation> recommendations;

    @BeforeAll
    static void start() throws Exception {
        app = RecommendationLinkFixture.start(dir);
        recommendations = app.tracker().find(RecommendationFilter.all());
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    static WebClient login(String username) {
        WebClient c = new WebClient(TestApp.base(app));
        c.login(username, TestApp.PASSWORD);
        return c;
    }

    static long incident(String recordedBy, String actType) {
        return app.observatory().record(Drafts.draft(Drafts.SANGHA, LocalDate.of(2025, 3, 14), actType), recordedBy, "127.0.0.1");
    }

    static String reference(long incident) {
        return app.observatory().incident(incident, principal("analyst")).reference();
    }

    static Principal principal(String username) {
        return app.accounts().byUsername(username).orElseThrow().principal();
    }

    static void linked(long incident, TrackedRecommendation r) {
        app.observatory().recommendationLinks().link(principal("analyst"), "127.0.0.1", incident, r.reference(), new LinkNote(null));
    }

    @Test
    void an_analyst_links_a_recommendation_by_its_reference_from_the_incidents_page_and_sees_it_there() {
        long incident = incident("monitor", Drafts.SUMMARY_EXECUTION);
        TrackedRecommendation r = recommendations.get(0);
        WebClient analyst = login("analyst");
        analyst.get("/incidents/" + incident);

        HttpResponse<String> posted = analyst.post("/incidents/" + incident + "/recommendations", "recommendation", r.reference(),
                "note", "Exécutions contraires à la recommandation");

        assertThat(posted.statusCode()).isEqualTo(303);
        String page = analyst.get("/incidents/" + incident).body();
        assertThat(page).contains("Recommandations liées").contains(r.reference()).contains("href=\"/tracker/" + r.id() + "\"")
                .contains("Exécutions contraires à la recommandation").contains("Non commencée");
    }

    @Test
    void a_link_is_audited_with_the_recommendation_it_names() {
        long incident = incident("monitor", Drafts.SUMMARY_EXECUTION);
        TrackedRecommendation r = recommendations.get(1);
        WebClient analyst = login("analyst");
        analyst.get("/incidents/" + incident);

        analyst.post("/incidents/" + incident + "/recommendations", "recommendation", r.reference());

        var entries = app.audit().find(new AuditQuery("analyst", "incident.recommendation.linked", "incident:" + incident, null, null, 0, 10));
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).details()).contains(r.reference()).contains(Long.toString(r.id()));
    }

    @Test
    void linking_without_the_csrf_token_is_refused_and_links_nothing() {
        long incident = incident("monitor", Drafts.SUMMARY_EXECUTION);
        WebClient analyst = login("analyst");

        HttpResponse<String> r = analyst.postRaw("/incidents/" + incident + "/recommendations",
                Map.of("recommendation", recommendations.get(2).reference()));

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(app.observatory().recommendationLinks().recommendationsOf(principal("analyst"), incident)).isEmpty();
    }

    @Test
    void a_reference_that_names_no_recommendation_is_refused_naming_the_field() {
        long incident = incident("monitor", Drafts.SUMMARY_EXECUTION);
        WebClient analyst = login("analyst");
        analyst.get("/incidents/" + incident);

        HttpResponse<String> r = analyst.post("/incidents/" + incident + "/recommendations", "recommendation", "A/HRC/99/99#1.1");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Recommandation : aucune recommandation n’a la référence ou le numéro « A/HRC/99/99#1.1 »")
                .contains("value=\"A/HRC/99/99#1.1\"");
    }

    @Test
    void linking_the_same_recommendation_twice_keeps_one_link_and_one_audit_entry() {
        long incident = incident("monitor", Drafts.SUMMARY_EXECUTION);
        TrackedRecommendation r = recommendations.get(3);
        WebClient analyst = login("analyst");
        analyst.get("/incidents/" + incident);

        analyst.post("/incidents/" + incident + "/recommendations", "recommendation", r.reference());
        HttpResponse<String> again = analyst.post("/incidents/" + incident + "/recommendations", "recommendation", Long.toString(r.id()));

        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(app.observatory().recommendationLinks().recommendationsOf(principal("analyst"), incident)).hasSize(1);
        assertThat(app.audit().count(new AuditQuery(null, "incident.recommendation.linked", "incident:" + incident, null, null, 0, 10)))
                .isEqualTo(1);
    }

    @Test
    void an_analyst_unlinks_a_recommendation_from_the_incidents_page_and_the_removal_is_audited() {
        long incident = incident("monitor", Drafts.SUMMARY_EXECUTION);
        TrackedRecommendation r = recommendations.get(4);
        linked(incident, r);
        WebClient analyst = login("analyst");
        assertThat(analyst.get("/incidents/" + incident).body()).contains("/recommendations/" + r.id() + "/delete");

        HttpResponse<String> posted = analyst.post("/incidents/" + incident + "/recommendations/" + r.id() + "/delete");

        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(analyst.get("/incidents/" + incident).body()).doesNotContain(r.reference());
        assertThat(app.audit().count(new AuditQuery("analyst", "incident.recommendation.unlinked", "incident:" + incident, null, null, 0, 10)))
                .isEqualTo(1);
    }

    @Test
    void monitors_and_observers_see_linked_recommendations_without_forms_and_may_not_link() {
        long incident = incident("monitor", Drafts.SUMMARY_EXECUTION);
        TrackedRecommendation r = recommendations.get(5);
        linked(incident, r);
        for (String who : new String[] {"monitor", "observer"}) {
            WebClient web = login(who);
            String page = web.get("/incidents/" + incident).body();
            assertThat(page).as(who).contains(r.reference()).doesNotContain("action=\"/incidents/" + incident + "/recommendations");

            assertThat(web.post("/incidents/" + incident + "/recommendations", "recommendation", recommendations.get(6).reference())
                    .statusCode()).as(who).isEqualTo(403);
            assertThat(web.post("/incidents/" + incident + "/recommendations/" + r.id() + "/delete").statusCode()).as(who).isEqualTo(403);
        }
    }

    @Test
    void typing_words_of_a_recommendation_asks_htmx_for_the_matches_each_with_its_own_link_form() throws Exception {
        long incident = incident("monitor", Drafts.SUMMARY_EXECUTION);
        TrackedRecommendation r = recommendations.get(7);
        String words = "\"" + String.join(" ", java.util.Arrays.asList(r.text().replaceAll("[^\\p{L} ]", " ").strip().split("\\s+"))
                .subList(0, 6)) + "\"";
        String token = app.authentication().createToken(principal("analyst"), "htmx", "127.0.0.1").value();

        HttpResponse<String> fragment = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(TestApp.base(app)
                        + "/incidents/" + incident + "/recommendations?q=" + java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token).header("HX-Request", "true").header("HX-Target", "recommendation-suggestions")
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body()).doesNotContain("<html").contains("name=\"recommendation\" value=\"" + r.reference() + "\"")
                .contains("name=\"_csrf\"");
    }

    @Test
    void without_script_the_search_button_shows_the_suggestions_on_the_sections_own_page() {
        long incident = incident("monitor", Drafts.SUMMARY_EXECUTION);
        TrackedRecommendation r = recommendations.get(8);
        WebClient analyst = login("analyst");

        String page = analyst.get("/incidents/" + incident + "/recommendations?q=" + java.net.URLEncoder.encode(r.reference(),
                java.nio.charset.StandardCharsets.UTF_8)).body();

        assertThat(page).contains("<html").contains("name=\"recommendation\" value=\"" + r.reference() + "\"");
        HttpResponse<String> posted = analyst.post("/incidents/" + incident + "/recommendations", "recommendation", r.reference());
        assertThat(posted.statusCode()).isEqualTo(303);
    }

    @Test
    void the_recommendations_page_lists_the_linked_incident_with_its_reference_date_place_acts_and_status() {
        long incident = incident("monitor", Drafts.SUMMARY_EXECUTION);
        TrackedRecommendation r = recommendations.get(9);
        linked(incident, r);

        String page = login("observer").get("/tracker/" + r.id()).body();

        assertThat(page).contains("Incidents liés").contains("href=\"/incidents/" + incident + "\"").contains(reference(incident))
                .contains("14 mars 2025").contains("Sangha").contains("Exécution sommaire").contains("Signalé");
    }

    @Test
    void an_analyst_links_an_incident_by_its_reference_from_the_recommendations_page() {
        long incident = incident("monitor", Drafts.SUMMARY_EXECUTION);
        TrackedRecommendation r = recommendations.get(10);
        WebClient analyst = login("analyst");
        analyst.get("/tracker/" + r.id());

        HttpResponse<String> posted = analyst.post("/tracker/" + r.id() + "/incidents", "incident", reference(incident));

        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(analyst.get("/tracker/" + r.id()).body()).contains(reference(incident))
                .contains("action=\"/tracker/" + r.id() + "/incidents/" + incident + "/delete\"");
        assertThat(analyst.post("/tracker/" + r.id() + "/incidents/" + incident + "/delete").statusCode()).isEqualTo(303);
        assertThat(analyst.get("/tracker/" + r.id()).body()).doesNotContain(reference(incident));
    }

    @Test
    void an_unknown_incident_reference_on_the_recommendations_page_is_refused_naming_the_field() {
        TrackedRecommendation r = recommendations.get(11);
        WebClient analyst = login("analyst");
        analyst.get("/tracker/" + r.id());

        HttpResponse<String> posted = analyst.post("/tracker/" + r.id() + "/incidents", "incident", "ML-1999-000001");

        assertThat(posted.statusCode()).isEqualTo(400);
        assertThat(posted.body()).contains("Incident : aucun incident n’a la référence ou le numéro « ML-1999-000001 »");
    }

    @Test
    void a_restricted_incident_is_listed_on_the_recommendation_only_for_those_in_the_restricted_view() {
        long restricted = incident("monitor", Drafts.RAPE);
        TrackedRecommendation r = recommendations.get(12);
        linked(restricted, r);
        String ref = reference(restricted);

        for (String who : new String[] {"administrator", "analyst", "monitor"}) {
            assertThat(login(who).get("/tracker/" + r.id()).body()).as(who).contains(ref);
        }
        for (String who : new String[] {"observer", "other-monitor"}) {
            assertThat(login(who).get("/tracker/" + r.id()).body()).as(who).contains("Incidents liés").doesNotContain(ref);
        }
    }

    @Test
    void focal_points_and_validators_see_nothing_of_incidents_on_a_recommendations_page() {
        long incident = incident("monitor", Drafts.SUMMARY_EXECUTION);
        TrackedRecommendation r = recommendations.get(13);
        linked(incident, r);
        WebClient analyst = login("analyst");
        analyst.get("/tracker/" + r.id());
        analyst.post("/tracker/" + r.id() + "/assign", "institution", "DNDH");

        for (String who : new String[] {"focal-point", "validator"}) {
            HttpResponse<String> page = login(who).get("/tracker/" + r.id());
            assertThat(page.statusCode()).as(who).isEqualTo(200);
            assertThat(page.body()).as(who).doesNotContain(reference(incident)).doesNotContain("Incidents liés")
                    .doesNotContain("/incidents/");
        }
    }

    @Test
    void deleting_an_incident_deletes_its_links() {
        long incident = incident("monitor", Drafts.SUMMARY_EXECUTION);
        TrackedRecommendation r = recommendations.get(14);
        linked(incident, r);

        app.database().jdbi().useHandle(h -> h.execute("DELETE FROM incident WHERE id = ?", incident));

        assertThat(app.observatory().recommendationLinks().incidentsOf(principal("analyst"), r.id())).isEmpty();
    }

    @Test
    void deleting_a_recommendation_deletes_its_links() {
        long incident = incident("monitor", Drafts.SUMMARY_EXECUTION);
        TrackedRecommendation r = recommendations.get(15);
        linked(incident, r);

        app.database().jdbi().useHandle(h -> h.execute("DELETE FROM recommendation WHERE id = ?", r.id()));

        assertThat(app.observatory().recommendationLinks().recommendationsOf(principal("analyst"), incident)).isEmpty();
    }

}
