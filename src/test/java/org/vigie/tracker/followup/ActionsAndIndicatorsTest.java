package org.vigie.tracker.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.accounts.NewAccount;
import org.vigie.accounts.Username;
import org.vigie.audit.AuditQuery;
import org.vigie.security.Role;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;
import org.vigie.tracker.recommendations.RecommendationFilter;
import org.vigie.tracker.reminders.Frequency;

/** Actions and indicators of a recommendation, through the forms of its page: who may add them, what is checked, what is audited. */
class ActionsAndIndicatorsTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;
    static long assigned;
    static long other;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        TestApp.account(app, "analyst", Role.ANALYST);
        TestApp.account(app, "fp-dndh", Role.FOCAL_POINT);
        TestApp.account(app, "observer", Role.OBSERVER);
        app.accounts().create("test", "127.0.0.1", new NewAccount(new Username("fp-mjdh"), "", Role.FOCAL_POINT, "MJDH", TestApp.PASSWORD));
        try (InputStream in = ActionsAndIndicatorsTest.class.getResourceAsStream("/tracker/upr48-slovenia-thematic-list.docx")) {
            app.tracker().importFile("analyst", "127.0.0.1", "slovenia.docx", in.readAllBytes(), "SI");
        }
        var found = app.tracker().find(RecommendationFilter.all());
        assigned = found.get(0).id();
        other = found.get(1).id();
        WebClient analyst = login("analyst");
        analyst.get("/tracker/" + assigned);
        analyst.post("/tracker/" + assigned + "/assign", "institution", "DNDH");
    }

    static WebClient login(String username) {
        WebClient c = new WebClient(TestApp.base(app));
        c.login(username, TestApp.PASSWORD);
        return c;
    }

    private static java.net.http.HttpResponse<String> addAction(WebClient c, long recommendation, String title, String due) {
        c.get("/tracker/" + recommendation);
        return c.post("/tracker/" + recommendation + "/actions", "title", title, "institution", "DNDH", "responsible", "Awa Traoré",
                "starts_on", "2026-01-01", "due_on", due, "state", "ongoing");
    }

    @Test
    void a_focal_point_adds_an_action_to_its_institutions_recommendation_and_it_is_audited() {
        WebClient fp = login("fp-dndh");
        assertThat(addAction(fp, assigned, "Former 40 magistrats", "2026-12-31").statusCode()).isEqualTo(303);
        assertThat(app.audit().count(new AuditQuery("fp-dndh", "action.added", null, null, null, 0, 10))).isEqualTo(1);
        String page = fp.get("/tracker/" + assigned).body();
        assertThat(page).contains("Former 40 magistrats").contains("Awa Traoré").contains("2026-12-31").contains("En cours");
    }

    @Test
    void a_focal_point_of_another_institution_may_not_add_an_action() {
        WebClient fp = login("fp-mjdh");
        fp.get("/tracker");
        var r = fp.post("/tracker/" + assigned + "/actions", "title", "x", "institution", "MJDH", "due_on", "2026-12-31");
        assertThat(r.statusCode()).isIn(403, 404);
        assertThat(app.tracker().byId(assigned)).isNotNull();
        assertThat(new Actions(app.database().jdbi(), app.audit(), app.accounts().institutionStore(), java.time.Clock.systemUTC())
                .actionsOf(assigned)).noneMatch(a -> a.title().equals("x"));
    }

    @Test
    void an_analyst_edits_an_action_anywhere_and_an_observer_may_not() {
        WebClient analyst = login("analyst");
        addAction(analyst, other, "Réviser le code pénal", "2027-06-30");
        Actions actions = new Actions(app.database().jdbi(), app.audit(), app.accounts().institutionStore(), java.time.Clock.systemUTC());
        long id = actions.actionsOf(other).get(0).id();
        analyst.get("/tracker/" + other);
        assertThat(analyst.post("/tracker/actions/" + id, "title", "Réviser le code pénal", "institution", "MJDH", "due_on", "2027-06-30",
                "state", "done").statusCode()).isEqualTo(303);
        assertThat(actions.action(id).state()).isEqualTo(ActionState.DONE);
        assertThat(actions.action(id).institutionCode()).isEqualTo("MJDH");
        WebClient observer = login("observer");
        observer.get("/tracker/" + other);
        assertThat(observer.post("/tracker/actions/" + id, "title", "y", "institution", "MJDH", "state", "cancelled").statusCode())
                .isEqualTo(403);
    }

    @Test
    void an_action_due_before_it_starts_is_refused_naming_the_due_date() {
        WebClient analyst = login("analyst");
        var r = addAction(analyst, other, "Mauvaises dates", "2025-01-01");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Date d’échéance");
    }

    @Test
    void an_indicator_records_values_over_time_and_a_second_value_for_a_date_replaces_the_first() {
        WebClient fp = login("fp-dndh");
        fp.get("/tracker/" + assigned);
        assertThat(fp.post("/tracker/" + assigned + "/indicators", "name", "Magistrats formés", "unit", "personnes",
                "baseline_value", "0", "baseline_on", "2025-01-01", "target_value", "120", "target_on", "2027-12-31",
                "frequency", "quarterly").statusCode()).isEqualTo(303);
        Actions actions = new Actions(app.database().jdbi(), app.audit(), app.accounts().institutionStore(), java.time.Clock.systemUTC());
        long indicator = actions.indicatorsOf(assigned).get(0).id();
        fp.get("/tracker/" + assigned);
        fp.post("/tracker/indicators/" + indicator + "/values", "measured_on", "2026-03-31", "value", "25", "source", "Rapport du ministère");
        fp.get("/tracker/" + assigned);
        fp.post("/tracker/indicators/" + indicator + "/values", "measured_on", "2026-06-30", "value", "38,5", "source", "");
        fp.get("/tracker/" + assigned);
        fp.post("/tracker/indicators/" + indicator + "/values", "measured_on", "2026-03-31", "value", "27", "source", "Corrigé");
        Indicator ind = actions.indicatorsOf(assigned).get(0);
        assertThat(ind.frequency()).isEqualTo(Frequency.QUARTERLY);
        assertThat(ind.targetValue()).isEqualByComparingTo("120");
        assertThat(ind.values()).extracting(m -> m.value().toPlainString()).containsExactly("27", "38.5");
        assertThat(ind.latest().measuredOn()).isEqualTo(java.time.LocalDate.of(2026, 6, 30));
        assertThat(app.audit().count(new AuditQuery("fp-dndh", "indicator.", null, null, null, 0, 10))).isEqualTo(4);
        assertThat(fp.get("/tracker/" + assigned).body()).contains("Magistrats formés").contains("38.5").contains("Corrigé");
    }

    @Test
    void a_value_that_is_not_a_number_is_refused_naming_its_field() {
        WebClient analyst = login("analyst");
        analyst.get("/tracker/" + other);
        analyst.post("/tracker/" + other + "/indicators", "name", "Lois adoptées", "unit", "lois", "frequency", "yearly");
        Actions actions = new Actions(app.database().jdbi(), app.audit(), app.accounts().institutionStore(), java.time.Clock.systemUTC());
        long indicator = actions.indicatorsOf(other).get(0).id();
        analyst.get("/tracker/" + other);
        var r = analyst.post("/tracker/indicators/" + indicator + "/values", "measured_on", "2026-03-31", "value", "beaucoup");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Valeur");
    }

    @Test
    void a_refused_action_shows_every_fault_on_its_own_form_with_what_was_typed() {
        WebClient analyst = login("analyst");
        analyst.get("/tracker/" + other);
        var r = analyst.post("/tracker/" + other + "/actions", "title", "", "institution", "DNDH", "responsible", "Awa Traoré",
                "starts_on", "2026-05-01", "due_on", "le mois prochain", "state", "ongoing");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body())
                .as("the summary links to each field of the new action's form")
                .contains("href=\"#action-new-title\"").contains("href=\"#action-new-due-on\"")
                .as("each fault sits beside its field, which points to it")
                .contains("id=\"action-new-title-error\"").contains("aria-describedby=\"action-new-due-on-error\"")
                .as("the refused form is open and keeps what was typed")
                .contains("value=\"Awa Traoré\"").contains("value=\"le mois prochain\"").contains("<details open")
                .as("not an error page").contains(app.tracker().byId(other).text().substring(0, 20));
        assertThat(r.body()).doesNotContain("id=\"indicator-new-name-error\"");
    }

    @Test
    void a_refused_indicator_names_each_missing_field_on_its_form() {
        WebClient analyst = login("analyst");
        analyst.get("/tracker/" + other);
        var r = analyst.post("/tracker/" + other + "/indicators", "name", "", "unit", "", "target_value", "beaucoup", "frequency", "yearly");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"indicator-new-name-error\"").contains("id=\"indicator-new-unit-error\"")
                .contains("id=\"indicator-new-target-value-error\"").contains("Valeur cible").contains("value=\"beaucoup\"");
    }

    @Test
    void a_saved_action_redirects_to_the_recommendation_with_a_confirmation_in_the_readers_language() {
        WebClient analyst = login("analyst");
        var r = addAction(analyst, other, "Publier le rapport annuel", "2027-01-31");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/tracker/" + other + "#actions");
        String page = analyst.get("/tracker/" + other).body();
        assertThat(page).contains("Action enregistrée.");
        assertThat(analyst.get("/tracker/" + other).body()).as("shown once").doesNotContain("Action enregistrée.");
    }

    @Test
    void the_api_gives_a_recommendations_actions_and_indicators() {
        var analyst = app.accounts().byUsername("analyst").orElseThrow().principal();
        String token = app.authentication().createToken(analyst, "t", "127.0.0.1").value();
        var r = new org.vigie.support.ApiClient(TestApp.base(app), token).get("/api/v1/recommendations/" + assigned);
        assertThat(r.body()).contains("\"actions\":[").contains("\"indicators\":[");
    }
}
