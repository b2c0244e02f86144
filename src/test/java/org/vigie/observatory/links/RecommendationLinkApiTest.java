package org.vigie.observatory.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.audit.AuditQuery;
import org.vigie.observatory.incidents.Drafts;
import org.vigie.support.ApiClient;
import org.vigie.support.TestApp;
import org.vigie.tracker.recommendations.RecommendationFilter;
import org.vigie.tracker.recommendations.TrackedRecommendation;

/** Incidents linked to recommendations through the JSON API, each role refused or served as the pages do. */
class RecommendationLinkApiTest {
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

    static ApiClient api(String username) {
        var account = app.accounts().byUsername(username).orElseThrow();
        return new ApiClient(TestApp.base(app), app.authentication().createToken(account.principal(), "t", "127.0.0.1").value());
    }

    static long incident(String actType) {
        return app.observatory().record(Drafts.draft(Drafts.SANGHA, LocalDate.of(2025, 3, 14), actType), "monitor", "127.0.0.1");
    }

    static String reference(long incident) {
        return app.observatory().incident(incident, app.accounts().byUsername("analyst").orElseThrow().principal()).reference();
    }

    static HttpResponse<String> link(String who, TrackedRecommendation r, String incident) {
        return api(who).post("/api/v1/recommendations/" + r.id() + "/incidents", "{\"incident\":\"" + incident + "\",\"note\":\"Témoigne\"}");
    }

    @Test
    void an_analyst_links_an_incident_by_reference_and_finds_it_from_both_sides() {
        long incident = incident(Drafts.SUMMARY_EXECUTION);
        TrackedRecommendation r = recommendations.get(0);

        HttpResponse<String> posted = link("analyst", r, reference(incident));

        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        assertThat(posted.body()).contains("\"added\":true");
        assertThat(api("observer").get("/api/v1/recommendations/" + r.id() + "/incidents").body())
                .contains("\"reference\":\"" + reference(incident) + "\"").contains("\"act_types\":[\"" + Drafts.SUMMARY_EXECUTION + "\"]")
                .contains("\"verification_status\":\"reported\"").contains("\"pcode\":\"" + Drafts.SANGHA + "\"").contains("Témoigne");
        assertThat(api("monitor").get("/api/v1/incidents/" + incident + "/recommendations").body())
                .contains("\"reference\":\"" + r.reference() + "\"").contains("\"status\":\"not_started\"");
    }

    @Test
    void linking_again_answers_200_and_changes_nothing() {
        long incident = incident(Drafts.SUMMARY_EXECUTION);
        TrackedRecommendation r = recommendations.get(1);
        link("analyst", r, reference(incident));

        HttpResponse<String> again = link("administrator", r, Long.toString(incident));

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("\"added\":false");
        assertThat(app.audit().count(new AuditQuery(null, "incident.recommendation.linked", "incident:" + incident, null, null, 0, 10)))
                .isEqualTo(1);
    }

    @Test
    void deleting_the_link_unlinks_it_audited_and_a_second_delete_finds_nothing() {
        long incident = incident(Drafts.SUMMARY_EXECUTION);
        TrackedRecommendation r = recommendations.get(2);
        link("analyst", r, reference(incident));

        HttpResponse<String> deleted = api("analyst").delete("/api/v1/recommendations/" + r.id() + "/incidents/" + incident);

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(api("analyst").get("/api/v1/recommendations/" + r.id() + "/incidents").body()).contains("\"incidents\":[]");
        assertThat(app.audit().count(new AuditQuery("analyst", "incident.recommendation.unlinked", "incident:" + incident, null, null, 0, 10)))
                .isEqualTo(1);
        assertThat(api("analyst").delete("/api/v1/recommendations/" + r.id() + "/incidents/" + incident).statusCode()).isEqualTo(404);
    }

    @Test
    void monitors_and_observers_may_not_link_or_unlink() {
        long incident = incident(Drafts.SUMMARY_EXECUTION);
        TrackedRecommendation r = recommendations.get(3);
        link("analyst", r, reference(incident));

        for (String who : new String[] {"monitor", "observer"}) {
            assertThat(link(who, recommendations.get(4), reference(incident)).statusCode()).as(who).isEqualTo(403);
            assertThat(api(who).delete("/api/v1/recommendations/" + r.id() + "/incidents/" + incident).statusCode()).as(who).isEqualTo(403);
        }
        assertThat(api("analyst").get("/api/v1/recommendations/" + r.id() + "/incidents").body()).contains(reference(incident));
    }

    @Test
    void focal_points_and_validators_may_not_read_linked_incidents() {
        long incident = incident(Drafts.SUMMARY_EXECUTION);
        TrackedRecommendation r = recommendations.get(5);
        link("analyst", r, reference(incident));

        for (String who : new String[] {"focal-point", "validator"}) {
            HttpResponse<String> got = api(who).get("/api/v1/recommendations/" + r.id() + "/incidents");
            assertThat(got.statusCode()).as(who).isEqualTo(403);
            assertThat(got.body()).as(who).doesNotContain(reference(incident));
            assertThat(api(who).get("/api/v1/incidents/" + incident + "/recommendations").statusCode()).as(who).isEqualTo(403);
        }
    }

    @Test
    void an_observer_does_not_get_a_restricted_incident_among_a_recommendations_incidents() {
        long restricted = incident(Drafts.RAPE);
        long open = incident(Drafts.SUMMARY_EXECUTION);
        TrackedRecommendation r = recommendations.get(6);
        link("analyst", r, reference(restricted));
        link("analyst", r, reference(open));

        String seen = api("observer").get("/api/v1/recommendations/" + r.id() + "/incidents").body();

        assertThat(seen).contains(reference(open)).doesNotContain(reference(restricted));
        assertThat(api("observer").get("/api/v1/incidents/" + restricted + "/recommendations").statusCode()).isEqualTo(404);
        assertThat(api("analyst").get("/api/v1/recommendations/" + r.id() + "/incidents").body()).contains(reference(restricted));
    }

    @Test
    void an_unknown_incident_is_refused_naming_the_incident_field() {
        HttpResponse<String> posted = link("analyst", recommendations.get(7), "ML-1999-000001");

        assertThat(posted.statusCode()).isEqualTo(400);
        assertThat(posted.body()).contains("\"field\":\"incident\"");
    }

    @Test
    void a_note_over_500_characters_is_refused_naming_the_note_field() {
        long incident = incident(Drafts.SUMMARY_EXECUTION);

        HttpResponse<String> posted = api("analyst").post("/api/v1/recommendations/" + recommendations.get(8).id() + "/incidents",
                "{\"incident\":" + incident + ",\"note\":\"" + "x".repeat(501) + "\"}");

        assertThat(posted.statusCode()).isEqualTo(400);
        assertThat(posted.body()).contains("\"field\":\"note\"");
        assertThat(api("analyst").get("/api/v1/incidents/" + incident + "/recommendations").body()).contains("\"recommendations\":[]");
    }

    @Test
    void an_unknown_recommendation_answers_404() {
        assertThat(api("analyst").get("/api/v1/recommendations/999999/incidents").statusCode()).isEqualTo(404);
        assertThat(api("analyst").post("/api/v1/recommendations/999999/incidents", "{\"incident\":\"1\"}").statusCode()).isEqualTo(404);
    }
}
