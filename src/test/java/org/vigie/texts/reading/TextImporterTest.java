package org.vigie.texts.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.vigie.texts.Adoption;
import org.vigie.texts.Commitment;
import org.vigie.texts.Fixtures;
import org.vigie.texts.Paragraph;
import org.vigie.texts.Reference;
import org.vigie.texts.Resolution;
import org.vigie.texts.SubParagraph;
import org.vigie.texts.TextImportException;
import org.vigie.texts.export.CleanTextRenderer;

class TextImporterTest {

    private final TextImporter importer = new TextImporter();

    @Test
    void an_empty_file_is_refused_with_a_clear_message() {
        assertThatThrownBy(() -> importer.read(new byte[0], "empty.txt"))
                .isInstanceOf(TextImportException.class).hasMessage("The file is empty.");
    }

    @Test
    void a_file_larger_than_the_limit_is_refused_before_it_is_read() {
        assertThatThrownBy(() -> importer.read(new byte[TextImporter.MAX_BYTES + 1], "huge.txt"))
                .isInstanceOf(TextImportException.class).hasMessageContaining("larger than 20 MB");
    }

    @Test
    void a_stream_larger_than_the_limit_is_refused_after_reading_just_past_the_limit() {
        java.io.InputStream endless = new java.io.InputStream() {
            private long served;

            @Override
            public int read() {
                served++;
                if (served > 2L * TextImporter.MAX_BYTES) {
                    throw new AssertionError("read far past the limit");
                }
                return 'x';
            }
        };
        assertThatThrownBy(() -> importer.read(endless, "huge.txt"))
                .isInstanceOf(TextImportException.class).hasMessageContaining("larger than 20 MB");
    }

    @Test
    void a_stream_reads_like_its_bytes() throws Exception {
        Resolution r = importer.read(new java.io.ByteArrayInputStream(Fixtures.bytes(Fixtures.RES_73_6)), "A_RES_73_6-EN.pdf");
        assertThat(r).isEqualTo(Fixtures.resolution(Fixtures.RES_73_6));
    }

    @Test
    void a_text_without_an_organ_line_is_not_a_resolution() {
        byte[] letter = "Dear colleagues,\nPlease find attached the minutes.\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> importer.read(letter, "letter.txt"))
                .isInstanceOf(TextImportException.class).hasMessageContaining("no organ line");
    }

