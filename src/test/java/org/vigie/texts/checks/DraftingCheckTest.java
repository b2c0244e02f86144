package org.vigie.texts.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.texts.Finding;
import org.vigie.texts.Fixtures;
import org.vigie.texts.Language;
import org.vigie.texts.Severity;

class DraftingCheckTest {

    private final DraftingCheck check = new DraftingCheck();

    private List<Finding> findings(String text) {
        return check.check(Fixtures.text(text));
    }

    @Test
    void the_draft_shows_every_loose_end_in_text_order() {
        List<Finding> findings = check.check(Fixtures.resolution(Fixtures.DRAFT));
        assertThat(findings).extracting(Finding::paragraph, Finding::code).containsExactly(
                tuple("PP9", "label-form"),
                tuple("PP11", "preamble-end"), tuple("PP11", "doubled-punctuation"),
                tuple("PP13", "preamble-end"),
                tuple("PP15bis", "label-insertion"), tuple("PP15bis", "preamble-end"),
                tuple("PP20", "numbering-gap"),
                tuple("PP21", "label-form"),
                tuple("PP22", "preamble-end"), tuple("PP22", "first-person"),
                tuple("PP23bis", "label-insertion"), tuple("PP23bis", "preamble-end"),
                tuple("OP4", "operative-end"));
    }

    @Test
    void findings_carry_severity_and_a_message_in_both_languages() {
        Finding gap = check.check(Fixtures.resolution(Fixtures.DRAFT)).stream()
                .filter(f -> f.code().equals("numbering-gap")).findFirst().orElseThrow();
        assertThat(gap.severity()).isEqualTo(Severity.ERROR);
        assertThat(gap.messageFr()).isEqualTo("La numérotation saute PP20 : ce paragraphe manque.");
        assertThat(gap.messageEn()).isEqualTo("Numbering skips PP20: this paragraph is missing.");
        assertThat(gap.message(Language.FR)).isEqualTo(gap.messageFr());
    }

    @Test
    void odd_label_forms_name_the_expected_form() {
        Finding pp21 = check.check(Fixtures.resolution(Fixtures.DRAFT)).stream()
                .filter(f -> f.paragraph().equals("PP21")).findFirst().orElseThrow();
        assertThat(pp21.messageEn()).isEqualTo("Label \"PP 21\" is not in the expected form (\"PP21.\").");
    }

    @Test
    void official_general_assembly_texts_raise_no_more_than_two_findings() {
        assertThat(check.check(Fixtures.resolution(Fixtures.RES_73_6))).hasSizeLessThanOrEqualTo(2);
        assertThat(check.check(Fixtures.resolution(Fixtures.RES_73_3))).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void operative_numbering_gaps_and_duplicates_are_found() {
        List<Finding> found = findings("The General Assembly,\nRecalling its resolution 1/1,\n"
                + "1. Decides to act;\n2. Decides to act again;\n2. Decides once more;\n5. Decides to end.\n");
        assertThat(found).extracting(Finding::paragraph, Finding::code).containsExactly(
                tuple("OP2", "numbering-duplicate"), tuple("OP3", "numbering-gap"), tuple("OP4", "numbering-gap"));
    }

    @Test
    void the_last_operative_paragraph_ends_with_a_full_stop_and_the_others_with_a_semicolon() {
        List<Finding> found = findings("The General Assembly,\nRecalling its resolution 1/1,\n"
                + "1. Decides to act.\n2. Decides to remain seized of the matter;\n");
        assertThat(found).extracting(Finding::paragraph, Finding::code)
                .containsExactly(tuple("OP1", "operative-end"), tuple("OP2", "operative-end"));
    }

    @Test
    void sub_paragraphs_carry_the_ending_of_their_paragraph() {
        List<Finding> found = findings("Le Conseil des droits de l’homme,\nRappelant sa résolution 5/1,\n"
                + "1. Demande aux autorités :\na) De protéger les civils ;\nb) De juger les auteurs ;\n"
                + "2. Décide de demeurer saisi de la question.\n");
        assertThat(found).isEmpty();
    }

    @Test
    void unbalanced_quotes_and_brackets_are_errors() {
        List<Finding> found = findings("Le Conseil des droits de l’homme,\n"
                + "Rappelant la décision de « créer les conditions (nécessaires,\n1. Décide de rester saisi.\n");
        assertThat(found).extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("unbalanced-marks", Severity.ERROR));
        assertThat(found.get(0).messageEn()).isEqualTo("Unbalanced quotes or brackets: ( ), « ».");
    }

    @Test
    void a_preambular_paragraph_opening_with_a_finite_verb_is_flagged_in_both_languages() {
        assertThat(findings("Le Conseil des droits de l’homme,\nRappelle sa résolution 5/1,\nProfondément préoccupé "
                + "par la situation,\n1. Décide de rester saisi.\n"))
                .extracting(Finding::paragraph, Finding::code).containsExactly(tuple("PP1", "preamble-opening"));
        assertThat(findings("The Security Council,\nRecalls its resolution 2100 (2013),\nDeeply concerned by the "
                + "situation,\nMindful of its responsibility,\n1. Decides to remain seized of the matter.\n"))
                .extracting(Finding::paragraph, Finding::code).containsExactly(tuple("PP1", "preamble-opening"));
    }

    @Test
    void the_organ_speaking_in_the_first_person_is_flagged_in_english_too() {
        List<Finding> found = findings("The Human Rights Council,\nReaffirming our support to the people of Mali,\n"
                + "1. Decides to remain seized of the matter.\n");
        assertThat(found).extracting(Finding::code).containsExactly("first-person");
        assertThat(found.get(0).messageFr()).isEqualTo("L’organe ne parle pas à la première personne : « our support ».");
    }

    @Test
    void an_operative_verb_outside_the_vocabulary_is_reported_for_information() {
        List<Finding> found = findings("The General Assembly,\nRecalling its resolution 1/1,\n1. Frobnicates the matter.\n");
        assertThat(found).extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("unknown-opening-verb", Severity.INFO));
    }

    @Test
    void operative_labels_of_a_draft_are_checked_like_preambular_ones() {
        List<Finding> found = findings("Le Conseil des droits de l’homme,\nPP1. Rappelant sa résolution 5/1,\n"
                + "OP1. Décide d’agir ;\nOP3. Décide d’agir encore ;\nOP3bis. Décide de rester saisi.\n");
        assertThat(found).extracting(Finding::paragraph, Finding::code).containsExactly(
                tuple("OP2", "numbering-gap"), tuple("OP3bis", "label-insertion"));
    }
}
