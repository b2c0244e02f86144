package org.vigie.tracker.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.accounts.NewAccount;
import org.vigie.accounts.Username;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;
import org.vigie.tracker.recommendations.RecommendationFilter;
import org.vigie.tracker.recommendations.Status;
import org.vigie.tracker.recommendations.TrackedRecommendation;

/** Issue 15, item 5: a validator decides where they read a report: the item's page, the dashboard, the list to validate. */
class DecisionPagesTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;
    static Principal focalPoint;
    static TrackedRecommendation item;
    static TrackedRecommendation other;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        Principal analyst = TestApp.account(app, "analyst", Role.ANALYST).principal();
        focalPoint = TestApp.account(app, "fp-dndh", Role.FOCAL_POINT).principal();
        TestApp.account(app, "val-dndh", Role.VALIDATOR);
        app.accounts().create("test", "127.0.0.1", new NewAccount(new Username("val-mjdh"), "", Role.VALIDATOR, "MJDH", TestApp.PASSWORD));
        try (InputStream in = DecisionPagesTest.class.getResourceAsStream("/tracker/upr48-slovenia-thematic-list.docx")) {
            app.tracker().importFile("analyst", "127.0.0.1", "slovenia.docx", in.readAllBytes(), "SI");
        }
        var all = app.tracker().find(RecommendationFilter.all());
        item = all.get(0);
        other = all.get(1);
        app.followUp().assign(analyst, "127.0.0.1", item.id(), "DNDH");
        app.followUp().assign(analyst, "127.0.0.1", other.id(), "DNDH");
    }

    static WebClient login(String username) {
        WebClient c = new WebClient(TestApp.base(app));
        c.login(username, TestApp.PASSWORD);
        return c;
    }

    static long submit(TrackedRecommendation r, String text) {
        return app.followUp().submit(focalPoint, "127.0.0.1", r.id(), text, Status.IN_PROGRESS);
    }

    /** The first words of a text, up to a character the page would escape. */
    static String opening(String text) {
        String letters = text.split("[^\\p{L} ]")[0];
        return letters.substring(0, Math.min(40, letters.length()));
    }

    static String decisionForm(long report) {
        return "action=\"/tracker/reports/" + report + "/decision\"";
    }

    @Test
    void the_item_page_the_dashboard_and_the_list_carry_the_decision_form_with_the_recommendations_text() {
        long report = submit(item, "Formation de 40 magistrats à Mopti.");
        WebClient validator = login("val-dndh");
        String page = validator.get("/tracker/" + item.id()).body();
        assertThat(page).contains(decisionForm(report)).contains("name=\"back\" value=\"/tracker/" + item.id() + "#reports\"");
        assertThat(validator.get("/tracker/institutions/DNDH").body()).contains(decisionForm(report))
                .contains("name=\"back\" value=\"/tracker/institutions/DNDH#pending\"");
        String list = validator.get("/tracker/to-validate").body();
        assertThat(list).contains(decisionForm(report)).contains("title=\"" + item.reference() + "\">")
                .contains(item.documentSymbol() + " " + item.paragraph()).doesNotContain("<code>")
                .contains(opening(item.text())).contains("Formation de 40 magistrats à Mopti.").contains("name=\"_csrf\"");
    }

    @Test
    void a_decision_from_the_item_page_returns_there_with_a_confirmation_shown_once() {
        long report = submit(other, "Circulaire envoyée aux parquets.");
        WebClient validator = login("val-dndh");
        validator.get("/tracker/" + other.id());
        HttpResponse<String> r = validator.post("/tracker/reports/" + report + "/decision", "decision", "validate", "comment", "",
                "back", "/tracker/" + other.id() + "#reports");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/tracker/" + other.id() + "#reports");
        String next = validator.get("/tracker/" + other.id()).body();
        assertThat(next).contains("role=\"status\"").contains("Rapport validé").doesNotContain(decisionForm(report));
        assertThat(validator.get("/tracker/" + other.id()).body()).doesNotContain("Rapport validé");
        assertThat(app.tracker().byId(other.id()).status()).isEqualTo(Status.IN_PROGRESS.code());
    }

    @Test
    void the_page_a_decision_returns_to_stays_on_this_site() {
        long report = submit(item, "Rapport à renvoyer.");
        WebClient validator = login("val-dndh");
        validator.get("/tracker/to-validate");
        HttpResponse<String> r = validator.post("/tracker/reports/" + report + "/decision", "decision", "return",
                "comment", "Joindre les preuves.", "back", "https://attacker.example/phish");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location").orElseThrow()).startsWith("/").doesNotContain("attacker");
    }

    @Test
    void returning_without_a_comment_shows_the_list_again_with_the_error() {
        long report = submit(item, "Rapport sans preuves.");
        WebClient validator = login("val-dndh");
        validator.get("/tracker/to-validate");
        HttpResponse<String> r = validator.post("/tracker/reports/" + report + "/decision", "decision", "return", "comment", "");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("role=\"alert\"").contains(decisionForm(report));
    }

    @Test
    void another_institutions_validator_sees_no_form_and_its_decision_is_not_found_as_a_missing_report() {
        long report = submit(item, "Rapport du DNDH.");
        WebClient mjdh = login("val-mjdh");
        assertThat(mjdh.get("/tracker/to-validate").body()).doesNotContain(decisionForm(report)).contains("Aucun rapport n’attend votre décision.");
        HttpResponse<String> hidden = mjdh.post("/tracker/reports/" + report + "/decision", "decision", "validate");
        HttpResponse<String> missing = mjdh.post("/tracker/reports/999999/decision", "decision", "validate");
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(app.followUp().reportsOf(item.id())).filteredOn(p -> p.id() == report).singleElement()
                .satisfies(p -> assertThat(p.state()).isEqualTo(ProgressReport.State.SUBMITTED));
    }

    @Test
    void a_focal_point_reads_the_report_without_the_form_and_may_not_open_the_list() {
        long report = submit(item, "Rapport lu par son auteur.");
        WebClient fp = login("fp-dndh");
        assertThat(fp.get("/tracker/" + item.id()).body()).contains("Rapport lu par son auteur.").doesNotContain(decisionForm(report));
        assertThat(fp.get("/tracker/to-validate").statusCode()).isEqualTo(403);
    }

    @Test
    void the_navigation_counts_the_reports_to_validate_in_both_languages() {
        submit(item, "Rapport compté.");
        long waiting = app.followUp().toValidateCount(app.accounts().byUsername("val-dndh").orElseThrow().principal());
        assertThat(waiting).isPositive();
        assertThat(login("val-dndh").get("/texts").body()).contains("href=\"/tracker/to-validate\"").contains("À valider (" + waiting + ")");
        WebClient en = login("val-dndh").language("en");
        assertThat(en.get("/texts").body()).contains("To validate (" + waiting + ")");
        assertThat(login("val-mjdh").get("/texts").body()).doesNotContain("À valider (");
    }

    @Test
    void a_submitted_report_redirects_to_the_item_with_a_confirmation_and_a_reload_of_the_old_address_finds_it() {
        WebClient fp = login("fp-dndh");
        fp.get("/tracker/" + item.id());
        HttpResponse<String> r = fp.post("/tracker/" + item.id() + "/reports", "text", "Rapport soumis par le formulaire.",
                "status", "in_progress");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/tracker/" + item.id() + "#reports");
        assertThat(fp.get("/tracker/" + item.id()).body()).contains("Rapport soumis ; il attend la validation de votre institution.");
        HttpResponse<String> reload = fp.get("/tracker/" + item.id() + "/reports");
        assertThat(reload.statusCode()).isEqualTo(303);
        assertThat(reload.headers().firstValue("Location")).hasValue("/tracker/" + item.id() + "#reports");
    }

    @Test
    void the_import_has_a_page_of_its_own_linked_from_the_top_of_the_list() {
        WebClient analyst = login("analyst");
        HttpResponse<String> r = analyst.get("/tracker/import");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("action=\"/tracker/import\"").contains("type=\"file\"").doesNotContain("un nombre est attendu");
        String list = analyst.get("/tracker").body();
        assertThat(list.indexOf("href=\"/tracker/import\"")).as("the link comes before the list's rows")
                .isPositive().isLessThan(list.indexOf("<table"));
        assertThat(login("fp-dndh").get("/tracker").body()).doesNotContain("href=\"/tracker/import\"");
    }
}
