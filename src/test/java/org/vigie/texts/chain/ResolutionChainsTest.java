package org.vigie.texts.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.texts.Fixtures;

/**
 * Mali's chain as the real texts tell it: 34/39 (English), 49/34 (French), the L-document of the 40th session and
 * the 2026 draft, each citing the earlier resolutions and saying what they did to the Independent Expert's mandate.
 */
class ResolutionChainsTest {

    private static final List<StoredText> MALI = List.of(
            new StoredText(1, Fixtures.resolution(Fixtures.HRC_34_39)),
            new StoredText(2, Fixtures.resolution(Fixtures.HRC_49_34_FR)),
            new StoredText(3, Fixtures.resolution(Fixtures.HRC_40_L2)),
            new StoredText(4, Fixtures.resolution(Fixtures.DRAFT)));

    @Test
    void the_stored_texts_make_one_chain_named_after_the_resolution_that_established_the_mandate() {
        List<ResolutionChain> chains = ResolutionChains.of(MALI);
        assertThat(chains).singleElement().satisfies(c -> {
            assertThat(c.key()).isEqualTo("unhrc-22-18");
            assertThat(c.title()).isEqualTo(Fixtures.resolution(Fixtures.HRC_49_34_FR).title());
        });
    }

    @Test
    void the_members_are_in_order_of_date_with_the_drafts_last() {
        ResolutionChain c = ResolutionChains.of(MALI).get(0);
        assertThat(c.members()).extracting(ChainMember::number).containsExactly("20/17", "22/18", "25/36", "31/28",
                "34/39", "37/39", "40/26", "43/38", "46/28", "49/34", "52/42", "55/25", "58/30", null, null);
        assertThat(c.members()).extracting(ChainMember::key).endsWith("draft-3", "draft-4");
        assertThat(c.member("unhrc-22-18").orElseThrow().date()).isEqualTo(LocalDate.of(2013, 3, 21));
    }

    @Test
    void each_member_says_what_it_did_to_the_mandate_as_the_later_texts_word_it() {
        ResolutionChain c = ResolutionChains.of(MALI).get(0);
        assertThat(c.members().subList(0, 5)).extracting(ChainMember::number, ChainMember::mandate).containsExactly(
                tuple("20/17", MandateAction.NOT_SAID),
                tuple("22/18", MandateAction.ESTABLISHED),
                tuple("25/36", MandateAction.EXTENDED),
                tuple("31/28", MandateAction.EXTENDED),
                tuple("34/39", MandateAction.EXTENDED));
        assertThat(c.member("unhrc-49-34").orElseThrow().citedBy()).extracting(ChainMember.Citation::id,
                ChainMember.Citation::relation).containsExactly(tuple(4L, "extends_mandate"));
    }

    @Test
    void the_texts_vigie_holds_are_linked_and_the_others_are_gaps() {
        ResolutionChain c = ResolutionChains.of(MALI).get(0);
        assertThat(c.member("unhrc-34-39").orElseThrow().texts()).extracting(ChainMember.Expression::id,
                ChainMember.Expression::language).containsExactly(tuple(1L, "en"));
        assertThat(c.member("unhrc-49-34").orElseThrow().texts()).extracting(ChainMember.Expression::language)
                .containsExactly("fr");
        assertThat(c.gaps()).extracting(ChainMember::number).containsExactly("20/17", "22/18", "25/36", "31/28",
                "37/39", "40/26", "43/38", "46/28", "52/42", "55/25", "58/30");
        assertThat(c.holds(3)).isTrue();
    }

    @Test
    void resolutions_every_council_text_recalls_are_not_in_the_chain() {
        ResolutionChain c = ResolutionChains.of(MALI).get(0);
        assertThat(c.members()).extracting(ChainMember::number).doesNotContain("60/251", "5/1", "5/2");
    }

    @Test
    void a_text_that_cites_nothing_about_a_mandate_is_in_no_chain() {
        List<StoredText> decision = List.of(new StoredText(9, Fixtures.resolution(Fixtures.HRC_DEC_14_117)));
        assertThat(ResolutionChains.of(decision)).isEmpty();
        assertThat(ResolutionChains.containing(MALI, 9)).isEmpty();
        assertThat(ResolutionChains.named(MALI, "unhrc-5-1")).isEmpty();
    }

    @Test
    void two_stored_texts_of_one_resolution_are_one_member_with_both_texts() {
        List<StoredText> both = List.of(new StoredText(1, Fixtures.resolution(Fixtures.HRC_34_39)),
                new StoredText(5, Fixtures.resolution(Fixtures.HRC_34_39_WRAPPED)),
                new StoredText(2, Fixtures.resolution(Fixtures.HRC_49_34_FR)));
        ChainMember m = ResolutionChains.of(both).get(0).member("unhrc-34-39").orElseThrow();
        assertThat(m.texts()).extracting(ChainMember.Expression::id).containsExactly(1L, 5L);
    }

    @Test
    void what_changed_since_the_previous_resolution_is_compared_with_the_nearest_earlier_one_held_in_the_same_language() {
        ResolutionChain c = ResolutionChains.of(MALI).get(0);
        assertThat(c.previousInVigie(3)).map(ChainMember.Expression::id).contains(1L);
        assertThat(c.previousInVigie(4)).map(ChainMember.Expression::id).contains(2L);
        assertThat(c.previousInVigie(2)).as("34/39 is held in English only").isEmpty();
        assertThat(c.previousInVigie(1)).isEmpty();
    }
}
