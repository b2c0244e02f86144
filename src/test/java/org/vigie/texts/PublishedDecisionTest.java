package org.vigie.texts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.texts.checks.DraftingCheck;
import org.vigie.texts.export.AkomaNtosoWriter;
import org.vigie.texts.export.TextJson;

/**
 * A/HRC/DEC/14/117, a Council decision that adopts a quoted text, against its truth written by hand: the
 * decision's sentence is its adoption, not its title, and the starred footnote is not a paragraph.
 */
class PublishedDecisionTest {

    private static final String RIGHT_DOCS = Fixtures.HRC_DEC_14_117;
    private static final String LAID_OUT = Fixtures.HRC_DEC_14_117_LAID_OUT;
    private static final String TITLE = "The independent expert on the situation of human rights in the Sudan";

    @ParameterizedTest
    @ValueSource(strings = {RIGHT_DOCS, LAID_OUT})
    void the_title_is_the_decision_s_own_and_not_its_meeting_sentence(String file) {
        Resolution r = Fixtures.resolution(file);
        assertThat(r.symbol().value()).isEqualTo("A/HRC/DEC/14/117");
        assertThat(r.title()).isEqualTo(TITLE);
        assertThat(r.session()).isEqualTo("Fourteenth session");
        assertThat(r.agendaItem()).isEqualTo("4");
        assertThat(r.organ()).isEqualTo("The Human Rights Council");
    }

    @ParameterizedTest
    @ValueSource(strings = {RIGHT_DOCS, LAID_OUT})
    void it_is_read_as_a_decision_adopted_without_a_vote_at_its_meeting(String file) {
        Resolution r = Fixtures.resolution(file);
        assertThat(r.isDraft()).isFalse();
        assertThat(r.isDecision()).isTrue();
        assertThat(r.documentType()).isEqualTo("decision");
        assertThat(r.adoption()).isEqualTo(new Adoption("24th meeting", LocalDate.of(2010, 6, 10)));
        assertThat(r.masthead().vote()).isEqualTo("Adopted without a vote");
    }

    @ParameterizedTest
    @ValueSource(strings = {RIGHT_DOCS, LAID_OUT})
    void the_quoted_text_gives_one_preambular_and_two_operative_paragraphs_and_the_footnote_none(String file) {
        Resolution r = Fixtures.resolution(file);
        assertThat(r.preamble()).singleElement().satisfies(p -> assertThat(p.text()).startsWith("Taking note of the fact"));
        assertThat(r.operative()).extracting(Paragraph::number).containsExactly(1, 2);
        assertThat(r.operative().get(0).text()).startsWith("Decides, given the exceptional nature");
        assertThat(r.operative().get(1).text()).endsWith("will be discussed at that session.");
        assertThat(r.operative()).noneMatch(p -> p.text().contains("resolutions and decisions adopted"));
    }

    @ParameterizedTest
    @ValueSource(strings = {RIGHT_DOCS, LAID_OUT})
    void the_quotation_marks_around_the_adopted_text_are_not_an_unbalanced_paragraph(String file) {
        Resolution r = Fixtures.resolution(file);
        // "It is understood that …" is not an opening verb: the text's own wording, reported as information only.
        assertThat(new DraftingCheck().check(r)).extracting(Finding::code, Finding::paragraph)
                .containsExactly(tuple("unknown-opening-verb", "OP2"));
    }

    @Test
    void its_references_are_the_report_noted_and_the_resolution_cited() {
        Resolution r = Fixtures.resolution(RIGHT_DOCS);
        assertThat(r.references()).extracting(Reference::symbol, Reference::date, Reference::relation).containsExactly(
                tuple("A/HRC/14/41", null, "takes_note"),
                tuple("5/1", LocalDate.of(2007, 6, 18), "cites"));
    }

    @Test
    void the_json_names_it_a_decision() {
        Map<String, Object> json = TextJson.analysis(Fixtures.resolution(RIGHT_DOCS), java.util.List.of());
        assertThat(json).containsEntry("type", "decision").containsEntry("symbol", "A/HRC/DEC/14/117")
                .containsEntry("draft", false);
    }

    @Test
    void akoma_ntoso_names_it_a_decision_dated_by_its_adoption() {
        String xml = new AkomaNtosoWriter().write(Fixtures.resolution(LAID_OUT), LocalDate.of(2026, 1, 1));
        assertThat(xml).contains("<statement name=\"decision\">")
                .contains("/akn/un/statement/decision/unhrc/2010-06-10/14-117")
                .contains("<docNumber>A/HRC/DEC/14/117</docNumber>")
                .contains("<inline name=\"vote\">Adopted without a vote</inline>");
    }

    @Test
    void the_resolution_types_are_resolution_and_draft_resolution() {
        assertThat(Fixtures.resolution(Fixtures.HRC_34_39).documentType()).isEqualTo("resolution");
        assertThat(Fixtures.resolution(Fixtures.HRC_40_L2).documentType()).isEqualTo("draft_resolution");
    }
}
