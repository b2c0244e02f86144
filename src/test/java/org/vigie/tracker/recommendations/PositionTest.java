package org.vigie.tracker.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Positions as OHCHR, UHRI and French documents spell them. */
class PositionTest {

    @Test
    void supported_and_accepted_are_supported() {
        assertThat(Position.parse("Supported")).contains(Position.SUPPORTED);
        assertThat(Position.parse("Accepted")).contains(Position.SUPPORTED);
    }

    @Test
    void noted_and_rejected_are_noted() {
        assertThat(Position.parse("Noted")).contains(Position.NOTED);
        assertThat(Position.parse("Rejected")).contains(Position.NOTED);
    }

    @Test
    void partial_support_written_several_ways_is_supported_in_part() {
        assertThat(Position.parse("Supported in part")).contains(Position.SUPPORTED_IN_PART);
        assertThat(Position.parse("Partially supported")).contains(Position.SUPPORTED_IN_PART);
        assertThat(Position.parse("Supported / Noted")).contains(Position.SUPPORTED_IN_PART);
    }

    @Test
    void french_spellings_with_accents_are_understood() {
        assertThat(Position.parse("Acceptée")).contains(Position.SUPPORTED);
        assertThat(Position.parse("Prise en note")).contains(Position.NOTED);
    }

    @Test
    void case_spaces_and_a_final_full_stop_do_not_matter() {
        assertThat(Position.parse("  SUPPORTED. ")).contains(Position.SUPPORTED);
    }

    @Test
    void an_empty_position_is_pending() {
        assertThat(Position.parse("")).contains(Position.PENDING);
    }

    @Test
    void an_unknown_position_is_not_guessed() {
        assertThat(Position.parse("Maybe")).isEmpty();
    }
}
