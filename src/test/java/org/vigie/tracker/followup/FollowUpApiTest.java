package org.vigie.tracker.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.accounts.Account;
import org.vigie.accounts.NewAccount;
import org.vigie.accounts.Username;
import org.vigie.audit.AuditQuery;
import org.vigie.security.Role;
import org.vigie.support.ApiClient;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;
import org.vigie.tracker.recommendations.RecommendationFilter;

/** Actions, indicators and dashboards through the JSON API, with the web's role rules. */
class FollowUpApiTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;
    static long assigned;
    static long other;
    static ApiClient analyst;
    static ApiClient focalPoint;
    static ApiClient otherFocalPoint;
    static ApiClient observer;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        analyst = client(TestApp.account(app, "analyst", Role.ANALYST));
        focalPoint = client(TestApp.account(app, "fp-dndh", Role.FOCAL_POINT));
        observer = client(TestApp.account(app, "observer", Role.OBSERVER));
        otherFocalPoint = client(app.accounts().create("test", "127.0.0.1",
                new NewAccount(new Username("fp-mjdh"), "", Role.FOCAL_POINT, "MJDH", TestApp.PASSWORD)));
        try (InputStream in = FollowUpApiTest.class.getResourceAsStream("/tracker/upr48-slovenia-thematic-list.docx")) {
            app.tracker().importFile("analyst", "127.0.0.1", "slovenia.docx", in.readAllBytes(), "SI");
        }
        var found = app.tracker().find(RecommendationFilter.all());
        assigned = found.get(0).id();
        other = found.get(1).id();
        WebClient web = new WebClient(TestApp.base(app));
        web.login("analyst", TestApp.PASSWORD);
        web.get("/tracker/" + assigned);
        web.post("/tracker/" + assigned + "/assign", "institution", "DNDH");
    }

    private static ApiClient client(Account account) {
        return new ApiClient(TestApp.base(app), app.authentication().createToken(account.principal(), "api test", "127.0.0.1").value());
    }

    private static final String ACTION = "{\"title\": \"Former 40 magistrats\", \"institution\": \"DNDH\", \"responsible\": \"Awa Traoré\","
            + " \"starts_on\": \"2026-01-01\", \"due_on\": \"2026-12-31\", \"state\": \"ongoing\"}";
    private static final String INDICATOR = "{\"name\": \"Magistrats formés\", \"unit\": \"personnes\", \"baseline_value\": 0,"
            + " \"target_value\": 40, \"target_on\": \"2026-12-31\", \"frequency\": \"quarterly\"}";

    @Test
    void a_focal_point_adds_an_action_to_its_institutions_recommendation_and_reads_it_back() {
        var added = focalPoint.post("/api/v1/recommendations/" + assigned + "/actions", ACTION);

        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(added.body()).contains("\"title\":\"Former 40 magistrats\"").contains("\"state\":\"ONGOING\"");
        assertThat(focalPoint.get("/api/v1/recommendations/" + assigned + "/actions").body()).contains("Awa Traoré");
        assertThat(app.audit().count(new AuditQuery("fp-dndh", "action.added", null, null, null, 0, 10))).isEqualTo(1);
    }

    @Test
    void a_focal_point_of_another_institution_may_neither_add_nor_read_actions() {
        assertThat(otherFocalPoint.post("/api/v1/recommendations/" + assigned + "/actions",
                ACTION.replace("DNDH", "MJDH")).statusCode()).isEqualTo(404);
        assertThat(otherFocalPoint.get("/api/v1/recommendations/" + assigned + "/actions").statusCode()).isEqualTo(404);
    }

    @Test
    void an_observer_reads_actions_but_may_not_add_one() {
        assertThat(observer.post("/api/v1/recommendations/" + other + "/actions", ACTION).statusCode()).isEqualTo(403);
        assertThat(observer.get("/api/v1/recommendations/" + other + "/actions").statusCode()).isEqualTo(200);
    }

    @Test
    void an_action_due_before_it_starts_is_refused_naming_the_field() {
        var r = analyst.post("/api/v1/recommendations/" + other + "/actions", ACTION.replace("2026-12-31", "2025-12-31"));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("due_on");
    }

    @Test
    void an_analyst_changes_an_action() {
        String body = analyst.post("/api/v1/recommendations/" + other + "/actions", ACTION).body();
        long id = Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));

        var changed = analyst.post("/api/v1/actions/" + id, ACTION.replace("ongoing", "done"));

        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("\"state\":\"DONE\"");
    }

    @Test
    void an_indicator_is_added_then_given_values_read_back_in_order() {
        String body = focalPoint.post("/api/v1/recommendations/" + assigned + "/indicators", INDICATOR).body();
        long id = Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));

        var first = focalPoint.post("/api/v1/indicators/" + id + "/values", "{\"measured_on\": \"2026-03-31\", \"value\": 12}");
        focalPoint.post("/api/v1/indicators/" + id + "/values", "{\"measured_on\": \"2026-06-30\", \"value\": 25.5, \"source\": \"INFJ\"}");

        assertThat(first.statusCode()).isEqualTo(201);
        String read = observer.get("/api/v1/recommendations/" + assigned + "/indicators").body();
        assertThat(read).contains("Magistrats formés");
        assertThat(read.indexOf("2026-03-31")).isPositive().isLessThan(read.indexOf("2026-06-30"));
        assertThat(read).contains("25.5").contains("INFJ");
    }

    @Test
    void a_value_without_a_date_is_refused_naming_the_field() {
        String body = analyst.post("/api/v1/recommendations/" + other + "/indicators", INDICATOR).body();
        long id = Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));

        var r = analyst.post("/api/v1/indicators/" + id + "/values", "{\"value\": 3}");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("measured_on");
    }

    @Test
    void a_body_that_is_not_a_json_object_is_refused() {
        assertThat(analyst.post("/api/v1/recommendations/" + other + "/actions", "[1, 2]").statusCode()).isEqualTo(400);
    }

    @Test
    void a_focal_point_reads_its_institutions_dashboard_but_not_another() {
        var own = focalPoint.get("/api/v1/institutions/DNDH/dashboard");

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("\"code\":\"DNDH\"").contains("\"assigned\":[{");
        assertThat(focalPoint.get("/api/v1/institutions/MJDH/dashboard").statusCode()).isEqualTo(403);
    }

    @Test
    void the_dashboards_list_is_held_to_the_focal_points_institution() {
        String all = analyst.get("/api/v1/institutions/dashboards").body();
        String own = focalPoint.get("/api/v1/institutions/dashboards").body();

        assertThat(all).contains("\"group\":\"DNDH\"").contains("\"not_started\"");
        assertThat(own).contains("\"group\":\"DNDH\"").doesNotContain("\"group\":\"MJDH\"");
    }

    @Test
    void a_focal_point_acts_only_for_its_own_institution_on_create_and_on_every_update() throws Exception {
        var refused = focalPoint.post("/api/v1/recommendations/" + assigned + "/actions", ACTION.replace("DNDH", "MEN"));
        assertThat(refused.statusCode()).isEqualTo(403);
        var added = analyst.post("/api/v1/recommendations/" + assigned + "/actions", ACTION);
        long action = new com.fasterxml.jackson.databind.ObjectMapper().readTree(added.body()).get("id").asLong();
        assertThat(focalPoint.post("/api/v1/actions/" + action, ACTION.replace("DNDH", "MEN")).statusCode()).isEqualTo(403);
        String owner = app.database().jdbi().withHandle(h -> h.createQuery("SELECT i.code FROM tracker_action a JOIN institution i "
                + "ON i.id = a.institution_id WHERE a.id = :a").bind("a", action).mapTo(String.class).one());
        assertThat(owner).isEqualTo("DNDH");
    }
}
