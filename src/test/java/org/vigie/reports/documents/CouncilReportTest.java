package org.vigie.reports.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.audit.AuditQuery;
import org.vigie.i18n.Lang;
import org.vigie.i18n.Messages;
import org.vigie.reports.statistics.StatisticsFixture;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;

/**
 * The Council report on {@link StatisticsFixture}'s data, whose answers are known: 4 verified incidents
 * in 2025, 8 victims, 3 proceedings, 2 reparation claims, 3 recommendations of which 1 implemented. The PDF
 * is read back with PDFBox and the DOCX with POI. Samples are left in target/report-samples to look at.
 */
class CouncilReportTest {
    static final ReportRequest FR = ReportRequest.parse("2025-01-01", "2025-12-31", null, null, "fr");
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;
    static Principal analyst;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        StatisticsFixture.insertObservatory(app);
        StatisticsFixture.insertSchools(app);
        StatisticsFixture.insertFollowUp(app);
        analyst = TestApp.account(app, "report-analyst", Role.ANALYST).principal();
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d).replaceAll("[\\u00a0\\u202f]", " ");
        }
    }

    static String docxText(byte[] docx) throws Exception {
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            return x.getText().replaceAll("[\\u00a0\\u202f]", " ");
        }
    }

    static void keep(String name, byte[] bytes) throws Exception {
        Path samples = Path.of("target", "report-samples");
        Files.createDirectories(samples);
        Files.write(samples.resolve(name), bytes);
    }

    @Test
    void the_pdf_holds_every_section_title_and_the_known_figures() throws Exception {
        byte[] pdf = app.reports().pdf("report-analyst", "127.0.0.1", FR);
        keep("report-fr.pdf", pdf);
        String text = pdfText(pdf);
        for (ReportSection s : ReportSection.values()) {
            assertThat(text).contains(new Messages().get(Lang.FR, s.titleKey()));
        }
        assertThat(text).contains("Chiffres calculés à partir des données de Vigie le")
                .contains("4 incidents vérifiés").contains("8 victimes").contains("3 procédures judiciaires")
                .contains("2 demandes de réparation").contains("3 recommandations suivies").contains("1 recommandation mise en œuvre")
                .contains("Annexe : les recommandations et leur état de mise en œuvre").contains("FIX#R1").contains("Mise en œuvre");
    }

    @Test
    void the_docx_holds_the_same_sections_as_word_headings_and_the_same_figures() throws Exception {
        byte[] docx = app.reports().docx("report-analyst", "127.0.0.1", FR);
        keep("report-fr.docx", docx);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String headings = d.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText)
                    .collect(Collectors.joining("\n"));
            for (ReportSection s : ReportSection.values()) {
                assertThat(headings).contains(new Messages().get(Lang.FR, s.titleKey()));
            }
            assertThat(d.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(d.getAllPictures()).as("charts and the map as images").isNotEmpty();
        }
        String text = docxText(docx);
        assertThat(text).contains("Chiffres calculés à partir des données de Vigie le").contains("FIX#R1");
        assertThat(text.replaceAll("\\s+", " ")).contains("Total 4").contains("Total 8");
    }

    @Test
    void the_english_report_has_english_titles_and_the_same_figures() throws Exception {
        CouncilReport fr = app.reports().build(FR);
        CouncilReport en = app.reports().build(FR.in(Lang.EN));
        assertThat(en.summary()).isEqualTo(fr.summary());
        String text = pdfText(app.reports().pdf("report-analyst", "127.0.0.1", FR.in(Lang.EN)));
        assertThat(text).contains("The human rights situation in Mali").contains("Children affected by the armed conflict")
                .contains("4 verified incidents").doesNotContain("Enfants touchés");
    }

    @Test
    void a_narrative_saved_in_french_shows_escaped_in_both_outputs_and_not_in_english() throws Exception {
        String words = "Au cours de la période, <b>la situation</b> s’est dégradée & les écoles ont fermé.";
        app.reports().saveNarrative(analyst, "127.0.0.1", FR, ReportSection.SCHOOLS, words + "\n\nDeuxième paragraphe.");
        assertThat(pdfText(app.reports().pdf("report-analyst", "127.0.0.1", FR)).replaceAll("\\s+", " ")).contains(words);
        assertThat(docxText(app.reports().docx("report-analyst", "127.0.0.1", FR))).contains(words).contains("Deuxième paragraphe.");
        assertThat(app.reports().narratives(FR.in(Lang.EN))).doesNotContainKey(ReportSection.SCHOOLS);
    }

    @Test
    void saving_a_narrative_and_generating_are_audited() {
        app.reports().saveNarrative(analyst, "127.0.0.1", FR, ReportSection.INTRODUCTION, "Introduction du rapport.");
        app.reports().docx("report-analyst", "127.0.0.1", FR);
        var actions = app.audit().find(AuditQuery.latest(50)).stream().map(e -> e.action()).toList();
        assertThat(actions).contains("report.narrative_saved", "report.generated");
    }

    @Test
    void a_region_report_counts_only_that_region() {
        CouncilReport mopti = app.reports().build(ReportRequest.parse("2025-01-01", "2025-12-31", "ML05", null, "fr"));
        assertThat(mopti.placeName()).isEqualTo("Mopti");
        assertThat(mopti.summary().get(0).value()).isEqualTo(2);
    }

    @Test
    void a_region_report_says_beside_the_countrys_figures_that_they_are_national_and_that_only_verified_closures_count()
            throws Exception {
        ReportRequest mopti = ReportRequest.parse("2025-01-01", "2025-12-31", "ML05", null, "fr");
        CouncilReport built = app.reports().build(mopti);
        CouncilReport.KeyFigure schools = built.summary().stream().filter(k -> k.labelKey().equals("reports.report.key.schools"))
                .findFirst().orElseThrow();
        assertThat(schools.value()).as("Bandiagara's verified closure").isEqualTo(1);
        assertThat(schools.noteKey()).isEqualTo("reports.report.key.schools_note");
        assertThat(schools.noteArgs()).containsExactly(2L);
        assertThat(built.summary().stream().filter(k -> k.labelKey().matches("reports.report.key.(proceedings|claims|recommendations|implemented)")))
                .hasSize(4).allSatisfy(k -> assertThat(k.noteKey()).isEqualTo("reports.report.key.national_note"));
        assertThat(built.summary().get(0).noteKey()).as("the region's own incidents need no note").isNull();

        String pdf = pdfText(app.reports().pdf("report-analyst", "127.0.0.1", mopti)).replaceAll("\\s+", " ");
        assertThat(pdf).contains("fermetures vérifiées seulement ; le registre en recense 2 à cette date")
                .contains("ensemble du Mali : non ventilé par région");
        String docx = docxText(app.reports().docx("report-analyst", "127.0.0.1", mopti));
        assertThat(docx).contains("ensemble du Mali : non ventilé par région");
        assertThat(app.reports().build(FR).summary().stream().filter(k -> k.labelKey().equals("reports.report.key.proceedings"))
                .findFirst().orElseThrow().noteKey()).as("a national report says nothing of the kind").isNull();
    }
}
