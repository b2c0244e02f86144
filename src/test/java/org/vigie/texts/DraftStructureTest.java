package org.vigie.texts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DraftStructureTest {

    private final Resolution draft = Fixtures.resolution(Fixtures.DRAFT);

    @Test
    void the_draft_has_no_symbol_and_is_french() {
        assertThat(draft.symbol()).isNull();
        assertThat(draft.isDraft()).isTrue();
        assertThat(draft.language()).isEqualTo(Language.FR);
        assertThat(draft.adoption()).isNull();
    }

    @Test
    void title_loses_the_stray_point_before_it_and_the_organ_line_is_found() {
        assertThat(draft.title())
                .isEqualTo("Assistance technique et renforcement des capacités dans le domaine des droits de l’homme au Mali");
        assertThat(draft.organ()).isEqualTo("Le Conseil des droits de l’homme");
    }

    @Test
    void every_preambular_label_is_kept_as_written_and_in_order() {
        assertThat(draft.preamble()).extracting(p -> p.label().raw()).containsExactly(
                "PP1.", "PP2.", "PP3.", "PP4.", "PP5.", "PP6.", "PP7.", "PP8.", "PP9", "PP10.", "PP11.", "PP12.",
                "PP13.", "PP14.", "PP15.", "PP15bis.", "PP16.", "PP17.", "PP18.", "PP19.", "PP 21", "PP22.", "PP23.",
                "PP23bis.");
        assertThat(draft.preamble().get(20).label().name()).isEqualTo("PP21");
    }

    @Test
    void operative_paragraphs_are_numbered_one_to_thirty_one() {
        assertThat(draft.operative()).hasSize(31);
        for (int i = 0; i < 31; i++) {
            assertThat(draft.operative().get(i).number()).isEqualTo(i + 1);
            assertThat(draft.operative().get(i).label()).isNull();
        }
    }

    @Test
    void no_label_or_number_is_left_in_a_paragraph_text() {
        for (Paragraph p : draft.preamble()) {
            assertThat(p.text()).doesNotStartWith("PP").doesNotStartWith(".").matches("^\\p{Lu}.*");
        }
        for (Paragraph p : draft.operative()) {
            assertThat(p.text()).matches("^\\p{Lu}\\p{Ll}.*");
        }
        assertThat(draft.preamble().get(0).text()).isEqualTo("Guidé par les buts et principes de la Charte des Nations Unies,");
        assertThat(draft.preamble().get(23).text())
                .isEqualTo("Notant l'annonce faite par le Mali de son retrait du Statut de Rome de la Cour pénale "
                        + "internationale le 22 septembre 2025 ;");
    }

    @Test
    void a_label_glued_to_its_paragraph_is_still_a_label() {
        Resolution r = Fixtures.text("Le Conseil des droits de l’homme,\nPP1.Guidé par la Charte,\nOP1.Décide de rester saisi.\n");
        assertThat(r.preamble().get(0).label().raw()).isEqualTo("PP1.");
        assertThat(r.preamble().get(0).text()).isEqualTo("Guidé par la Charte,");
        assertThat(r.operative().get(0).label().name()).isEqualTo("OP1");
        assertThat(r.operative().get(0).text()).isEqualTo("Décide de rester saisi.");
    }

    @Test
    void sub_paragraphs_typed_on_the_paragraph_line_are_read_as_sub_paragraphs() {
        Resolution r = Fixtures.text("Le Conseil des droits de l’homme,\nRappelant sa résolution 5/1,\n"
                + "1. Demande aux autorités maliennes : a) de protéger les civils ; b) de juger les auteurs ;\n"
                + "2. Décide de rester saisi (voir la résolution 5/1 ; a) ci-dessus).\n");
        Paragraph first = r.operative().get(0);
        assertThat(first.text()).isEqualTo("Demande aux autorités maliennes :");
        assertThat(first.subParagraphs()).extracting(SubParagraph::marker, SubParagraph::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a", "de protéger les civils ;"),
                org.assertj.core.groups.Tuple.tuple("b", "de juger les auteurs ;"));
        assertThat(r.operative().get(1).subParagraphs()).isEmpty();
    }

    @Test
    void paragraph_text_keeps_the_drafters_punctuation_for_the_check() {
        assertThat(draft.preamble().get(10).text()).contains("organisée, , en dépit").endsWith("dans ces domaines");
        assertThat(draft.operative().get(30).text()).isEqualTo("Décide de demeurer saisi de cette question.");
    }

    @Test
    void a_plain_text_file_has_no_footnotes_and_no_annex() {
        assertThat(draft.footnotes()).isEmpty();
        assertThat(draft.annexes()).isEmpty();
        assertThat(draft.session()).isNull();
        assertThat(draft.agendaItem()).isNull();
    }
}
