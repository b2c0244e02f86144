package org.vigie.tracker.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Sustainable Development Goals and targets as OHCHR lists write them. */
class SdgTest {

    @Test
    void a_goal_with_its_title_is_the_goal() {
        assertThat(Sdg.parse("- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS")).contains(new Sdg("16"));
    }

    @Test
    void a_numbered_target_is_a_target_of_its_goal() {
        Sdg target = Sdg.parse("8.7 End forced labour").orElseThrow();

        assertThat(target.code()).isEqualTo("8.7");
        assertThat(target.goal()).isEqualTo(8);
        assertThat(target.isTarget()).isTrue();
    }

    @Test
    void a_lettered_target_is_a_target() {
        assertThat(Sdg.parse("SDG 16.a")).contains(new Sdg("16.a"));
    }

    @Test
    void there_is_no_eighteenth_goal() {
        assertThat(Sdg.parse("18 - WORLD PEACE")).isEmpty();
        assertThatThrownBy(() -> new Sdg("18")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void words_without_a_goal_number_are_not_a_goal() {
        assertThat(Sdg.parse("PEACE, JUSTICE AND STRONG INSTITUTIONS")).isEmpty();
    }
}
