package org.vigie.texts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OfficialStructureTest {

    private final Resolution space = Fixtures.resolution(Fixtures.RES_73_6);
    private final Resolution tuberculosis = Fixtures.resolution(Fixtures.RES_73_3);

    @Test
    void header_gives_symbol_session_agenda_item_and_title() {
        assertThat(space.symbol()).isEqualTo(new ResolutionSymbol("A/RES/73/6"));
        assertThat(space.isDraft()).isFalse();
        assertThat(space.language()).isEqualTo(Language.EN);
        assertThat(space.session()).isEqualTo("Seventy-third session");
        assertThat(space.agendaItem()).isEqualTo("30");
        assertThat(space.title()).isEqualTo("Fiftieth anniversary of the first United Nations Conference on the "
                + "Exploration and Peaceful Uses of Outer Space: space as a driver of sustainable development");
        assertThat(space.organ()).isEqualTo("The General Assembly");
    }

    @Test
    void resolution_73_6_has_twenty_five_preambular_and_fourteen_operative_paragraphs() {
        assertThat(space.preamble()).hasSize(25);
        assertThat(space.preamble()).allMatch(p -> p.number() == null && p.label() == null);
        assertThat(space.preamble().get(0).text()).startsWith("Recalling its resolutions 2453 A (XXIII)");
        assertThat(space.preamble().get(24).text()).startsWith("Welcoming the UNISPACE+50 high-level segment")
                .endsWith("concerns of humankind,");
        assertThat(space.operative()).extracting(Paragraph::number)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
        assertThat(space.operative().get(13).text()).startsWith("Invites Member States and other donors")
                .endsWith("procedures of the United Nations.");
    }

    @Test
    void adoption_line_gives_meeting_and_date() {
        assertThat(space.adoption()).isEqualTo(new Adoption("26th plenary meeting", LocalDate.of(2018, 10, 26)));
        assertThat(tuberculosis.adoption()).isEqualTo(new Adoption("18th plenary meeting", LocalDate.of(2018, 10, 10)));
    }

    @Test
    void a_single_operative_paragraph_after_an_organ_without_comma_is_unnumbered() {
        assertThat(tuberculosis.organ()).isEqualTo("The General Assembly");
        assertThat(tuberculosis.preamble()).isEmpty();
        assertThat(tuberculosis.operative()).hasSize(1);
        assertThat(tuberculosis.operative().get(0).number()).isNull();
        assertThat(tuberculosis.operative().get(0).text()).startsWith("Adopts the following political declaration")
                .endsWith("on 26 September 2018:");
    }

    @Test
    void the_adopted_declaration_is_an_annex_with_its_headings_and_fifty_three_numbered_paragraphs() {
        assertThat(tuberculosis.annexes()).hasSize(1);
        Annex declaration = tuberculosis.annexes().get(0);
        assertThat(declaration.headings()).containsExactly(
                "Political declaration of the high-level meeting of the General Assembly on the fight against tuberculosis",
                "United to end tuberculosis: an urgent global response to a global epidemic");
        assertThat(declaration.paragraphs()).hasSize(54);
        assertThat(declaration.paragraphs().get(0).number()).isNull();
        assertThat(declaration.paragraphs().get(0).text()).startsWith("We, Heads of State and Government");
        for (int n = 1; n <= 53; n++) {
            assertThat(declaration.paragraphs().get(n).number()).isEqualTo(n);
        }
        assertThat(declaration.paragraphs().get(53).text()).endsWith("high-level meeting in 2023.");
    }

    @Test
    void an_annex_printed_after_the_adoption_line_keeps_its_heading_and_paragraphs() {
        Resolution r = Fixtures.text("The General Assembly,\nRecalling its resolution 1/1,\n"
                + "1. Proclaims the decade set out in the annex to the present resolution.\n"
                + "75th plenary meeting\n12 December 2019\nAnnex\nPlan of action for the decade\n"
                + "1. The decade aims at three goals.\n2. States will report every two years.\n");
        assertThat(r.adoption()).isEqualTo(new Adoption("75th plenary meeting", LocalDate.of(2019, 12, 12)));
        assertThat(r.annexes()).hasSize(1);
        assertThat(r.annexes().get(0).headings()).containsExactly("Annex", "Plan of action for the decade");
        assertThat(r.annexes().get(0).paragraphs()).extracting(Paragraph::number).containsExactly(1, 2);
        assertThat(r.operative()).hasSize(1);
    }

    @Test
    void title_of_73_3_and_its_symbol_come_from_the_first_page() {
        assertThat(tuberculosis.symbol().value()).isEqualTo("A/RES/73/3");
        assertThat(tuberculosis.agendaItem()).isEqualTo("129");
        assertThat(tuberculosis.title())
                .isEqualTo("Political declaration of the high-level meeting of the General Assembly on the fight against tuberculosis");
    }
}
