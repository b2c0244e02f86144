package org.vigie.observatory.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    private static Vocabulary vocabulary;

    @BeforeAll
    static void load() {
        vocabulary = Vocabulary.standard();
    }

    @Test
    void huridocs_brings_4501_terms_in_50_named_lists() {
        assertThat(vocabulary.lists()).filteredOn(l -> l.origin() == VocabularyList.Origin.HURIDOCS).hasSize(50);
        long huridocsTerms = vocabulary.lists().stream()
                .filter(l -> l.origin() == VocabularyList.Origin.HURIDOCS)
                .mapToLong(l -> vocabulary.terms(l.code()).size()).sum();
        assertThat(huridocsTerms).isEqualTo(4501);
    }

    @Test
    void every_list_holds_terms_and_has_a_name_in_both_languages() {
        assertThat(vocabulary.lists()).allSatisfy(list -> assertThat(vocabulary.terms(list.code())).isNotEmpty());
        assertThat(vocabulary.list(4).orElseThrow().name()).isEqualTo(new Label("Types of acts", "Types d'actes"));
        assertThat(vocabulary.list(41).orElseThrow().name().english()).isEqualTo("Violation status");
    }

    @Test
    void a_term_is_found_by_its_vocabulary_number_or_by_list_and_huridocs_code() {
        Term summary = vocabulary.term("01010101000004").orElseThrow();
        assertThat(summary.label()).isEqualTo(new Label("Summary execution", "Exécution sommaire"));
        assertThat(summary.level()).isEqualTo(3);
        assertThat(summary.huriCode()).contains("010101010000");
        assertThat(vocabulary.huridocsTerm(4, "010101010000")).contains(summary);
    }

    @Test
    void the_same_huridocs_code_names_different_terms_in_different_lists() {
        assertThat(vocabulary.huridocsTerm(39, "010000000000").orElseThrow().label().english()).isEqualTo("Male");
        assertThat(vocabulary.huridocsTerm(41, "010000000000").orElseThrow().label().english()).isEqualTo("Confirmed");
    }

    @Test
    void terms_form_a_hierarchy_within_their_list() {
        assertThat(vocabulary.term("01010101000004").orElseThrow().parent()).contains("01010100000004");
        assertThat(vocabulary.children("01010100000004")).extracting(t -> t.label().english())
                .contains("Summary execution", "Extra-judicial execution outside any legal proceedings");
        assertThat(vocabulary.topTerms(41)).extracting(t -> t.label().english())
                .containsExactly("Confirmed", "Unlikely", "Possible", "Likely", "Unknown");
    }

    @Test
    void an_unknown_code_finds_nothing() {
        assertThat(vocabulary.term("99999999999999")).isEmpty();
        assertThat(vocabulary.huridocsTerm(4, "not-a-code")).isEmpty();
        assertThat(vocabulary.list(49)).isEmpty();
    }
}