    @Test
    void a_pdf_without_a_text_layer_is_refused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument scan = new PDDocument()) {
            scan.addPage(new PDPage());
            scan.save(out);
        }
        assertThatThrownBy(() -> importer.read(out.toByteArray(), "scan.pdf"))
                .isInstanceOf(TextImportException.class).hasMessageContaining("no text layer");
    }

    @Test
    void bytes_that_claim_to_be_a_pdf_but_are_not_give_a_clear_error() {
        byte[] broken = "%PDF-1.7 garbage".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> importer.read(broken, "broken.pdf"))
                .isInstanceOf(TextImportException.class).hasMessage("The file is not a readable PDF.");
        assertThatThrownBy(() -> importer.read(new byte[] {'P', 'K', 3, 4, 0}, "broken.docx"))
                .isInstanceOf(TextImportException.class).hasMessage("The file is not a readable Word (.docx) document.");
    }

    @Test
    void a_windows_1252_text_reads_like_its_utf8_original() {
        String utf8 = new String(Fixtures.bytes(Fixtures.DRAFT), StandardCharsets.UTF_8);
        Resolution ansi = Fixtures.read(utf8.getBytes(Charset.forName("windows-1252")), "draft.txt");
        Resolution original = Fixtures.resolution(Fixtures.DRAFT);
        assertThat(ansi.preamble()).isEqualTo(original.preamble());
        assertThat(ansi.operative()).isEqualTo(original.operative());
    }

    @Test
    void a_byte_order_mark_does_not_hide_the_first_line() {
        Resolution r = Fixtures.text("\uFEFFThe Human Rights Council,\nRecalling its resolution 5/1,\n1. Decides to act.\n");
        assertThat(r.organ()).isEqualTo("The Human Rights Council");
    }

    @Test
    void a_word_document_is_read_with_its_footnotes_kept_apart() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("Assistance technique au Mali");
            doc.createParagraph().createRun().setText("Le Conseil des droits de l’homme,");
            XWPFParagraph pp = doc.createParagraph();
            pp.createRun().setText("PP1. Rappelant sa résolution 58/30 du 7 avril 2025");
            XWPFFootnote note = doc.createFootnote();
            note.createParagraph().createRun().setText("A/HRC/RES/58/30.");
            pp.addFootnoteReference(note);
            pp.createRun().setText(",");
            doc.createParagraph().createRun().setText("1. Décide de demeurer saisi de la question.");
            doc.write(out);
        }
        Resolution r = importer.read(out.toByteArray(), "projet.docx");
        assertThat(r.title()).isEqualTo("Assistance technique au Mali");
        assertThat(r.preamble().get(0).text()).isEqualTo("Rappelant sa résolution 58/30 du 7 avril 2025,");
        assertThat(r.preamble().get(0).label().name()).isEqualTo("PP1");
        assertThat(r.preamble().get(0).footnotes()).containsExactly(r.footnotes().get(0).number());
        assertThat(r.footnotes().get(0).text()).isEqualTo("A/HRC/RES/58/30.");
        assertThat(r.operative()).hasSize(1);
    }

    @Test
    void word_list_numbering_gives_operative_numbers_and_sub_paragraph_letters() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            BigInteger list = numberedList(doc);
            doc.createParagraph().createRun().setText("The Human Rights Council,");
            doc.createParagraph().createRun().setText("Recalling its resolution 58/30,");
            numbered(doc, list, 0, "Urges the Government of Mali:");
            numbered(doc, list, 1, "To protect civilians;");
            numbered(doc, list, 1, "To report on progress;");
            numbered(doc, list, 0, "Decides to remain seized of the matter.");
            doc.write(out);
        }
        Resolution r = importer.read(out.toByteArray(), "draft.docx");
        assertThat(r.operative()).extracting(Paragraph::number).containsExactly(1, 2);
        assertThat(r.operative().get(0).subParagraphs()).extracting(SubParagraph::marker).containsExactly("a", "b");
        assertThat(r.commitments()).extracting(Commitment::addressee).containsExactly("the Government of Mali");
    }

    @Test
    void word_numbering_continues_across_instances_of_one_list_and_honours_start_values() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            BigInteger list = numberedList(doc);
            // A second instance of the same list definition, as Word creates when a paragraph is pasted in.
            BigInteger pasted = doc.getNumbering().addNum(doc.getNumbering().getNum(list).getCTNum().getAbstractNumId().getVal());
            doc.createParagraph().createRun().setText("The Human Rights Council,");
            doc.createParagraph().createRun().setText("Recalling its resolution 58/30,");
            numbered(doc, list, 0, "Urges the Government of Mali to protect civilians;");
            numbered(doc, pasted, 0, "Requests the Independent Expert to report;");
            numbered(doc, list, 0, "Decides to remain seized of the matter.");
            doc.write(out);
        }
        Resolution r = importer.read(out.toByteArray(), "draft.docx");
        assertThat(r.operative()).extracting(Paragraph::number).containsExactly(1, 2, 3);
    }

    @Test
    void a_restarted_word_list_starts_where_its_override_says() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            BigInteger list = numberedList(doc);
            XWPFNumbering numbering = doc.getNumbering();
            BigInteger restarted = numbering.addNum(numbering.getNum(list).getCTNum().getAbstractNumId().getVal());
            var override = numbering.getNum(restarted).getCTNum().addNewLvlOverride();
            override.setIlvl(BigInteger.ZERO);
            override.addNewStartOverride().setVal(BigInteger.valueOf(7));
            doc.createParagraph().createRun().setText("The Human Rights Council,");
            doc.createParagraph().createRun().setText("Recalling its resolution 58/30,");
            numbered(doc, restarted, 0, "Urges the Government of Mali to protect civilians;");
            numbered(doc, restarted, 0, "Decides to remain seized of the matter.");
            doc.write(out);
        }
        Resolution r = importer.read(out.toByteArray(), "draft.docx");
        assertThat(r.operative()).extracting(Paragraph::number).containsExactly(7, 8);
    }

    @Test
    void a_footnote_called_in_a_sub_paragraph_keeps_its_place() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            BigInteger list = numberedList(doc);
            doc.createParagraph().createRun().setText("The Human Rights Council,");
            doc.createParagraph().createRun().setText("Recalling its resolution 58/30,");
            numbered(doc, list, 0, "Urges the Government of Mali:");
            XWPFParagraph sub = numbered(doc, list, 1, "To protect civilians");
            XWPFFootnote note = doc.createFootnote();
            note.createParagraph().createRun().setText("See A/HRC/58/81.");
            sub.addFootnoteReference(note);
            sub.createRun().setText(";");
            numbered(doc, list, 0, "Decides to remain seized of the matter.");
            doc.write(out);
        }
        Resolution r = importer.read(out.toByteArray(), "draft.docx");
        Paragraph first = r.operative().get(0);
        int number = r.footnotes().get(0).number();
        assertThat(first.footnoteCalls()).containsExactly(
                new FootnoteCall(number, first.fullText().indexOf("civilians") + "civilians".length()));
        assertThat(new CleanTextRenderer().render(r)).contains("    (a) To protect civilians" + "¹²³⁴⁵⁶⁷⁸⁹".charAt(number - 1) + ";\n");
    }

    private static BigInteger numberedList(XWPFDocument doc) {
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.ZERO);
        STNumberFormat.Enum[] formats = {STNumberFormat.DECIMAL, STNumberFormat.LOWER_LETTER};
        for (int level = 0; level < formats.length; level++) {
            CTLvl lvl = definition.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewNumFmt().setVal(formats[level]);
            lvl.addNewStart().setVal(BigInteger.ONE);
        }
        XWPFNumbering numbering = doc.createNumbering();
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(definition)));
    }

    private static XWPFParagraph numbered(XWPFDocument doc, BigInteger list, int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(list);
        p.setNumILvl(BigInteger.valueOf(level));
        p.createRun().setText(text);
        return p;
    }

    @Test
    void an_adopted_french_council_text_gives_its_header_and_adoption_line() {
        Resolution r = Fixtures.text("Nations Unies A/HRC/RES/58/30\nAssemblée générale\nDistr. générale\n10 avril 2025\n"
                + "Conseil des droits de l’homme\nCinquante-huitième session\n24 février-4 avril 2025\n"
                + "Point 10 de l’ordre du jour\n"
                + "Résolution adoptée par le Conseil des droits de l’homme le 7 avril 2025\n"
                + "58/30. Assistance technique et renforcement des capacités dans le domaine des droits de l’homme au Mali\n"
                + "Le Conseil des droits de l’homme,\nGuidé par la Charte des Nations Unies,\n"
                + "1. Décide de demeurer saisi de cette question.\n58e séance\n7 avril 2025\n[Adoptée sans vote.]\n");
        assertThat(r.symbol().value()).isEqualTo("A/HRC/RES/58/30");
        assertThat(r.session()).isEqualTo("Cinquante-huitième session");
        assertThat(r.agendaItem()).isEqualTo("10");
        assertThat(r.title()).startsWith("Assistance technique et renforcement");
        assertThat(r.adoption()).isEqualTo(new Adoption("58e séance", java.time.LocalDate.of(2025, 4, 7)));
        assertThat(r.operative()).hasSize(1);
    }

    @Test
    void a_security_council_resolution_states_its_adoption_in_the_heading() {
        Resolution r = Fixtures.text("United Nations S/RES/2719 (2023)\nSecurity Council\nDistr.: General\n"
                + "28 December 2023\nResolution 2719 (2023)\n"
                + "Adopted by the Security Council at its 9520th meeting, on 21 December 2023\n"
                + "The Security Council,\nRecalling its resolutions 2320 (2016) and 2378 (2017),\n"
                + "1. Decides to remain actively seized of the matter.\n");
        assertThat(r.symbol().value()).isEqualTo("S/RES/2719 (2023)");
        assertThat(r.isDraft()).isFalse();
        assertThat(r.adoption()).isEqualTo(new Adoption("9520th meeting", java.time.LocalDate.of(2023, 12, 21)));
        assertThat(r.title()).isEqualTo("Resolution 2719 (2023)");
        assertThat(r.references()).extracting(Reference::symbol, Reference::body)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2320 (2016)", "Security Council"),
                        org.assertj.core.groups.Tuple.tuple("2378 (2017)", "Security Council"));
    }

    @Test
    void masthead_lines_of_a_geneva_document_are_not_taken_for_the_title() {
        Resolution r = Fixtures.text("Nations Unies A/HRC/RES/58/30\nConseil des droits de l’homme\n"
                + "Cinquante-huitième session\n24 février-4 avril 2025\nDistr. générale\nOriginal : français\n"
                + "Le Conseil des droits de l’homme,\nGuidé par la Charte,\n1. Décide de rester saisi.\n");
        assertThat(r.title()).isEmpty();
        assertThat(r.symbol().value()).isEqualTo("A/HRC/RES/58/30");
    }

    @Test
    void a_numbered_title_without_masthead_gives_the_symbol_of_the_organ() {
        Resolution r = Fixtures.text("58/30. Assistance technique au Mali\nLe Conseil des droits de l’homme,\n"
                + "Guidé par la Charte,\n1. Décide de rester saisi.\n");
        assertThat(r.symbol().value()).isEqualTo("A/HRC/RES/58/30");
    }
}
