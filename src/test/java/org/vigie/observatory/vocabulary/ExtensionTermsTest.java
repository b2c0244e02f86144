package org.vigie.observatory.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigie.observatory.imports.AcledSubEventType;

class ExtensionTermsTest {

    private static Vocabulary vocabulary;

    @BeforeAll
    static void load() {
        vocabulary = Vocabulary.standard();
    }

    @Test
    void every_extension_term_has_an_english_and_a_french_label() {
        assertThat(vocabulary.extensions()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.term().label().english()).isNotBlank();
            assertThat(e.term().label().french()).isNotBlank().isNotEqualTo(e.term().label().english());
        });
    }

    @ParameterizedTest
    @EnumSource(GraveViolation.class)
    void every_grave_violation_is_reached_by_at_least_one_term(GraveViolation violation) {
        assertThat(vocabulary.countingAs(violation)).isNotEmpty();
    }

    @Test
    void every_extension_term_maps_to_at_least_one_acled_sub_event_type() {
        assertThat(vocabulary.extensions()).allSatisfy(e -> assertThat(e.acledSubEventTypes()).isNotEmpty());
    }

    @Test
    void codes_are_unique_across_huridocs_and_the_extensions() {
        Set<String> seen = new HashSet<>();
        int count = 0;
        for (VocabularyList list : vocabulary.lists()) {
            for (Term term : vocabulary.terms(list.code())) {
                seen.add(term.code());
                count++;
            }
        }
        assertThat(seen).hasSize(count).hasSize(4501 + vocabulary.extensions().size());
    }

    @Test
    void the_extension_list_covers_what_the_resolution_names_and_huridocs_lacks() {
        assertThat(vocabulary.extensions()).extracting(ExtensionTerm::code).contains(
                "VG-CHILD-RECRUITMENT", "VG-ATTACK-SCHOOL", "VG-ATTACK-HOSPITAL", "VG-ATTACK-CONVOY-PASSENGER",
                "VG-ATTACK-CONVOY-FUEL", "VG-DENIAL-HUMANITARIAN-ACCESS", "VG-ENFORCED-DISAPPEARANCE",
                "VG-CHILD-ABDUCTION", "VG-CHILD-SEXUAL-VIOLENCE", "VG-CHILD-KILLING-MAIMING", "VG-ATTACK-AID-WORKER");
    }

    @Test
    void summary_and_extrajudicial_executions_come_from_huridocs_not_the_extensions() {
        assertThat(vocabulary.term("01010101000004").orElseThrow().label().english()).isEqualTo("Summary execution");
        assertThat(vocabulary.term("01010102000004")).isPresent();
        assertThat(vocabulary.extensions()).noneSatisfy(e -> assertThat(e.code()).contains("EXECUTION"));
    }

    @Test
    void an_abducted_child_counts_as_abduction_and_maps_to_acleds_abduction_sub_type() {
        ExtensionTerm abduction = vocabulary.extension("VG-CHILD-ABDUCTION").orElseThrow();
        assertThat(abduction.graveViolations()).containsExactly(GraveViolation.ABDUCTION);
        assertThat(abduction.acledSubEventTypes()).containsExactly(AcledSubEventType.ABDUCTION_FORCED_DISAPPEARANCE);
        assertThat(abduction.term().listCode()).isEqualTo(Vocabulary.VIGIE_EXTENSIONS);
    }

    @Test
    void a_fuel_convoy_attack_is_not_a_grave_violation_against_children() {
        assertThat(vocabulary.extension("VG-ATTACK-CONVOY-FUEL").orElseThrow().graveViolations()).isEmpty();
    }

    @Test
    void related_huridocs_terms_exist() {
        assertThat(vocabulary.extensions()).flatExtracting(ExtensionTerm::relatedHuridocs)
                .isNotEmpty()
                .allSatisfy(code -> assertThat(vocabulary.term(code)).isPresent());
    }
}
