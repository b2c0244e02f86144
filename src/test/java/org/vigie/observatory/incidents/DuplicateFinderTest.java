package org.vigie.observatory.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.observatory.places.PCode;
import org.vigie.observatory.vocabulary.Vocabulary;

/** Written cases of possible duplicates: same cercle, dates within three days, similar acts. */
class DuplicateFinderTest {
    static DuplicateFinder finder;
    static final LocalDate DAY = LocalDate.of(2025, 3, 14);

    @BeforeAll
    static void load() {
        finder = new DuplicateFinder(Vocabulary.standard());
    }

    private static DuplicateFinder.Candidate c(long id, String pcode, IncidentDate date, String... acts) {
        return new DuplicateFinder.Candidate(id, PCode.of(pcode), date, Set.of(acts));
    }

    @Test
    void the_same_act_in_the_same_commune_on_the_same_day_is_a_possible_duplicate() {
        assertThat(finder.similar(c(1, Drafts.SANGHA, IncidentDate.on(DAY), Drafts.SUMMARY_EXECUTION),
                c(2, Drafts.SANGHA, IncidentDate.on(DAY), Drafts.SUMMARY_EXECUTION))).isTrue();
    }

    @Test
    void another_commune_of_the_same_cercle_three_days_later_is_still_flagged() {
        assertThat(finder.similar(c(1, Drafts.SANGHA, IncidentDate.on(DAY), Drafts.SUMMARY_EXECUTION),
                c(2, Drafts.BANDIAGARA_COMMUNE, IncidentDate.on(DAY.plusDays(3)), Drafts.SUMMARY_EXECUTION))).isTrue();
    }

    @Test
    void four_days_apart_is_not_flagged() {
        assertThat(finder.similar(c(1, Drafts.SANGHA, IncidentDate.on(DAY), Drafts.SUMMARY_EXECUTION),
                c(2, Drafts.SANGHA, IncidentDate.on(DAY.plusDays(4)), Drafts.SUMMARY_EXECUTION))).isFalse();
    }

    @Test
    void a_month_overlapping_a_day_is_close() {
        assertThat(finder.similar(c(1, Drafts.SANGHA, IncidentDate.in(YearMonth.of(2025, 3)), Drafts.SUMMARY_EXECUTION),
                c(2, Drafts.SANGHA, IncidentDate.on(DAY), Drafts.SUMMARY_EXECUTION))).isTrue();
    }

    @Test
    void another_cercle_is_not_flagged() {
        assertThat(finder.similar(c(1, Drafts.SANGHA, IncidentDate.on(DAY), Drafts.SUMMARY_EXECUTION),
                c(2, Drafts.MOPTI_COMMUNE, IncidentDate.on(DAY), Drafts.SUMMARY_EXECUTION))).isFalse();
    }

    @Test
    void an_incident_placed_only_in_its_region_is_never_flagged() {
        assertThat(finder.similar(c(1, "ML05", IncidentDate.on(DAY), Drafts.SUMMARY_EXECUTION),
                c(2, Drafts.SANGHA, IncidentDate.on(DAY), Drafts.SUMMARY_EXECUTION))).isFalse();
    }

    @Test
    void sibling_terms_are_similar_acts() {
        // Rape and attempted rape share their parent in HURIDOCS list 4.
        assertThat(finder.similarActs(Set.of(Drafts.RAPE), Set.of("02011102000004"))).isTrue();
    }

    @Test
    void a_term_and_its_ancestor_are_similar_acts() {
        // Summary execution lies below "Direct actions which violate the right to life".
        assertThat(finder.similarActs(Set.of(Drafts.SUMMARY_EXECUTION), Set.of("01010000000004"))).isTrue();
    }

    @Test
    void an_extension_term_is_similar_to_its_nearest_huridocs_term() {
        String related = Vocabulary.standard().extension("VG-ENFORCED-DISAPPEARANCE").orElseThrow().relatedHuridocs().get(0);
        assertThat(finder.similarActs(Set.of("VG-ENFORCED-DISAPPEARANCE"), Set.of(related))).isTrue();
    }

    @Test
    void unrelated_acts_are_not_similar() {
        assertThat(finder.similar(c(1, Drafts.SANGHA, IncidentDate.on(DAY), Drafts.SUMMARY_EXECUTION),
                c(2, Drafts.SANGHA, IncidentDate.on(DAY), Drafts.ATTACK_SCHOOL))).isFalse();
    }

    @Test
    void an_incident_is_not_its_own_duplicate() {
        var a = c(1, Drafts.SANGHA, IncidentDate.on(DAY), Drafts.SUMMARY_EXECUTION);
        assertThat(finder.similar(a, a)).isFalse();
    }
}
