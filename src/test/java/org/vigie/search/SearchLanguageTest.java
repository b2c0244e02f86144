package org.vigie.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.search.TestDocuments.analyst;
import static org.vigie.search.TestDocuments.english;
import static org.vigie.search.TestDocuments.french;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SearchLanguageTest {

    private final SearchIndex index = SearchIndex.inMemory();

    @AfterEach
    void close() {
        index.close();
    }

    private List<String> idsFound(String text) {
        return index.search(SearchQuery.of(text), analyst()).hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void executions_without_accent_finds_exécutions() {
        index.index(french("p1", "Exécutions sommaires", "Le Conseil condamne les exécutions extrajudiciaires."));

        assertThat(idsFound("executions")).containsExactly("p1");
    }

    @Test
    void a_singular_french_word_finds_its_plural() {
        index.index(french("p1", "Protection", "Les enfants associés aux groupes armés."));

        assertThat(idsFound("enfant")).containsExactly("p1");
    }

    @Test
    void unaccented_words_find_the_accented_plural_phrase() {
        index.index(french("p1", "Disparitions", "Il demande la fin des disparitions forcées à Gao."));

        assertThat(idsFound("disparition forcee")).containsExactly("p1");
    }

    @Test
    void an_elided_article_does_not_hide_the_word() {
        index.index(french("p1", "Éducation", "L'enfant a droit à l'éducation."));

        assertThat(idsFound("education")).containsExactly("p1");
    }

    @Test
    void english_children_finds_child() {
        index.index(english("p1", "Rights of the child", "Every child shall be registered at birth."));

        assertThat(idsFound("children")).containsExactly("p1");
    }

    @Test
    void english_possessive_is_stripped() {
        index.index(english("p1", "Report", "The State's obligations under the Covenant."));

        assertThat(idsFound("state obligation")).containsExactly("p1");
    }

    @Test
    void english_stop_words_in_the_query_do_not_prevent_a_match() {
        index.index(english("p1", "Report", "Every child shall be registered at birth."));

        assertThat(idsFound("the children at birth")).containsExactly("p1");
    }

    @Test
    void every_word_of_the_query_must_match() {
        index.index(french("p1", "Tombouctou", "Attaque contre une école à Tombouctou."));
        index.index(french("p2", "Gao", "Attaque contre un marché à Gao."));

        assertThat(idsFound("attaque gao")).containsExactly("p2");
    }

    @Test
    void a_prefix_matches_folded_words() {
        index.index(french("p1", "Exécutions", "Les exécutions sommaires."));

        assertThat(idsFound("Exécu*")).containsExactly("p1");
    }

    @Test
    void a_quoted_phrase_needs_the_words_together() {
        index.index(french("p1", "A", "Disparitions forcées de personnes."));
        index.index(french("p2", "B", "Les personnes forcées de fuir ont vu des disparitions."));

        assertThat(idsFound("\"disparitions forcees\"")).containsExactly("p1");
    }

    @Test
    void a_title_match_ranks_above_a_body_match() {
        index.index(french("body", "Rapport annuel", "Mention des déplacés internes en passant."));
        index.index(french("title", "Déplacés internes", "Rapport sur la situation humanitaire."));

        assertThat(idsFound("deplaces")).containsExactly("title", "body");
    }

    @Test
    void the_snippet_marks_matched_words_and_escapes_html() {
        index.index(french("p1", "Titre", "<script>alert(1)</script> Les exécutions sommaires continuent."));

        String snippet = index.search(SearchQuery.of("executions"), analyst()).hits().get(0).snippet();

        assertThat(snippet).contains("<mark>exécutions</mark>").contains("&lt;script&gt;").doesNotContain("<script>");
    }
}
