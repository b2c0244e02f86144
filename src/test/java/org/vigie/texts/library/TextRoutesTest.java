package org.vigie.texts.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

/** Importing and reading texts through the server, as an analyst and as an observer. */
class TextRoutesTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;
    static String analystToken;
    static String observerToken;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        var analyst = TestApp.account(app, "analyst", Role.ANALYST);
        var observer = TestApp.account(app, "observer", Role.OBSERVER);
        analystToken = app.authentication().createToken(analyst.principal(), "t", "127.0.0.1").value();
        observerToken = app.authentication().createToken(observer.principal(), "t", "127.0.0.1").value();
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = TextRoutesTest.class.getResourceAsStream("/texts/" + name)) {
            return in.readAllBytes();
        }
    }

    private static HttpResponse<String> upload(String token, String name, byte[] body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(TestApp.base(app) + "/api/v1/texts?name=" + name))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static long idOf(HttpResponse<String> r) {
        return Long.parseLong(r.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
    }

    @Test
    void an_imported_draft_shows_its_labels_commitments_and_the_missing_pp20() throws Exception {
        var r = upload(analystToken, "mali-draft-2026-fr.txt", resource("mali-draft-2026-fr.txt"));
        assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
        long id = idOf(r);
        WebClient c = new WebClient(TestApp.base(app));
        c.login("observer", TestApp.PASSWORD);
        String page = c.get("/texts/" + id).body();
        assertThat(page).contains("PP15bis").contains("les autorités maliennes").contains("PP20");
        var findings = new ApiClient(TestApp.base(app), observerToken).get("/api/v1/texts/" + id + "/findings").body();
        assertThat(findings).contains("PP20");
    }

    @Test
    void the_same_file_imported_twice_is_stored_once() throws Exception {
        byte[] pdf = resource("A_RES_73_6-EN.pdf");
        var first = upload(analystToken, "A_RES_73_6-EN.pdf", pdf);
        var second = upload(analystToken, "copy.pdf", pdf);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(idOf(second)).isEqualTo(idOf(first));
        assertThat(new ApiClient(TestApp.base(app), observerToken).get("/api/v1/texts/" + idOf(first)).body())
                .contains("\"symbol\":\"A/RES/73/6\"");
    }

    @Test
    void an_observer_may_read_but_not_import() throws Exception {
        assertThat(upload(observerToken, "x.txt", "Le Conseil des droits de l'homme,".getBytes()).statusCode()).isEqualTo(403);
    }

    @Test
    void a_file_that_is_not_a_resolution_is_refused_naming_the_file_field_and_nothing_is_stored() throws Exception {
        int before = app.texts().all().size();
        var r = upload(analystToken, "notes.txt", "Liste de courses : riz, mil, sorgho.".getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"file\"");
        var pdf = upload(analystToken, "broken.pdf", "%PDF-1.4 garbage".getBytes(StandardCharsets.US_ASCII));
        assertThat(pdf.statusCode()).isEqualTo(400);
        assertThat(app.texts().all()).hasSize(before);
    }

    @Test
    void why_a_file_is_refused_is_said_in_the_reader_s_language() throws Exception {
        byte[] notes = "Liste de courses : riz, mil, sorgho.".getBytes(StandardCharsets.UTF_8);
        WebClient french = new WebClient(TestApp.base(app)).language("fr");
        french.login("analyst", TestApp.PASSWORD);
        french.get("/texts");
        assertThat(french.postMultipart("/texts", "file", "notes.txt", notes).body()).contains("aucune ligne d’organe");
        WebClient english = new WebClient(TestApp.base(app)).language("en");
        english.login("analyst", TestApp.PASSWORD);
        english.get("/texts");
        assertThat(english.postMultipart("/texts", "file", "notes.txt", notes).body()).contains("no organ line");
    }

    @Test
    void the_upload_form_imports_a_file_and_leads_to_its_page() throws Exception {
        WebClient c = new WebClient(TestApp.base(app));
        c.login("analyst", TestApp.PASSWORD);
        assertThat(c.get("/texts").body()).contains("enctype=\"multipart/form-data\"");
        var r = c.postMultipart("/texts", "file", "A_RES_73_3-EN.pdf", resource("A_RES_73_3-EN.pdf"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        String page = c.get(r.headers().firstValue("Location").orElseThrow()).body();
        assertThat(page).contains("A/RES/73/3");
    }

    @Test
    void the_akoma_ntoso_export_and_the_clean_text_download() throws Exception {
        long id = idOf(upload(analystToken, "mali-draft-2026-fr.txt", resource("mali-draft-2026-fr.txt")));
        var akn = new ApiClient(TestApp.base(app), observerToken).get("/api/v1/texts/" + id + "/akn");
        assertThat(akn.statusCode()).isEqualTo(200);
        assertThat(akn.body()).contains("<akomaNtoso").contains("http://docs.oasis-open.org/legaldocml/ns/akn/3.0");
        var clean = new ApiClient(TestApp.base(app), observerToken).get("/texts/" + id + "/clean.txt");
        assertThat(clean.body()).doesNotContain("PP15bis");
        assertThat(app.audit().find(new org.vigie.audit.AuditQuery("observer", "text.exported", "text:" + id, null, null, 0, 10)))
                .as("both exports audited").hasSize(2);
    }

    @Test
    void two_texts_compare_word_by_word() throws Exception {
        long draft = idOf(upload(analystToken, "mali-draft-2026-fr.txt", resource("mali-draft-2026-fr.txt")));
        String edited = new String(resource("mali-draft-2026-fr.txt"), StandardCharsets.UTF_8)
                .replace("Condamne fermement", "Condamne très fermement");
        long newer = idOf(upload(analystToken, "mali-draft-2026-fr-rev1.txt", edited.getBytes(StandardCharsets.UTF_8)));
        var r = new ApiClient(TestApp.base(app), observerToken).get("/api/v1/texts/compare?a=" + draft + "&b=" + newer);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"change\":\"changed\"").contains("\"op\":\"inserted\",\"text\":\"très\"");
        WebClient c = new WebClient(TestApp.base(app));
        c.login("observer", TestApp.PASSWORD);
        assertThat(c.get("/texts/compare?a=" + draft + "&b=" + newer).body()).contains("<ins>très</ins>");
    }

    @Test
    void a_pasted_text_becomes_a_new_version_linked_to_the_previous_one() throws Exception {
        long draft = idOf(upload(analystToken, "mali-draft-2026-fr.txt", resource("mali-draft-2026-fr.txt")));
        String rev = new String(resource("mali-draft-2026-fr.txt"), StandardCharsets.UTF_8).replace("Décide de demeurer saisi", "Décide de rester saisi");
        WebClient c = new WebClient(TestApp.base(app));
        c.login("analyst", TestApp.PASSWORD);
        c.get("/texts");
        var r = c.post("/texts", "content", rev, "name", "projet-rev2", "previous", Long.toString(draft));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        String page = c.get(r.headers().firstValue("Location").orElseThrow()).body();
        assertThat(page).contains("projet-rev2.txt").contains("/texts/compare?a=" + draft);
        assertThat(c.get("/texts/" + draft).body()).contains("projet-rev2.txt");
    }

    @Test
    void a_new_versions_compare_form_chooses_its_previous_version_and_not_another_resolution() throws Exception {
        upload(analystToken, "A_RES_73_3-EN.pdf", resource("A_RES_73_3-EN.pdf"));
        long draft = idOf(upload(analystToken, "mali-draft-2026-fr.txt", resource("mali-draft-2026-fr.txt")));
        String rev = new String(resource("mali-draft-2026-fr.txt"), StandardCharsets.UTF_8).replace("Condamne fermement", "Condamne vivement");
        WebClient c = new WebClient(TestApp.base(app));
        c.login("analyst", TestApp.PASSWORD);
        c.get("/texts");
        String newer = c.post("/texts", "content", rev, "name", "projet-rev3", "previous", Long.toString(draft))
                .headers().firstValue("Location").orElseThrow();
        String page = c.get(newer).body();
        String form = page.substring(page.indexOf("<select id=\"a\""), page.indexOf("</select>", page.indexOf("<select id=\"a\"")));
        assertThat(form).contains("<option value=\"" + draft + "\" selected>").doesNotContain("— choisir un texte —");
        assertThat(form.split(" selected").length).as("only one text chosen").isEqualTo(2);
        long newerId = Long.parseLong(newer.replaceAll(".*/texts/(\\d+).*", "$1"));
        var compared = c.get("/texts/compare?b=" + newerId);
        assertThat(compared.statusCode()).as("without a, the previous version").isEqualTo(200);
        assertThat(compared.body()).contains("<ins>vivement</ins>");
        String unrelated = c.get("/texts/" + draft).body();
        assertThat(unrelated).contains("— choisir un texte —");
    }

    @Test
    void a_text_uploaded_again_is_not_stored_twice_and_the_person_is_told_where_it_is() throws Exception {
        WebClient c = new WebClient(TestApp.base(app));
        c.login("analyst", TestApp.PASSWORD);
        c.get("/texts");
        var first = c.postMultipart("/texts", "file", "mali-draft-2026-fr.txt", resource("mali-draft-2026-fr.txt"));
        c.get(first.headers().firstValue("Location").orElseThrow());
        int before = app.texts().all().size();
        var again = c.postMultipart("/texts", "file", "copie.txt", resource("mali-draft-2026-fr.txt"));
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(c.get(again.headers().firstValue("Location").orElseThrow()).body())
                .contains("Ce texte est déjà enregistré").contains("rien n’a été ajouté");
        assertThat(app.texts().all()).hasSize(before);
    }

    @Test
    void a_text_saved_again_by_a_word_processor_is_known_as_stored_but_a_changed_word_makes_a_new_text() throws Exception {
        WebClient c = new WebClient(TestApp.base(app));
        c.login("analyst", TestApp.PASSWORD);
        c.get("/texts");
        String draft = new String(resource("mali-draft-2026-fr.txt"), java.nio.charset.StandardCharsets.UTF_8);
        var first = c.postMultipart("/texts", "file", "mali-draft-2026-fr.txt", draft.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        int before = app.texts().all().size();
        // Saved again: Windows line ends, curly apostrophes straightened, a non-breaking space, a byte-order mark.
        String resaved = "\uFEFF" + draft.replace("’", "'").replace("\n", "\r\n").replace("Conseil des droits", "Conseil\u00A0des droits");
        var again = c.postMultipart("/texts", "file", "projet (copie).txt", resaved.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(c.get(again.headers().firstValue("Location").orElseThrow()).body()).contains("Ce texte est déjà enregistré");
        assertThat(app.texts().all()).hasSize(before);
        String edited = draft.replaceFirst("principes de la Charte", "principes énoncés dans la Charte");
        assertThat(edited).isNotEqualTo(draft);
        var changed = c.postMultipart("/texts", "file", "projet modifié.txt", edited.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(changed.headers().firstValue("Location")).isNotEqualTo(first.headers().firstValue("Location"));
        assertThat(app.texts().all()).hasSize(before + 1);
    }

    @Test
    void the_form_refuses_neither_file_nor_text_naming_the_field() throws Exception {
        WebClient c = new WebClient(TestApp.base(app));
        c.login("analyst", TestApp.PASSWORD);
        c.get("/texts");
        var r = c.post("/texts", "content", "", "name", "");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Fichier : ce champ est obligatoire");
    }

    @Test
    void paragraphs_are_found_by_search_in_either_spelling() throws Exception {
        upload(analystToken, "mali-draft-2026-fr.txt", resource("mali-draft-2026-fr.txt"));
        var r = new ApiClient(TestApp.base(app), observerToken).get("/api/v1/search?q=executions+sommaires");
        assertThat(r.body()).contains("resolution-paragraph").doesNotContain("\"total\":0");
    }
}
