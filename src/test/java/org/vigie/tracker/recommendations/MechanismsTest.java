package org.vigie.tracker.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The mechanism told from UHRI's "Reccomending Body", and the UPR cycle from the session. */
class MechanismsTest {

    @Test
    void the_upr_is_named_by_its_acronym_or_in_full() {
        assertThat(Mechanisms.of("UPR")).contains(SourceMechanism.UPR);
        assertThat(Mechanisms.of("Universal Periodic Review")).contains(SourceMechanism.UPR);
        assertThat(Mechanisms.of("UPR Working Group")).contains(SourceMechanism.UPR);
    }

    @Test
    void committees_and_their_acronyms_are_treaty_bodies() {
        assertThat(Mechanisms.of("CEDAW")).contains(SourceMechanism.TREATY_BODY);
        assertThat(Mechanisms.of("Committee on the Rights of the Child")).contains(SourceMechanism.TREATY_BODY);
        assertThat(Mechanisms.of("Subcommittee on Prevention of Torture")).contains(SourceMechanism.TREATY_BODY);
    }

    @Test
    void rapporteurs_and_working_groups_are_special_procedures() {
        assertThat(Mechanisms.of("SR on torture")).contains(SourceMechanism.SPECIAL_PROCEDURE);
        assertThat(Mechanisms.of("Working Group on Enforced or Involuntary Disappearances"))
                .contains(SourceMechanism.SPECIAL_PROCEDURE);
    }

    @Test
    void the_independent_expert_on_mali_is_apart_from_other_independent_experts() {
        assertThat(Mechanisms.of("IE Mali")).contains(SourceMechanism.INDEPENDENT_EXPERT);
        assertThat(Mechanisms.of("Independent Expert on the situation of human rights in Haiti"))
                .contains(SourceMechanism.SPECIAL_PROCEDURE);
    }

    @Test
    void an_unknown_body_is_not_guessed() {
        assertThat(Mechanisms.of("Ministry of Justice")).isEmpty();
    }

    @Test
    void sessions_map_to_their_upr_cycle() {
        assertThat(Mechanisms.uprCycle(12)).isEqualTo(1);
        assertThat(Mechanisms.uprCycle(13)).isEqualTo(2);
        assertThat(Mechanisms.uprCycle(29)).isEqualTo(3);
        assertThat(Mechanisms.uprCycle(48)).isEqualTo(4);
        assertThat(Mechanisms.uprCycle(55)).isEqualTo(5);
    }
}
