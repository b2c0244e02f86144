package org.vigie.tracker.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "140.7 Ratify ... (Maldives) (Portugal);" as the Working Group's report words a recommendation. */
class NumberedRecommendationTest {

    @Test
    void the_number_words_and_states_are_taken_apart() {
        NumberedRecommendation r = NumberedRecommendation.parse("140.7 Ratify the Protocol (Maldives) (Portugal);")
                .orElseThrow();

        assertThat(r.paragraph()).isEqualTo("140.7");
        assertThat(r.text()).isEqualTo("Ratify the Protocol");
        assertThat(r.states()).containsExactly("Maldives", "Portugal");
    }

    @Test
    void a_state_name_with_parentheses_is_one_state() {
        assertThat(NumberedRecommendation.parse("140.9 Protect defenders (Venezuela (Bolivarian Republic of));")
                .orElseThrow().states()).containsExactly("Venezuela (Bolivarian Republic of)");
    }

    @Test
    void a_group_holding_a_digit_is_part_of_the_words() {
        NumberedRecommendation r = NumberedRecommendation.parse("98.1 Ratify the Domestic Workers Convention (ILO No. 189) (Philippines).")
                .orElseThrow();

        assertThat(r.text()).isEqualTo("Ratify the Domestic Workers Convention (ILO No. 189)");
        assertThat(r.states()).containsExactly("Philippines");
    }

    @Test
    void a_text_without_a_paragraph_number_is_not_a_numbered_recommendation() {
        assertThat(NumberedRecommendation.parse("Ratify the Protocol (Ghana);")).isEmpty();
    }
}
