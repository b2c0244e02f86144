package org.vigie.tracker.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.security.Role;
import org.vigie.support.ApiClient;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;

/** The tracker through the server: importing OHCHR's list, filtering it, following a resolution's commitments. */
class TrackerRoutesTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;
    static String analystToken;
    static String observerToken;
    static byte[] slovenia;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        analystToken = app.authentication().createToken(TestApp.account(app, "analyst", Role.ANALYST).principal(), "t", "127.0.0.1").value();
        observerToken = app.authentication().createToken(TestApp.account(app, "observer", Role.OBSERVER).principal(), "t", "127.0.0.1").value();
        try (InputStream in = TrackerRoutesTest.class.getResourceAsStream("/tracker/upr48-slovenia-thematic-list.docx")) {
            slovenia = in.readAllBytes();
        }
    }

    private static HttpResponse<String> post(String path, byte[] body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(TestApp.base(app) + path))
                .header("Authorization", "Bearer " + analystToken).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void imported() throws Exception {
        var r = post("/api/v1/recommendations/import?name=slovenia.docx&state=SI", slovenia);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    @Test
    void a_dry_run_counts_the_list_and_writes_nothing() throws Exception {
        long before = app.tracker().count(RecommendationFilter.all());
        var r = post("/api/v1/recommendations/import?name=slovenia.docx&dry_run=true", slovenia);
        assertThat(r.body()).contains("\"recommendations\":254").contains("\"supported\":217").contains("\"noted\":37");
        assertThat(app.tracker().count(RecommendationFilter.all())).isEqualTo(before);
    }

    @Test
    void importing_the_same_list_twice_adds_nothing_the_second_time() throws Exception {
        imported();
        var again = post("/api/v1/recommendations/import?name=slovenia-again.docx&state=SI", slovenia);
        assertThat(again.body()).contains("\"added\":0").contains("\"already_there\":254");
        assertThat(app.tracker().count(RecommendationFilter.parse("upr", null, null, null, 0, 50))).isEqualTo(254);
    }

    @Test
    void the_list_filters_by_position_and_words_and_a_recommendation_has_its_page() throws Exception {
        imported();
        var noted = new ApiClient(TestApp.base(app), observerToken).get("/api/v1/recommendations?position=noted&limit=1");
        assertThat(noted.body()).contains("\"total\":37");
        WebClient c = new WebClient(TestApp.base(app));
        c.login("observer", TestApp.PASSWORD);
        String page = c.get("/tracker?mechanism=upr&q=roma").body();
        assertThat(page).contains("A/HRC/59/15").doesNotContain("tracker.");
        long id = app.tracker().find(RecommendationFilter.parse("upr", null, null, "roma", 0, 1)).get(0).id();
        assertThat(c.get("/tracker/" + id).body()).contains("A/HRC/59/15").contains("Examen périodique universel");
    }

    @Test
    void a_file_that_is_not_a_list_is_refused_and_nothing_is_written() throws Exception {
        long before = app.tracker().count(RecommendationFilter.all());
        String csv = "Text,UPR Position\n\"Ratify the Convention\",Supported\n\"Second\",Maybe\n";
        var r = post("/api/v1/recommendations/import?name=uhri.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"");
        assertThat(app.tracker().count(RecommendationFilter.all())).isEqualTo(before);
    }

    @Test
    void the_commitments_of_a_resolution_appear_in_the_tracker_once() throws Exception {
        byte[] draft;
        try (InputStream in = TrackerRoutesTest.class.getResourceAsStream("/texts/mali-draft-2026-fr.txt")) {
            draft = in.readAllBytes();
        }
        long textId = app.texts().importFile("analyst", "127.0.0.1", "mali-draft-2026-fr.txt", draft, false).text().id();
        WebClient c = new WebClient(TestApp.base(app));
        c.login("analyst", TestApp.PASSWORD);
        assertThat(c.get("/texts/" + textId).body()).contains("action=\"/texts/" + textId + "/track\"");
        var tracked = c.post("/texts/" + textId + "/track");
        assertThat(tracked.statusCode()).as("redirect after POST").isEqualTo(303);
        assertThat(c.get(tracked.headers().firstValue("Location").orElseThrow()).body()).as("a confirmation on the next page")
                .contains("Engagements suivis : ");
        c.get("/texts/" + textId);
        c.post("/texts/" + textId + "/track");
        var commitments = app.tracker().ofText(textId);
        // One item per commitment the analysis finds (calls on "toutes les parties" included: they bind the State too).
        assertThat(commitments).hasSize(app.texts().resolution(textId).commitments().size()).hasSizeGreaterThanOrEqualTo(16)
                .allMatch(r -> r.mechanism() == SourceMechanism.RESOLUTION_COMMITMENT);
        assertThat(commitments).anySatisfy(r -> assertThat(r.text()).contains("liste des écoles fermées"));
        assertThat(c.get("/tracker?mechanism=resolution_commitment").body()).contains("Engagement d’une résolution");
        var found = new ApiClient(TestApp.base(app), observerToken).get("/api/v1/search?q=ecoles+fermees&kind=recommendation");
        assertThat(found.body()).doesNotContain("\"total\":0");
    }
}
