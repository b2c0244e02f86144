package org.vigie.texts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PdfExtractionTest {

    private static List<String> allTexts(Resolution r) {
        List<String> texts = new ArrayList<>();
        Stream.of(r.preamble(), r.operative()).flatMap(List::stream).map(Paragraph::fullText).forEach(texts::add);
        r.annexes().forEach(a -> {
            texts.addAll(a.headings());
            a.paragraphs().forEach(p -> texts.add(p.fullText()));
        });
        return texts;
    }

    @Test
    void running_heads_page_numbers_and_job_numbers_never_reach_the_paragraphs() {
        for (String file : List.of(Fixtures.RES_73_3, Fixtures.RES_73_6)) {
            for (String text : allTexts(Fixtures.resolution(file))) {
                assertThat(text).doesNotContain("A/RES/73/", "18-16895", "18-17962", "/10 ", "2/5", "*18",
                        "Distr.", "tuberculosis Political declaration");
            }
        }
    }

    @Test
    void words_broken_by_the_pdf_are_joined() {
        String all = String.join(" ", allTexts(Fixtures.resolution(Fixtures.RES_73_6)))
                + String.join(" ", allTexts(Fixtures.resolution(Fixtures.RES_73_3)));
        assertThat(all).contains("international cooperation in space activities", "in order to enhance",
                "All States, Taking", "universality thereof", "space-related activities", "capacity-building activities",
                "protect public health", "efforts aiming to be", "regularly for tuberculosis, and providing", "global and national progress")
                .doesNotContain("cooperat ion", "o rder", "St ates", "universali ty", "hea lth", "a iming", "progres s");
    }

    @Test
    void hyphens_at_line_ends_keep_compound_words_whole() {
        String all = String.join(" ", allTexts(Fixtures.resolution(Fixtures.RES_73_3)));
        assertThat(all).contains("including its drug-resistant forms", "integrated, people-centred prevention",
                "tuberculosis-associated deaths", "in low- and middle-income countries")
                .doesNotContain("drug -resistant", "drug- resistant", "people -centred");
    }

    @Test
    void footnotes_are_kept_apart_with_their_numbers() {
        Resolution r = Fixtures.resolution(Fixtures.RES_73_6);
        assertThat(r.footnotes()).extracting(Footnote::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(r.footnotes().get(0).text()).isEqualTo("See A/AC.105/1137.");
        assertThat(r.footnotes().get(5).text()).startsWith("Related documents include A/AC.105/1129,")
                .endsWith("A/AC.105/1180 and A/AC.105/1181.");
    }

    @Test
    void footnote_calls_are_taken_out_of_the_text_and_recorded_on_the_paragraph() {
        Resolution r = Fixtures.resolution(Fixtures.RES_73_6);
        Paragraph convinced = r.preamble().get(4);
        assertThat(convinced.footnotes()).containsExactly(2, 3, 4);
        assertThat(convinced.footnoteCalls().get(2).offset())
                .isEqualTo(convinced.text().indexOf("Paris Agreement") + "Paris Agreement".length());
        assertThat(convinced.text()).contains("Disaster Risk Reduction 2015–2030 and", "Paris Agreement requires");
        Paragraph noting = r.preamble().get(21);
        assertThat(noting.text()).endsWith("thematic priorities of UNISPACE+50,");
        assertThat(noting.footnotes()).containsExactly(1);
    }

    @Test
    void a_paragraph_broken_across_pages_is_one_paragraph() {
        Resolution r = Fixtures.resolution(Fixtures.RES_73_3);
        Paragraph twelve = r.annexes().get(0).paragraphs().get(12);
        assertThat(twelve.number()).isEqualTo(12);
        assertThat(twelve.text()).contains("drug-resistant tuberculosis illness and mortality place");
        assertThat(r.annexes().get(0).paragraphs().get(0).text()).contains("one that addresses the social and economic "
                + "determinants of the epidemic").endsWith("and we therefore:");
    }

    @Test
    void all_the_footnotes_of_the_declaration_are_found_even_when_printed_without_superscript() {
        Resolution r = Fixtures.resolution(Fixtures.RES_73_3);
        assertThat(r.footnotes()).extracting(Footnote::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(r.footnotes().get(3).text()).startsWith("See Official Records of the General Assembly, Seventy-first")
                .endsWith("chap. II.");
    }
}
