package org.vigie.tracker.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The language of a recommendation told by its small words. */
class TextLanguageTest {

    @Test
    void a_french_recommendation_is_french() {
        assertThat(TextLanguage.of("Prendre toutes les mesures nécessaires pour que les victimes aient accès à la justice")).isEqualTo("fr");
    }

    @Test
    void an_english_recommendation_is_english() {
        assertThat(TextLanguage.of("Take all necessary measures to ensure that the victims have access to justice")).isEqualTo("en");
    }

    @Test
    void the_elided_article_counts_as_french_and_words_containing_small_words_do_not() {
        assertThat(TextLanguage.of("Renforcer l’État")).isEqualTo("fr");
        assertThat(TextLanguage.of("Lesotho Dushanbe Latvia")).isEqualTo("en");
    }

    @Test
    void small_words_are_found_whatever_their_case() {
        assertThat(TextLanguage.of("LES DROITS ET LA JUSTICE")).isEqualTo("fr");
    }
}
