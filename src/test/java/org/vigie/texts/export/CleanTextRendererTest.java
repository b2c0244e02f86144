package org.vigie.texts.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigie.texts.Fixtures;

class CleanTextRendererTest {

    private final CleanTextRenderer renderer = new CleanTextRenderer();

    @Test
    void the_draft_renders_without_labels_and_with_operative_numbers() {
        String text = renderer.render(Fixtures.resolution(Fixtures.DRAFT));
        assertThat(text).startsWith("Assistance technique et renforcement des capacités dans le domaine des droits "
                + "de l’homme au Mali\n\nLe Conseil des droits de l’homme,\n\nGuidé par les buts et principes de la "
                + "Charte des Nations Unies,\n\nRéaffirmant la Déclaration universelle")
                .contains("\n\n1. Condamne fermement les violations", "\n\n31. Décide de demeurer saisi de cette question.\n")
                .doesNotContain("PP1", "PP15bis", "PP 21", "\t");
    }

    @Test
    void an_official_text_renders_its_header_annex_adoption_and_footnotes() {
        String text = renderer.render(Fixtures.resolution(Fixtures.RES_73_3));
        assertThat(text).startsWith("A/RES/73/3\nSeventy-third session\nAgenda item 129\n\nPolitical declaration")
                .contains("\n\nThe General Assembly\n\nAdopts the following political declaration",
                        "\n\nUnited to end tuberculosis: an urgent global response to a global epidemic\n\nWe, Heads of State",
                        "\n\n53. Also request the Secretary-General",
                        "18th plenary meeting\n10 October 2018\n", "__________________\n1 Resolution 70/1.\n")
                .doesNotContain("\n1. Adopts");
    }

    @Test
    void footnote_calls_are_printed_where_they_stood() {
        String text = renderer.render(Fixtures.resolution(Fixtures.RES_73_6));
        assertThat(text).contains("outer space activities,¹ at a time when",
                "2030 Agenda for Sustainable Development,² of the Sendai Framework for Disaster Risk Reduction "
                        + "2015–2030³ and of the commitments by States parties to the Paris Agreement⁴ requires",
                "thematic priorities of UNISPACE+50,¹\n");
    }

    @Test
    void sub_paragraph_markers_follow_the_language_of_the_text() {
        String french = renderer.render(Fixtures.text("Le Conseil des droits de l’homme,\nRappelant sa résolution 5/1,\n"
                + "1. Demande aux autorités :\na) De protéger les civils ;\nb) De juger les auteurs ;\n"
                + "2. Décide de demeurer saisi de la question.\n"));
        assertThat(french).contains("1. Demande aux autorités :\n    a) De protéger les civils ;\n    b) De juger");
        String english = renderer.render(Fixtures.text("The Human Rights Council,\nRecalling its resolution 5/1,\n"
                + "3. Requests the Government:\n(a) To protect civilians;\n(i) In the north;\n"
                + "4. Decides to remain seized of the matter.\n"));
        assertThat(english).contains("1. Requests the Government:\n    (a) To protect civilians;\n        (i) In the north;\n\n"
                + "2. Decides");
    }
}
