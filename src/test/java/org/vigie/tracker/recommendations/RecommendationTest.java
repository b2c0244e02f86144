package org.vigie.tracker.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A recommendation cannot exist with invalid values, and its reference is stable. */
class RecommendationTest {

    private static Recommendation upr(String symbol, String paragraph, String text) {
        return new Recommendation(text, "en", SourceMechanism.UPR, 4, "48", symbol, paragraph, List.of("Ghana"),
                Position.SUPPORTED, List.of("Death penalty"), List.of("General"), List.of(new Sdg("16")), null, null);
    }

    @Test
    void the_reference_is_the_document_symbol_and_paragraph() {
        assertThat(upr("A/HRC/59/15", "140.7", "Ratify").reference()).isEqualTo("A/HRC/59/15#140.7");
    }

    @Test
    void without_symbol_or_paragraph_the_reference_is_a_digest_of_the_text() {
        assertThat(upr(null, "140.7", "Abolish the death penalty").reference()).matches("text:[0-9a-f]{16}");
    }

    @Test
    void the_text_reference_ignores_case_spacing_and_typographic_quotes() {
        assertThat(upr(null, null, "Ratify the State’s  Protocol").reference())
                .isEqualTo(upr(null, null, "ratify the state's protocol").reference());
    }

    @Test
    void different_words_have_different_references() {
        assertThat(upr(null, null, "Ratify the Protocol").reference())
                .isNotEqualTo(upr(null, null, "Ratify the Convention").reference());
    }

    @Test
    void a_blank_text_is_refused() {
        assertThatThrownBy(() -> upr(null, null, "  ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_text_longer_than_the_limit_is_refused() {
        String text = "a".repeat(Recommendation.MAX_TEXT_LENGTH + 1);

        assertThatThrownBy(() -> upr(null, null, text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_document_symbol_with_spaces_is_refused() {
        assertThatThrownBy(() -> upr("A HRC 59 15", "140.7", "Ratify")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_paragraph_that_is_not_a_number_is_refused() {
        assertThatThrownBy(() -> upr("A/HRC/59/15", "one", "Ratify")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_blank_state_in_the_list_is_refused() {
        List<String> states = new ArrayList<>(List.of("Ghana", " "));

        assertThatThrownBy(() -> new Recommendation("Ratify", "en", SourceMechanism.UPR, null, null, null, null, states,
                Position.NOTED, List.of(), List.of(), List.of(), null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_language_that_is_not_an_iso_code_is_refused() {
        assertThatThrownBy(() -> new Recommendation("Ratify", "English", SourceMechanism.UPR, null, null, null, null,
                List.of(), Position.NOTED, List.of(), List.of(), List.of(), null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lists_given_are_copied_so_the_value_cannot_change() {
        List<String> themes = new ArrayList<>(List.of("Death penalty"));
        Recommendation r = new Recommendation("Abolish", "en", SourceMechanism.UPR, null, null, null, null, List.of(),
                Position.NOTED, themes, List.of(), List.of(), null, null);

        themes.add("Torture");

        assertThat(r.themes()).containsExactly("Death penalty");
    }

    @Test
    void a_cycle_that_does_not_exist_is_refused() {
        assertThatThrownBy(() -> new Recommendation("Ratify", "en", SourceMechanism.UPR, 0, null, null, null,
                List.of(), Position.NOTED, List.of(), List.of(), List.of(), null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
