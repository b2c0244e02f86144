package org.vigie.texts.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.texts.Footnote;
import org.vigie.texts.SourceText;

/** Layout rules on printed lines as the collector hands them over, for layouts the fixtures do not show. */
class PdfLayoutTest {

    private static final float A4 = 842f;

    private static PdfLine line(int page, float y, float size, String text, boolean indented) {
        return new PdfLine(page, y, A4, size, text, indented);
    }

    @Test
    void geneva_job_numbers_and_dashed_page_numbers_are_page_furniture() {
        SourceText text = PdfLayout.build(List.of(
                line(1, 100, 10, "Le Conseil des droits de l’homme,", true),
                line(1, 130, 10, "Rappelant sa résolution 5/1,", true),
                line(1, 800, 8, "GE.25-05123 (F) 140425 150425", false),
                line(2, 40, 10, "- 2 -", false),
                line(2, 60, 8, "A/HRC/RES/58/30", false),
                line(2, 100, 10, "1. Décide de rester saisi.", true),
                line(2, 810, 8, "2 GE.25-05123", false),
                line(3, 810, 8, "GE.25-05123 3", false)));
        assertThat(text.blocks()).containsExactly("Le Conseil des droits de l’homme,", "Rappelant sa résolution 5/1,",
                "1. Décide de rester saisi.");
    }

    @Test
    void a_soft_hyphen_at_a_line_end_disappears_and_a_hard_one_stays() {
        StringBuilder soft = new StringBuilder("Confé\u00AD");
        PdfLayout.join(soft, "rence");
        assertThat(soft).hasToString("Conférence");
        StringBuilder hard = new StringBuilder("non-");
        PdfLayout.join(hard, "governmental");
        assertThat(hard).hasToString("non-governmental");
        StringBuilder conjunction = new StringBuilder("low-");
        PdfLayout.join(conjunction, "and middle-income");
        assertThat(conjunction).hasToString("low- and middle-income");
    }

    @Test
    void a_footnote_continued_on_the_next_page_stays_one_footnote() {
        SourceText text = PdfLayout.build(List.of(
                line(1, 100, 10, "The General Assembly,", true),
                line(1, 700, 8, "__________________", false),
                line(1, 710, 8, SourceText.mark("6") + " Related documents include A/AC.105/1129,", false),
                line(2, 100, 10, "Recalling its resolution 72/79,", true),
                line(2, 700, 8, "__________________", false),
                line(2, 710, 8, "A/AC.105/1181.", false)));
        assertThat(text.footnotes()).containsExactly(new Footnote(6, "Related documents include A/AC.105/1129, A/AC.105/1181."));
        assertThat(text.blocks()).containsExactly("The General Assembly,", "Recalling its resolution 72/79,");
    }
}
