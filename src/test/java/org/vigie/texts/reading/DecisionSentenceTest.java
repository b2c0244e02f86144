package org.vigie.texts.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vigie.texts.ClauseKind;
import org.vigie.texts.Fixtures;
import org.vigie.texts.Resolution;
import org.vigie.texts.TextImportException;
import org.vigie.texts.export.AkomaNtosoWriter;

/** Decisions the Councils and the Assembly record as one sentence instead of an organ line and paragraphs. */
class DecisionSentenceTest {

    private static final String ENGLISH = """
            Human Rights Council
            Fifty-eighth session
            Agenda item 10
            58/115. Technical assistance and capacity-building for Mali in the field of human rights
            At its 52nd meeting, on 4 April 2025, the Human Rights Council decided, without a vote, to postpone to its \
            fifty-ninth session the consideration of the report of the Independent Expert on the situation of human rights in Mali.
            """;

    private static final String FRENCH = """
            Conseil des droits de l’homme
            Cinquante-huitième session
            À sa 52e séance, le 4 avril 2025, le Conseil des droits de l’homme a décidé, sans le mettre aux voix, \
            de reporter à sa cinquante-neuvième session l’examen du rapport de l’Expert indépendant sur la situation \
            des droits de l’homme au Mali.
            """;

    private static final String ASSEMBLY = """
            At its 60th plenary meeting, on 10 December 2024, the General Assembly, on the recommendation of the \
            Third Committee, took note of the report of the Human Rights Council.
            """;

    @Test
    void a_decision_sentence_is_read_as_organ_adoption_and_one_operative_paragraph() {
        Resolution r = Fixtures.text(ENGLISH);
        assertThat(r.organ()).isEqualTo("The Human Rights Council");
        assertThat(r.adoption().meeting()).isEqualTo("52nd meeting");
        assertThat(r.adoption().date()).isEqualTo(LocalDate.of(2025, 4, 4));
        assertThat(r.operative()).hasSize(1);
        assertThat(r.operative().get(0).text()).startsWith("Decided, without a vote, to postpone to its fifty-ninth session");
        assertThat(r.preamble()).isEmpty();
    }

    @Test
    void a_numbered_title_gives_the_decision_its_symbol_and_it_is_not_a_draft() {
        Resolution r = Fixtures.text(ENGLISH);
        assertThat(r.symbol().value()).isEqualTo("A/HRC/DEC/58/115");
        assertThat(r.title()).isEqualTo("Technical assistance and capacity-building for Mali in the field of human rights");
        assertThat(r.session()).isEqualTo("Fifty-eighth session");
        assertThat(r.isDraft()).isFalse();
    }

    @Test
    void the_decided_verb_opens_a_decision_clause() {
        Resolution r = Fixtures.text(ENGLISH);
        assertThat(r.operative().get(0).clauses()).first()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(ClauseKind.DECISION));
    }

    @Test
    void the_french_sentence_reads_the_same_way() {
        Resolution r = Fixtures.text(FRENCH);
        assertThat(r.organ()).isEqualTo("Le Conseil des droits de l’homme");
        assertThat(r.adoption().meeting()).isEqualTo("52e séance");
        assertThat(r.adoption().date()).isEqualTo(LocalDate.of(2025, 4, 4));
        assertThat(r.operative().get(0).text()).startsWith("A décidé, sans le mettre aux voix, de reporter");
        assertThat(r.operative().get(0).clauses().get(0).kind()).isEqualTo(ClauseKind.DECISION);
    }

    @Test
    void an_incidental_phrase_between_organ_and_verb_is_kept_out_of_the_organ() {
        Resolution r = Fixtures.text(ASSEMBLY);
        assertThat(r.organ()).isEqualTo("The General Assembly");
        assertThat(r.adoption().meeting()).isEqualTo("60th plenary meeting");
        assertThat(r.operative().get(0).text()).startsWith("Took note of the report of the Human Rights Council");
        assertThat(r.operative().get(0).clauses().get(0).kind()).isEqualTo(ClauseKind.NOTE);
    }

    @Test
    void the_akoma_ntoso_export_names_it_a_decision() {
        String xml = new AkomaNtosoWriter().write(Fixtures.text(ENGLISH), LocalDate.of(2026, 1, 1));
        assertThat(xml).contains("name=\"decision\"").contains("/akn/un/statement/decision/unhrc/2025-04-04/58-115");
    }

    @Test
    void a_text_with_neither_organ_line_nor_decision_sentence_is_still_refused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TextImporter().read(
                        "At its 52nd meeting, the weather was fine.".getBytes(java.nio.charset.StandardCharsets.UTF_8), "x.txt"))
                .isInstanceOf(TextImportException.class).hasMessageContaining("no organ line");
    }
}
