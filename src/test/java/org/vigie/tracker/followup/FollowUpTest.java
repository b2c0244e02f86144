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
import org.vigie.support.ApiClient;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;
import org.vigie.tracker.recommendations.RecommendationFilter;

/** Assignment to an institution, a focal point's report, its validator's decision: the only way a status changes. */
class FollowUpTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;
    static long recommendation;
    static long other;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        TestApp.account(app, "analyst", Role.ANALYST);
        TestApp.account(app, "fp-dndh", Role.FOCAL_POINT);
        TestApp.account(app, "val-dndh", Role.VALIDATOR);
        app.accounts().create("test", "127.0.0.1", new NewAccount(new Username("fp-mjdh"), "", Role.FOCAL_POINT, "MJDH", TestApp.PASSWORD));
        app.accounts().create("test", "127.0.0.1", new NewAccount(new Username("val-mjdh"), "", Role.VALIDATOR, "MJDH", TestApp.PASSWORD));
        try (InputStream in = FollowUpTest.class.getResourceAsStream("/tracker/upr48-slovenia-thematic-list.docx")) {
            app.tracker().importFile("analyst", "127.0.0.1", "slovenia.docx", in.readAllBytes(), "SI");
        }
        var found = app.tracker().find(RecommendationFilter.all());
        recommendation = found.get(0).id();
        other = found.get(1).id();
        WebClient analyst = login("analyst");
        analyst.get("/tracker/" + recommendation);
        assertThat(analyst.post("/tracker/" + recommendation + "/assign", "institution", "DNDH").statusCode()).isEqualTo(302);
    }

    static WebClient login(String username) {
        WebClient c = new WebClient(TestApp.base(app));
        c.login(username, TestApp.PASSWORD);
        return c;
    }

    private static long submit(String text, String status) {
        WebClient fp = login("fp-dndh");
        fp.get("/tracker/" + recommendation);
        var r = fp.post("/tracker/" + recommendation + "/reports", "text", text, "status", status);
        assertThat(r.statusCode()).as("redirect after POST: " + r.body()).isEqualTo(303);
        return app.database().jdbi().withHandle(h -> h.createQuery("SELECT max(id) FROM progress_report").mapTo(Long.class).one());
    }

    private static String status() {
        return app.tracker().byId(recommendation).status();
    }

    @Test
    void a_focal_point_sees_only_what_is_assigned_to_its_institution() {
        WebClient dndh = login("fp-dndh");
        assertThat(dndh.get("/tracker").body()).contains("/tracker/" + recommendation + "\"").doesNotContain("/tracker/" + other + "\"");
        assertThat(dndh.get("/tracker/" + other).statusCode()).isEqualTo(404);
        WebClient mjdh = login("fp-mjdh");
        assertThat(mjdh.get("/tracker/" + recommendation).statusCode()).isEqualTo(404);
        assertThat(mjdh.get("/tracker").body()).contains("0 recommandation");
    }

    @Test
    void a_validated_report_changes_the_status_and_a_returned_one_does_not() {
        String before = status();
        long returned = submit("Formation de 40 magistrats à Mopti.", "in_progress");
        assertThat(status()).as("a report alone changes nothing").isEqualTo(before);
        WebClient validator = login("val-dndh");
        assertThat(validator.get("/tracker").body()).contains("Formation de 40 magistrats");
        var noComment = validator.post("/tracker/reports/" + returned + "/decision", "decision", "return", "comment", "");
        assertThat(noComment.statusCode()).isEqualTo(400);
        validator.get("/tracker");
        assertThat(validator.post("/tracker/reports/" + returned + "/decision", "decision", "return", "comment", "Joindre la liste.").statusCode())
                .isEqualTo(303);
        assertThat(status()).isEqualTo(before);

        long validated = submit("Formation de 40 magistrats à Mopti ; liste jointe.", "partially_implemented");
        validator.get("/tracker");
        assertThat(validator.post("/tracker/reports/" + validated + "/decision", "decision", "validate", "comment", "").statusCode()).isEqualTo(303);
        assertThat(status()).isEqualTo("partially_implemented");
        assertThat(app.audit().count(new AuditQuery("val-dndh", "progress.", null, null, null, 0, 10))).isEqualTo(2);
        validator.get("/tracker");
        assertThat(validator.post("/tracker/reports/" + validated + "/decision", "decision", "return", "comment", "trop tard").statusCode())
                .as("decided once").isEqualTo(409);
    }

    @Test
    void another_institutions_validator_cannot_decide_and_its_focal_point_cannot_report() {
        long report = submit("Rapport de la DNDH.", "in_progress");
        WebClient mjdh = login("val-mjdh");
        mjdh.get("/tracker");
        // Another institution's report, and a recommendation not assigned to theirs, are ones they do not see: 404.
        assertThat(mjdh.post("/tracker/reports/" + report + "/decision", "decision", "validate").statusCode()).isEqualTo(404);
        WebClient fp = login("fp-mjdh");
        fp.get("/tracker");
        assertThat(fp.post("/tracker/" + recommendation + "/reports", "text", "x", "status", "implemented").statusCode()).isEqualTo(404);
    }

    @Test
    void the_list_exports_as_csv_and_docx_with_institutions_and_status_and_the_export_is_audited() throws Exception {
        WebClient analyst = login("analyst");
        var csv = analyst.get("/tracker/export.csv?mechanism=upr");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).contains("Recommandation et État recommandant").contains("État");
        assertThat(lines).hasSize(255);
        assertThat(csv.body()).contains("DNDH");
        var docx = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(TestApp.base(app) + "/tracker/export.docx")).header("Cookie", "vigie_session=" + analyst.cookie("vigie_session")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(docx.statusCode()).isEqualTo(200);
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx.body()))) {
            var rows = doc.getTables().get(0).getRows();
            assertThat(rows.size()).isGreaterThan(254);
            assertThat(rows.stream().anyMatch(r -> r.getCell(0).getText().startsWith("Thème : "))).isTrue();
        }
        var json = analyst.get("/tracker/export.json?mechanism=upr");
        assertThat(json.body()).contains("\"institutions\":[\"DNDH\"]").contains("\"reference\":\"A/HRC/59/15#");
        assertThat(app.audit().count(new AuditQuery("analyst", "recommendations.exported", null, null, null, 0, 10))).isEqualTo(3);
    }

    @Test
    void the_api_shows_a_recommendation_with_its_institutions_and_reports() {
        var admin = TestApp.account(app, "api-reader", Role.OBSERVER);
        String token = app.authentication().createToken(admin.principal(), "t", "127.0.0.1").value();
        var r = new ApiClient(TestApp.base(app), token).get("/api/v1/recommendations/" + recommendation);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"institutions\":[\"DNDH\"]").contains("\"progress_reports\"");
    }
}
