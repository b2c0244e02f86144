package org.vigie.observatory.links;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.observatory.incidents.Drafts;
import org.vigie.observatory.incidents.VerificationStatus;
import org.vigie.reports.documents.CouncilReport;
import org.vigie.reports.documents.ReportRequest;
import org.vigie.security.Principal;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;
import org.vigie.tracker.recommendations.RecommendationFilter;
import org.vigie.tracker.recommendations.TrackedRecommendation;

/** How many incidents are linked to each recommendation, in the tracker's JSON export and the Council report's annex. */
class LinkedIncidentCountsTest {
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

    static Principal principal(String username) {
        return app.accounts().byUsername(username).orElseThrow().principal();
    }

    static long incident(String recordedBy, String actType) {
        return app.observatory().record(Drafts.draft(Drafts.SANGHA, LocalDate.of(2025, 3, 14), actType), recordedBy, "127.0.0.1");
    }

    static void linked(long incident, TrackedRecommendation r) {
        app.observatory().recommendationLinks().link(principal("analyst"), "127.0.0.1", incident, r.reference(), new LinkNote(null));
    }

    @Test
    void the_json_export_counts_the_linked_incidents_each_reader_may_see_and_focal_points_get_no_count() throws Exception {
        TrackedRecommendation r = recommendations.get(0);
        linked(incident("monitor", Drafts.SUMMARY_EXECUTION), r);
        linked(incident("monitor", Drafts.RAPE), r);
        WebClient analyst = login("analyst");
        analyst.get("/tracker/" + r.id());
        analyst.post("/tracker/" + r.id() + "/assign", "institution", "DNDH");

        assertThat(linkedIncidentsInExport("analyst", r)).isEqualTo("2");
        assertThat(linkedIncidentsInExport("monitor", r)).isEqualTo("2");
        assertThat(linkedIncidentsInExport("observer", r)).isEqualTo("1");
        assertThat(linkedIncidentsInExport("other-monitor", r)).isEqualTo("1");
        assertThat(linkedIncidentsInExport("focal-point", r)).isEqualTo("absent");
    }

    static String linkedIncidentsInExport(String who, TrackedRecommendation r) throws Exception {
        String json = login(who).get("/tracker/export.json").body();
        for (var row : new ObjectMapper().readTree(json).path("recommendations")) {
            if (row.path("recommendation").path("id").asLong() == r.id()) {
                return row.has("linkedIncidents") ? row.path("linkedIncidents").asText() : "absent";
            }
        }
        throw new AssertionError(who + " does not get recommendation " + r.id() + " in the export");
    }

    @Test
    void the_council_reports_annex_counts_the_verified_incidents_linked_to_a_recommendation() {
        TrackedRecommendation r = recommendations.get(1);
        long verified = incident("monitor", Drafts.SUMMARY_EXECUTION);
        app.verification().move(principal("analyst"), "127.0.0.1", verified, VerificationStatus.PENDING_VERIFICATION);
        app.verification().move(principal("analyst"), "127.0.0.1", verified, VerificationStatus.VERIFIED);
        linked(verified, r);
        linked(incident("monitor", Drafts.SUMMARY_EXECUTION), r);

        CouncilReport report = app.reports().build(ReportRequest.parse("2025-01-01", "2025-12-31", null, null, "fr"));

        assertThat(report.annex()).filteredOn(a -> a.reference().equals(r.reference())).singleElement()
                .satisfies(a -> assertThat(a.linkedIncidents()).isEqualTo(1));
        assertThat(report.annex()).filteredOn(a -> a.reference().equals(recommendations.get(2).reference())).singleElement()
                .satisfies(a -> assertThat(a.linkedIncidents()).isZero());
    }

    @Test
    void the_council_reports_docx_says_how_many_verified_incidents_are_linked() throws Exception {
        TrackedRecommendation r = recommendations.get(3);
        long verified = incident("monitor", Drafts.SUMMARY_EXECUTION);
        app.verification().move(principal("analyst"), "127.0.0.1", verified, VerificationStatus.PENDING_VERIFICATION);
        app.verification().move(principal("analyst"), "127.0.0.1", verified, VerificationStatus.VERIFIED);
        linked(verified, r);

        byte[] docx = app.reports().docx("analyst", "127.0.0.1", ReportRequest.parse("2025-01-01", "2025-12-31", null, null, "fr"));

        try (var d = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
             var x = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(d)) {
            assertThat(x.getText()).contains("1 incident vérifié lié");
        }
    }
}
