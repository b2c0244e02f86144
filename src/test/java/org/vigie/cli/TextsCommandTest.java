package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigie texts analyze|compare}, as scripts call them: JSON on stdout, errors on stderr with status 2. */
class TextsCommandTest {
    @TempDir
    Path dir;


    private Path copy(String name) throws Exception {
        Path target = dir.resolve(Path.of(name).getFileName().toString());
        try (InputStream in = getClass().getResourceAsStream("/texts/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }

    @Test
    void analyze_prints_the_json_scripts_rely_on() throws Exception {
        Cli.Run r = Cli.vigie("texts", "analyze", copy("mali-draft-2026-fr.txt").toString());
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("symbol").isNull()).isTrue();
        assertThat(json.get("language").asText()).isEqualTo("fr");
        assertThat(json.get("organ").asText()).startsWith("Le Conseil des droits de l");
        assertThat(json.get("preamble").get(0).get("label").asText()).isEqualTo("PP1");
        assertThat(json.get("operative")).hasSize(31);
        JsonNode op1 = json.get("operative").get(0);
        assertThat(op1.get("number").asInt()).isEqualTo(1);
        assertThat(op1.get("clauses").get(0).get("kind").asText()).isEqualTo("condemnation");
        assertThat(json.get("commitments").get(0).has("deadline")).isTrue();
        assertThat(json.get("references").get(0).get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(json.get("findings").toString()).contains("PP20");
        assertThat(json.get("findings").get(0).has("message")).isTrue();
    }

    @Test
    void analyze_of_an_official_pdf_gives_its_symbol_and_adoption() throws Exception {
        Cli.Run r = Cli.vigie("texts", "analyze", copy("A_RES_73_6-EN.pdf").toString());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("symbol").asText()).isEqualTo("A/RES/73/6");
        assertThat(json.get("adoption").get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void analyze_prints_the_clean_text_or_akoma_ntoso_on_request() throws Exception {
        Path draft = copy("mali-draft-2026-fr.txt");
        assertThat(Cli.vigie("texts", "analyze", draft.toString(), "--format", "text").out()).doesNotContain("PP15bis").contains("1.");
        assertThat(Cli.vigie("texts", "analyze", draft.toString(), "--format", "akn").out()).contains("<akomaNtoso");
    }

    @Test
    void compare_marks_the_changed_words() throws Exception {
        Path older = copy("mali-draft-2026-fr.txt");
        Path newer = dir.resolve("rev1.txt");
        Files.writeString(newer, Files.readString(older).replace("Condamne fermement", "Condamne très fermement"));
        Cli.Run json = Cli.vigie("texts", "compare", older.toString(), newer.toString());
        assertThat(json.status()).isZero();
        assertThat(json.out()).contains("\"change\" : \"changed\"").contains("\"text\" : \"très\"");
        Cli.Run html = Cli.vigie("texts", "compare", older.toString(), newer.toString(), "--format", "html");
        assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("<ins>très</ins>");
    }

    @Test
    void bad_input_gets_a_clear_error_and_status_2_never_a_stack_trace() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path notes = Files.writeString(dir.resolve("notes.txt"), "Liste de courses : riz, mil.");
        Path fakePdf = Files.writeString(dir.resolve("scan.pdf"), "%PDF-1.4 not really");
        for (Path bad : new Path[] {empty, notes, fakePdf, dir.resolve("missing.txt")}) {
            Cli.Run r = Cli.vigie("texts", "analyze", bad.toString());
            assertThat(r.status()).as(bad.toString()).isEqualTo(2);
            assertThat(r.err()).as(bad.toString()).startsWith("vigie: ").doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(r.out()).isEmpty();
        }
        assertThat(Cli.vigie("texts", "analyze", notes.toString(), "--format", "pdf").status()).isEqualTo(2);
    }

    @Test
    void compare_says_which_of_the_two_files_failed() throws Exception {
        Path good = copy("mali-draft-2026-fr.txt");
        Path notes = Files.writeString(dir.resolve("notes.txt"), "Liste de courses : riz, mil.");
        Cli.Run second = Cli.vigie("texts", "compare", good.toString(), notes.toString());
        assertThat(second.status()).isEqualTo(2);
        assertThat(second.err()).startsWith("vigie: " + notes);
        Cli.Run first = Cli.vigie("texts", "compare", notes.toString(), good.toString());
        assertThat(first.err()).startsWith("vigie: " + notes);
    }

    @Test
    void compare_of_one_year_s_resolution_and_the_next_gives_statuses_and_the_summary_as_json() throws Exception {
        Path older = copy("hrc/A_HRC_RES_34_39-EN-opening.txt");
        Path newer = copy("hrc/A_HRC_40_L2-EN-opening.txt");
        Cli.Run r = Cli.vigie("texts", "compare", older.toString(), newer.toString(), "--format", "json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("versions_of_one").asBoolean()).isFalse();
        assertThat(json.get("changes").get(0).get("status").asText()).isEqualTo("kept");
        assertThat(json.get("changes").get(4).get("status").asText()).isEqualTo("reworded");
        assertThat(json.get("summary").has("new_demands")).isTrue();
        assertThat(json.get("summary").has("verb_changes")).isTrue();
    }

    @Test
    void compare_writes_a_docx_for_a_delegation_in_the_texts_language() throws Exception {
        Path older = copy("hrc/A_HRC_RES_34_39-EN-opening.txt");
        Path newer = copy("hrc/A_HRC_40_L2-EN-opening.txt");
        Path out = dir.resolve("note.docx");
        Cli.Run r = Cli.vigie("texts", "compare", older.toString(), newer.toString(), "--format", "docx", "--output", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(out))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("From A/HRC/RES/34/39 to A/HRC/40/L.2");
        }
        Cli.Run noOutput = Cli.vigie("texts", "compare", older.toString(), newer.toString(), "--format", "docx");
        assertThat(noOutput.status()).isEqualTo(2);
        assertThat(noOutput.err()).contains("--output");
    }
}
