package org.vigie.reports.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.reports.statistics.StatisticsFixture;
import org.vigie.security.Role;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;

/** {@code /reports}: analysts write narratives through the page's forms and download the report; observers and monitors may not. */
class ReportRoutesTest {
    static final String QUERY = "?from=2025-01-01&to=2025-12-31&lang=fr";
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        StatisticsFixture.insertObservatory(app);
        for (Role role : new Role[] {Role.ANALYST, Role.OBSERVER, Role.MONITOR}) {
            TestApp.account(app, "reports-" + role.code(), role);
        }
    }

    static WebClient login(Role role) {
        WebClient c = new WebClient(TestApp.base(app));
        c.login("reports-" + role.code(), TestApp.PASSWORD);
        return c;
    }

    @Test
    void an_analyst_saves_a_narrative_through_the_form_and_sees_it_escaped_on_the_page() {
        WebClient analyst = login(Role.ANALYST);
        HttpResponse<String> page = analyst.get("/reports" + QUERY);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Enfants touchés par le conflit armé").contains("action=\"/reports/report/jobs\"")
                .contains("name=\"from\" value=\"2025-01-01\"");
        HttpResponse<String> saved = analyst.post("/reports/narratives", "from", "2025-01-01", "to", "2025-12-31", "lang", "fr",
                "region", "", "theme", "", "section", "children", "text", "Les enfants <script>alert(1)</script> paient le prix.");
        assertThat(saved.statusCode()).isIn(302, 303);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).contains("saved=children");
        String again = analyst.get("/reports" + QUERY).body();
        assertThat(again).contains("Les enfants &lt;script&gt;alert(1)&lt;/script&gt; paient le prix.").doesNotContain("<script>alert(1)");
    }

    @Test
    void a_narrative_without_the_csrf_token_is_refused() {
        WebClient analyst = login(Role.ANALYST);
        HttpResponse<String> r = analyst.postRaw("/reports/narratives", java.util.Map.of("from", "2025-01-01", "to", "2025-12-31",
                "lang", "fr", "section", "introduction", "text", "Forgé."));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(app.reports().narratives(ReportRequest.parse("2025-01-01", "2025-12-31", null, null, "fr"))).doesNotContainKey(ReportSection.INTRODUCTION);
    }

    @Test
    void an_analyst_downloads_the_pdf_and_the_docx() {
        WebClient analyst = login(Role.ANALYST);
        HttpResponse<String> pdf = analyst.get("/reports/report.pdf" + QUERY);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).contains("vigie-report-2025-01-01-2025-12-31-fr.pdf");
        assertThat(pdf.body()).startsWith("%PDF");
        HttpResponse<String> docx = analyst.get("/reports/report.docx" + QUERY + "&region=ML05");
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Type").orElseThrow()).startsWith(ReportRoutes.DOCX);
    }

    @Test
    void observers_and_monitors_may_neither_see_the_page_nor_generate() {
        for (Role role : new Role[] {Role.OBSERVER, Role.MONITOR}) {
            WebClient c = login(role);
            assertThat(c.get("/reports" + QUERY).statusCode()).isEqualTo(403);
            assertThat(c.get("/reports/report.pdf" + QUERY).statusCode()).isEqualTo(403);
            assertThat(c.get("/reports/report.docx" + QUERY).statusCode()).isEqualTo(403);
        }
    }

    @Test
    void a_cercle_instead_of_a_region_names_the_field() {
        HttpResponse<String> r = login(Role.ANALYST).get("/reports/report.pdf" + QUERY + "&region=ML0501");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("ML01 à ML09");
    }

    @Test
    void a_narrative_of_another_period_and_region_is_offered_for_an_empty_section_and_reused_without_script() {
        WebClient analyst = login(Role.ANALYST);
        analyst.get("/reports" + QUERY);
        analyst.post("/reports/narratives", "from", "2025-01-01", "to", "2025-06-30", "lang", "fr", "region", "ML05", "theme", "",
                "section", "reparations", "text", "Les demandes de réparation de Mopti avancent lentement.");
        analyst.post("/reports/narratives", "from", "2023-01-01", "to", "2023-12-31", "lang", "fr", "region", "ML01", "theme", "",
                "section", "reparations", "text", "Texte ancien de Kayes.");

        String q = "?from=2025-07-01&to=2025-12-31&lang=fr&region=ML05";
        String page = analyst.get("/reports" + q).body();
        String section = page.substring(page.indexOf("<section id=\"reparations\">"), page.indexOf("</section>", page.indexOf("<section id=\"reparations\">")));
        assertThat(section).contains("Textes écrits pour des rapports proches").contains("Du 2025-01-01 au 2025-06-30, Mopti");
        assertThat(section.indexOf("Mopti avancent")).as("the nearest first").isLessThan(section.indexOf("Texte ancien de Kayes"));
        assertThat(page.indexOf("id=\"empty-sections\"")).as("the warning comes before the downloads").isPositive()
                .isLessThan(page.indexOf("id=\"report-download\""));
        assertThat(page).contains("sections n’ont pas de texte");

        HttpResponse<String> reused = analyst.post("/reports/narratives", "from", "2025-07-01", "to", "2025-12-31", "lang", "fr",
                "region", "ML05", "theme", "", "section", "reparations", "text", "Les demandes de réparation de Mopti avancent lentement.");
        assertThat(reused.statusCode()).isIn(302, 303);
        assertThat(app.reports().narratives(ReportRequest.parse("2025-07-01", "2025-12-31", "ML05", null, "fr")))
                .containsEntry(ReportSection.REPARATIONS, "Les demandes de réparation de Mopti avancent lentement.");
        String after = analyst.get("/reports" + q).body();
        String reparations = after.substring(after.indexOf("<section id=\"reparations\">"), after.indexOf("</section>", after.indexOf("<section id=\"reparations\">")));
        assertThat(reparations).as("a section with its text offers nothing more").doesNotContain("Textes écrits pour des rapports proches");
    }
}
