package org.vigie.tracker.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.accounts.NewAccount;
import org.vigie.accounts.Username;
import org.vigie.audit.AuditQuery;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;
import org.vigie.tracker.recommendations.RecommendationFilter;
import org.vigie.tracker.recommendations.TrackedRecommendation;

/**
 * A progress report's attachments through the plain HTML form (no script): checked by their first bytes and size
 * as incidents' evidence is, encrypted at rest, listed with the report, downloaded by whoever reads the report and
 * by no one else, every step audited.
 */
class ReportAttachmentsTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;
    static TrackedRecommendation item;
    static final byte[] PDF = "%PDF-1.4\n% Liste des magistrats formes a Mopti\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        Principal analyst = TestApp.account(app, "analyst", Role.ANALYST).principal();
        TestApp.account(app, "fp-dndh", Role.FOCAL_POINT);
        TestApp.account(app, "val-dndh", Role.VALIDATOR);
        app.accounts().create("test", "127.0.0.1", new NewAccount(new Username("fp-mjdh"), "", Role.FOCAL_POINT, "MJDH", TestApp.PASSWORD));
        try (InputStream in = ReportAttachmentsTest.class.getResourceAsStream("/tracker/upr48-slovenia-thematic-list.docx")) {
            app.tracker().importFile("analyst", "127.0.0.1", "slovenia.docx", in.readAllBytes(), "SI");
        }
        item = app.tracker().find(RecommendationFilter.all()).get(0);
        app.followUp().assign(analyst, "127.0.0.1", item.id(), "DNDH");
    }

    static WebClient login(String username) {
        WebClient c = new WebClient(TestApp.base(app));
        c.login(username, TestApp.PASSWORD);
        return c;
    }

    static byte[] docx() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Compte rendu de la formation");
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] plainZip() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("rien".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static HttpResponse<String> submit(WebClient fp, String text, List<Map.Entry<String, byte[]>> files) {
        fp.get("/tracker/" + item.id());
        return fp.postFiles("/tracker/" + item.id() + "/reports", List.of("text", text, "status", "in_progress", "public_summary", ""),
                "attachments", files);
    }

    private static List<ReportAttachment> attachmentsOf(String text) {
        long report = app.followUp().reportsOf(item.id()).stream().filter(r -> r.text().equals(text)).findFirst().orElseThrow().id();
        return app.reportAttachments().of(List.of(report)).getOrDefault(report, List.of());
    }

    @Test
    void a_report_with_a_pdf_and_a_word_file_keeps_both_encrypted_and_the_validator_downloads_them() throws Exception {
        WebClient fp = login("fp-dndh");
        HttpResponse<String> r = submit(fp, "Formation de 40 magistrats, liste jointe.",
                List.of(Map.entry("liste.pdf", PDF), Map.entry("compte-rendu.docx", docx())));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        List<ReportAttachment> files = attachmentsOf("Formation de 40 magistrats, liste jointe.");
        assertThat(files).extracting(ReportAttachment::fileName).containsExactly("liste.pdf", "compte-rendu.docx");
        assertThat(files).extracting(ReportAttachment::contentType)
                .containsExactly("application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(files.get(0).sha256()).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(PDF)));
        byte[] stored = app.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT content FROM progress_report_attachment WHERE id = :id").bind("id", files.get(0).id()).mapTo(byte[].class).one());
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).as("encrypted at rest").doesNotContain("magistrats");

        WebClient validator = login("val-dndh");
        String list = validator.get("/tracker/to-validate").body();
        String link = "/tracker/reports/" + files.get(0).reportId() + "/attachments/" + files.get(0).id();
        assertThat(list).contains("href=\"" + link + "\"").contains("compte-rendu.docx");
        HttpResponse<String> download = validator.get(link);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(new String(PDF, StandardCharsets.US_ASCII));
        assertThat(download.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"liste.pdf\"");
        String report = "progress_report:" + files.get(0).reportId();
        assertThat(app.audit().count(new AuditQuery("fp-dndh", "progress.attachment.added", report, null, null, 0, 10))).isEqualTo(2);
        assertThat(app.audit().count(new AuditQuery("val-dndh", "progress.attachment.read", report, null, null, 0, 10))).isEqualTo(1);
        assertThat(fp.get("/tracker/" + item.id()).body()).contains("href=\"" + link + "\"");
    }

    @Test
    void one_who_may_not_read_the_report_gets_the_same_404_as_for_a_missing_file() throws Exception {
        WebClient fp = login("fp-dndh");
        submit(fp, "Rapport confidentiel avec pièce.", List.of(Map.entry("piece.pdf", PDF)));
        ReportAttachment f = attachmentsOf("Rapport confidentiel avec pièce.").get(0);

        WebClient stranger = login("fp-mjdh");
        HttpResponse<String> hidden = stranger.get("/tracker/reports/" + f.reportId() + "/attachments/" + f.id());
        HttpResponse<String> missing = stranger.get("/tracker/reports/" + f.reportId() + "/attachments/999999");
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(hidden.body().replace("/attachments/" + f.id() + "\"", "/attachments/999999\"")).isEqualTo(missing.body());
        assertThat(app.audit().count(new AuditQuery("fp-mjdh", "progress.attachment.read", null, null, null, 0, 10))).isZero();
    }

    @Test
    void a_file_of_another_kind_is_refused_by_name_with_the_missing_text_and_nothing_is_stored() throws Exception {
        WebClient fp = login("fp-dndh");
        int before = app.followUp().reportsOf(item.id()).size();
        HttpResponse<String> r = submit(fp, "", List.of(Map.entry("photos.zip", plainZip())));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"error-summary\"").contains("href=\"#text\"").contains("href=\"#attachments\"")
                .contains("le fichier « photos.zip » n’est pas d’un type accepté").contains("id=\"attachments-error\"");
        assertThat(app.followUp().reportsOf(item.id())).hasSize(before);
    }

    @Test
    void a_file_larger_than_fifteen_megabytes_is_refused_naming_it() throws Exception {
        byte[] big = new byte[(int) org.vigie.observatory.evidence.FileCheck.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        HttpResponse<String> r = submit(login("fp-dndh"), "Rapport avec un fichier trop lourd.", List.of(Map.entry("scan.pdf", big)));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("le fichier « scan.pdf » dépasse 15 Mo");
    }

    @Test
    void an_empty_file_input_is_no_attachment() {
        HttpResponse<String> r = submit(login("fp-dndh"), "Rapport sans pièce jointe.", List.of(Map.entry("", new byte[0])));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        assertThat(attachmentsOf("Rapport sans pièce jointe.")).isEmpty();
    }
}
