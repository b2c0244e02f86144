package org.vigie.texts.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.vigie.i18n.Lang;
import org.vigie.i18n.Messages;
import org.vigie.texts.Fixtures;
import org.vigie.texts.compare.ComparedTexts;

/** The year-to-year comparison as a Word document for a delegation, read back with Apache POI. */
class ComparisonDocxTest {

    private static final String LAST = """
            A/HRC/RES/55/25
            Resolution adopted by the Human Rights Council on 4 April 2024
            55/25. Technical assistance and capacity-building for Mali in the field of human rights
            The Human Rights Council,
            Guided by the purposes and principles of the Charter of the United Nations,
            1. Encourages the international community to support the national human rights commission;
            2. Requests the transitional authorities to hold free and fair elections;
            3. Decides to remain seized of the matter.
            """;
    private static final String NEXT = """
            A/HRC/RES/58/30
            Resolution adopted by the Human Rights Council on 4 April 2025
            58/30. Technical assistance and capacity-building for Mali in the field of human rights
            The Human Rights Council,
            Guided by the purposes and principles of the Charter of the United Nations,
            Deeply concerned about the attacks on schools,
            1. Calls upon the international community to support the national human rights commission;
            2. Requests the Secretary-General to publish without delay the report on the events of Moura;
            3. Decides to remain seized of the matter.
            """;

    private static XWPFDocument docx(Lang lang) throws Exception {
        ComparedTexts compared = ComparedTexts.of(Fixtures.text(LAST), Fixtures.text(NEXT));
        byte[] bytes = new ComparisonDocx(new Messages(), lang).write("A/HRC/RES/55/25", "A/HRC/RES/58/30", compared);
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static List<String> paragraphs(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
    }

    @Test
    void the_first_page_says_what_is_new_in_the_operative_part() throws Exception {
        try (XWPFDocument doc = docx(Lang.EN)) {
            assertThat(paragraphs(doc)).startsWith("From A/HRC/RES/55/25 to A/HRC/RES/58/30",
                    "What is new in the operative part", "New demands");
            assertThat(paragraphs(doc)).anyMatch(p -> p.startsWith("• OP2 · Requests the Secretary-General"))
                    .contains("• the Secretary-General")
                    .anyMatch(p -> p.contains("Encourages → Calls upon (stronger)"));
        }
    }

    @Test
    void the_operative_table_gives_each_paragraph_s_status_and_marks_the_words() throws Exception {
        try (XWPFDocument doc = docx(Lang.EN)) {
            XWPFTable operative = doc.getTables().get(0);
            assertThat(operative.getRow(0).getCell(0).getText()).isEqualTo("Status");
            assertThat(operative.getRows().subList(1, operative.getRows().size()))
                    .extracting(r -> r.getCell(0).getText() + " " + r.getCell(1).getText() + " " + r.getCell(2).getText())
                    .containsExactly("Reworded OP1 OP1", "New  OP2", "Dropped OP2 ", "Kept OP3 OP3");
            List<XWPFRun> runs = operative.getRow(1).getCell(3).getParagraphs().get(0).getRuns();
            assertThat(runs).filteredOn(r -> r.getUnderline() == UnderlinePatterns.SINGLE).extracting(XWPFRun::text)
                    .containsExactly("Calls upon");
            assertThat(runs).filteredOn(XWPFRun::isStrikeThrough).extracting(XWPFRun::text).containsExactly("Encourages");
        }
    }

    @Test
    void the_preamble_table_holds_only_what_changed() throws Exception {
        try (XWPFDocument doc = docx(Lang.EN)) {
            XWPFTable preamble = doc.getTables().get(1);
            assertThat(preamble.getRows()).hasSize(2);
            assertThat(preamble.getRow(1).getCell(0).getText()).isEqualTo("New");
        }
    }

    @Test
    void a_french_reader_gets_a_french_note() throws Exception {
        try (XWPFDocument doc = docx(Lang.FR)) {
            assertThat(paragraphs(doc)).startsWith("De A/HRC/RES/55/25 à A/HRC/RES/58/30",
                    "Ce qui est nouveau dans le dispositif");
            assertThat(doc.getTables().get(0).getRow(1).getCell(0).getText()).isEqualTo("Reformulé");
        }
    }
}
