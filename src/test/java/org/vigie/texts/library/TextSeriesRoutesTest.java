package org.vigie.texts.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.audit.AuditQuery;
import org.vigie.security.Role;
import org.vigie.support.ApiClient;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;
import org.vigie.texts.Fixtures;

/**
 * Mali's resolutions year after year through the server: the chain of resolutions, one year's resolution compared
 * with the next (page, JSON, DOCX) and the French and English texts of one resolution linked to each other.
 */
class TextSeriesRoutesTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;
    static String analystToken;
    static String observerToken;
    static long res3439;
    static long res4934;
    static long l2;

    private static final String EN = """
            A/HRC/RES/58/30
            Human Rights Council
            Fifty-eighth session
            Agenda item 10
            Resolution adopted by the Human Rights Council on 4 April 2025
            58/30. Technical assistance and capacity-building for Mali in the field of human rights
            The Human Rights Council,
            Guided by the purposes and principles of the Charter of the United Nations,
            1. Decides to extend the mandate of the Independent Expert for a period of one year;
            2. Decides to remain seized of the matter.
            """;
    private static final String FR = """
            A/HRC/RES/58/30
            Conseil des droits de l’homme
            Cinquante-huitième session
            Point 10 de l’ordre du jour
            Résolution adoptée par le Conseil des droits de l’homme le 4 avril 2025
            58/30. Assistance technique et renforcement des capacités dans le domaine des droits de l’homme au Mali
            Le Conseil des droits de l’homme,
            Guidé par les buts et principes énoncés dans la Charte des Nations Unies,
            1. Décide de proroger le mandat de l’Expert indépendant pour une période d’un an ;
            2. Décide de demeurer saisi de la question.
            """;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        var analyst = TestApp.account(app, "analyst", Role.ANALYST);
        var observer = TestApp.account(app, "observer", Role.OBSERVER);
        analystToken = app.authentication().createToken(analyst.principal(), "t", "127.0.0.1").value();
        observerToken = app.authentication().createToken(observer.principal(), "t", "127.0.0.1").value();
        res3439 = idOf(upload("A_HRC_RES_34_39-EN-opening.txt", Fixtures.bytes(Fixtures.HRC_34_39)));
        res4934 = idOf(upload("A_HRC_RES_49_34-FR-opening.txt", Fixtures.bytes(Fixtures.HRC_49_34_FR)));
        l2 = idOf(upload("A_HRC_40_L2-EN-opening.txt", Fixtures.bytes(Fixtures.HRC_40_L2)));
    }

    private static HttpResponse<String> upload(String name, byte[] body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(TestApp.base(app) + "/api/v1/texts?name="
                        + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + analystToken).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static long idOf(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
        return Long.parseLong(r.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
    }

    private static WebClient observer() {
        WebClient c = new WebClient(TestApp.base(app)).language("fr");
        c.login("observer", TestApp.PASSWORD);
        return c;
    }

    private static JsonNode json(String path) throws Exception {
        var r = new ApiClient(TestApp.base(app), observerToken).get(path);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return new ObjectMapper().readTree(r.body());
    }

    @Test
    void the_chain_page_lists_mali_s_resolutions_in_order_with_what_each_did_and_the_gaps() {
        WebClient c = observer();
        assertThat(c.get("/texts/chains").body()).contains("href=\"/texts/chains/unhrc-22-18\"");
        String page = c.get("/texts/chains/unhrc-22-18").body();
        assertThat(page).contains("a établi le mandat", "a prorogé le mandat", "absente de Vigie")
                .contains("href=\"/texts/" + res3439 + "\"", "href=\"/texts/" + res4934 + "\"", "href=\"/texts/" + l2 + "\"");
        assertThat(page.indexOf(">22/18")).isLessThan(page.indexOf(">25/36")).isLessThan(page.indexOf(">34/39"));
    }

    @Test
    void a_text_s_page_links_to_its_chain_and_to_what_changed_since_the_previous_resolution() {
        assertThat(observer().get("/texts/" + res3439).body()).contains("href=\"/texts/chains/unhrc-22-18#unhrc-34-39\"")
                .doesNotContain("Ce qui a changé depuis");
        assertThat(observer().get("/texts/" + l2).body()).contains("href=\"/texts/compare?a=" + res3439 + "&amp;b=" + l2 + "\"")
                .contains("Ce qui a changé depuis A/HRC/RES/34/39");
        assertThat(observer().get("/texts/chains/unhrc-22-18").body())
                .contains("href=\"/texts/compare?a=" + res3439 + "&amp;b=" + l2 + "\"");
    }

    @Test
    void the_chain_as_json_gives_members_mandate_actions_relations_and_gaps() throws Exception {
        JsonNode chain = json("/api/v1/texts/chains/unhrc-22-18");
        assertThat(chain.get("key").asText()).isEqualTo("unhrc-22-18");
        JsonNode first = chain.get("members").get(1);
        assertThat(first.get("number").asText()).isEqualTo("22/18");
        assertThat(first.get("mandate").asText()).isEqualTo("established");
        assertThat(first.get("in_vigie").asBoolean()).isFalse();
        assertThat(chain.get("gaps").toString()).contains("\"22/18\"").doesNotContain("\"34/39\"");
        assertThat(json("/api/v1/texts/" + res3439).get("chain").asText()).isEqualTo("unhrc-22-18");
        assertThat(json("/api/v1/texts/" + res3439).get("references").get(4).get("relation").asText())
                .isEqualTo("establishes_mandate");
    }

    @Test
    void an_unknown_chain_is_not_found() {
        assertThat(observer().get("/texts/chains/unhrc-99-99").statusCode()).isEqualTo(404);
        assertThat(new ApiClient(TestApp.base(app), observerToken).get("/api/v1/texts/chains/..%2F1").statusCode()).isEqualTo(404);
    }

    @Test
    void one_year_s_resolution_and_the_next_compare_on_a_page_with_the_summary_first() {
        String page = observer().get("/texts/compare?a=" + res3439 + "&b=" + l2).body();
        assertThat(page).contains("Deux résolutions différentes", "Ce qui est nouveau dans le dispositif", "Reformulé",
                "/texts/compare.docx?a=" + res3439 + "&amp;b=" + l2);
        assertThat(page.indexOf("Ce qui est nouveau")).isLessThan(page.indexOf("Reformulé"));
    }

    @Test
    void the_comparison_json_gives_each_status_and_the_summary() throws Exception {
        JsonNode c = json("/api/v1/texts/compare?a=" + res3439 + "&b=" + l2);
        assertThat(c.get("versions_of_one").asBoolean()).isFalse();
        assertThat(c.get("changes").get(4).get("status").asText()).isEqualTo("reworded");
        assertThat(c.get("summary").has("new_addressees")).isTrue();
    }

    @Test
    void the_comparison_downloads_as_docx_and_the_export_is_audited() throws Exception {
        var r = new ApiClient(TestApp.base(app), observerToken).getBytes("/texts/compare.docx?a=" + res3439 + "&b=" + l2);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/vnd.openxmlformats");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(r.body()))) {
            assertThat(doc.getParagraphs().get(0).getText()).contains("A/HRC/RES/34/39").contains("A/HRC/40/L.2");
        }
        assertThat(app.audit().find(new AuditQuery("observer", "text.exported", "text:" + l2, null, null, 0, 10)))
                .anySatisfy(e -> assertThat(e.toString()).contains("docx"));
    }

    @Test
    void the_french_and_english_texts_of_one_resolution_link_to_each_other() throws Exception {
        long en = idOf(upload("A_HRC_RES_58_30-EN.txt", EN.getBytes(StandardCharsets.UTF_8)));
        long fr = idOf(upload("A_HRC_RES_58_30-FR.txt", FR.getBytes(StandardCharsets.UTF_8)));
        WebClient c = observer();
        assertThat(c.get("/texts/" + en).body()).contains("href=\"/texts/" + fr + "\" hreflang=\"fr\"").contains("Version française");
        assertThat(c.get("/texts/" + fr).body()).contains("href=\"/texts/" + en + "\" hreflang=\"en\"").contains("English version");
        JsonNode expressions = json("/api/v1/texts/" + en).get("expressions");
        assertThat(expressions).hasSize(1);
        assertThat(expressions.get(0).get("id").asLong()).isEqualTo(fr);
        assertThat(expressions.get(0).get("language").asText()).isEqualTo("fr");
        assertThat(json("/api/v1/texts/" + res3439).get("expressions")).isEmpty();
    }
}
