package org.vigie.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigie.search.TestDocuments.analyst;
import static org.vigie.search.TestDocuments.french;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexWritesTest {

    private static List<String> titlesFound(SearchIndex index, String text) {
        return index.search(SearchQuery.of(text), analyst()).hits().stream().map(SearchHit::title).toList();
    }

    @Test
    void indexing_the_same_kind_and_id_again_replaces_the_document() {
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.index(french("p1", "Ancien titre", "Texte sur la torture."));
            index.index(french("p1", "Nouveau titre", "Texte sur la torture."));

            assertThat(titlesFound(index, "torture")).containsExactly("Nouveau titre");
        }
    }

    @Test
    void the_same_id_in_two_kinds_is_two_documents() {
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.index(TestDocuments.visibleToAll("incident", "7", "Incident", "Torture signalée.", "fr"));
            index.index(TestDocuments.visibleToAll("recommendation", "7", "Recommandation", "Prévenir la torture.", "fr"));

            assertThat(titlesFound(index, "torture")).containsExactlyInAnyOrder("Incident", "Recommandation");
        }
    }

    @Test
    void a_replaced_document_is_no_longer_found_by_its_old_words() {
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.index(french("p1", "Titre", "Texte sur la torture."));
            index.index(french("p1", "Titre", "Texte sur la détention."));

            assertThat(titlesFound(index, "torture")).isEmpty();
        }
    }

    @Test
    void a_deleted_document_is_not_found() {
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.index(french("p1", "Titre", "Texte sur la torture."));
            index.index(french("p2", "Autre", "Texte sur la torture."));

            index.delete("resolution-paragraph", "p1");

            assertThat(titlesFound(index, "torture")).containsExactly("Autre");
        }
    }

    @Test
    void the_kind_filter_keeps_only_that_kind() {
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.index(TestDocuments.visibleToAll("incident", "1", "Incident", "Torture signalée.", "fr"));
            index.index(TestDocuments.visibleToAll("recommendation", "1", "Recommandation", "Prévenir la torture.", "fr"));

            SearchResults results = index.search(SearchQuery.of("torture").ofKind("incident"), analyst());

            assertThat(results.hits()).extracting(SearchHit::kind).containsExactly("incident");
            assertThat(results.total()).isEqualTo(1);
        }
    }

    @Test
    void pages_follow_each_other_without_overlap() {
        try (SearchIndex index = SearchIndex.inMemory()) {
            for (int i = 0; i < 7; i++) {
                index.index(french("p" + i, "Titre " + i, "Texte sur la torture."));
            }

            SearchResults first = index.search(SearchQuery.of("torture").page(0, 5), analyst());
            SearchResults second = index.search(SearchQuery.of("torture").page(5, 5), analyst());

            assertThat(first.hits()).hasSize(5);
            assertThat(second.hits()).hasSize(2);
            assertThat(second.total()).isEqualTo(7);
            assertThat(second.hits()).extracting(SearchHit::id)
                    .doesNotContainAnyElementsOf(first.hits().stream().map(SearchHit::id).toList());
        }
    }

    @Test
    void a_hit_carries_what_the_ui_needs_to_show_it() {
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.index(french("p1", "Titre", "Texte sur la torture."));

            SearchHit hit = index.search(SearchQuery.of("torture"), analyst()).hits().get(0);

            assertThat(hit.kind()).isEqualTo("resolution-paragraph");
            assertThat(hit.url()).isEqualTo("/resolution-paragraph/p1");
            assertThat(hit.updatedAt()).isEqualTo(TestDocuments.UPDATED);
            assertThat(hit.score()).isPositive();
        }
    }

    @Test
    void documents_survive_closing_and_reopening_an_index_on_disk(@TempDir Path dir) {
        try (SearchIndex index = SearchIndex.open(dir.resolve("search"))) {
            index.index(french("p1", "Titre", "Exécutions sommaires."));
        }

        try (SearchIndex reopened = SearchIndex.open(dir.resolve("search"))) {
            assertThat(titlesFound(reopened, "executions")).containsExactly("Titre");
        }
    }

    @Test
    void a_directory_already_open_is_refused_with_a_clear_message(@TempDir Path dir) {
        try (SearchIndex first = SearchIndex.open(dir)) {
            assertThatThrownBy(() -> SearchIndex.open(dir))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use");
        }
    }

    @Test
    void a_directory_can_be_opened_again_after_a_refused_open(@TempDir Path dir) {
        try (SearchIndex first = SearchIndex.open(dir)) {
            assertThatThrownBy(() -> SearchIndex.open(dir)).isInstanceOf(IllegalStateException.class);
        }

        try (SearchIndex again = SearchIndex.open(dir)) {
            assertThat(titlesFound(again, "torture")).isEmpty();
        }
    }
}
