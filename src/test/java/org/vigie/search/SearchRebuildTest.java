package org.vigie.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigie.search.TestDocuments.analyst;
import static org.vigie.search.TestDocuments.visibleToAll;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SearchRebuildTest {

    private final SearchIndex index = SearchIndex.inMemory();

    @AfterEach
    void close() {
        index.close();
    }

    /** A source over a fixed list, as a capability's store would give from its table. */
    private record ListSource(String kind, List<SearchDocument> documents) implements SearchSource {
        @Override
        public void forEach(Consumer<SearchDocument> sink) {
            documents.forEach(sink);
        }
    }

    private static SearchDocument doc(String kind, String id) {
        return visibleToAll(kind, id, kind + " " + id, "Texte commun sur les droits humains.", "fr");
    }

    private List<String> everythingFound() {
        return index.search(SearchQuery.of("droits").page(0, 100), analyst()).hits().stream()
                .map(hit -> hit.kind() + "/" + hit.id()).toList();
    }

    @Test
    void a_rebuild_from_two_sources_leaves_exactly_their_documents() {
        index.index(doc("incident", "stale"));
        ListSource incidents = new ListSource("incident", List.of(doc("incident", "1"), doc("incident", "2")));
        ListSource recommendations = new ListSource("recommendation", List.of(doc("recommendation", "9")));

        index.rebuild(List.of(incidents, recommendations));

        assertThat(everythingFound()).containsExactlyInAnyOrder("incident/1", "incident/2", "recommendation/9");
    }

    @Test
    void a_rebuild_reports_how_many_documents_of_each_kind_it_indexed() {
        ListSource incidents = new ListSource("incident", List.of(doc("incident", "1"), doc("incident", "2")));
        ListSource empty = new ListSource("recommendation", List.of());

        RebuildReport report = index.rebuild(List.of(incidents, empty));

        assertThat(report.countsPerKind()).containsExactly(
                java.util.Map.entry("incident", 2L), java.util.Map.entry("recommendation", 0L));
        assertThat(report.total()).isEqualTo(2);
    }

    @Test
    void a_failing_source_leaves_the_documents_the_index_had() {
        index.index(doc("incident", "old"));
        SearchSource failing = new SearchSource() {
            @Override
            public String kind() {
                return "incident";
            }

            @Override
            public void forEach(Consumer<SearchDocument> sink) {
                sink.accept(doc("incident", "new"));
                throw new IllegalStateException("database went away");
            }
        };

        assertThatThrownBy(() -> index.rebuild(List.of(failing))).hasMessage("database went away");
        assertThat(everythingFound()).containsExactlyInAnyOrder("incident/old", "incident/new");
    }

    @Test
    void two_sources_of_the_same_kind_are_refused() {
        ListSource one = new ListSource("incident", List.of());
        ListSource two = new ListSource("incident", List.of());

        assertThatThrownBy(() -> index.rebuild(List.of(one, two))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_source_giving_another_kind_is_refused() {
        ListSource lying = new ListSource("incident", List.of(doc("recommendation", "1")));

        assertThatThrownBy(() -> index.rebuild(List.of(lying)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("recommendation");
    }

    @Test
    void a_document_indexed_after_a_rebuild_is_found_with_the_rebuilt_ones() {
        index.rebuild(List.of(new ListSource("incident", List.of(doc("incident", "1")))));

        index.index(doc("incident", "2"));

        assertThat(everythingFound()).containsExactlyInAnyOrder("incident/1", "incident/2");
    }
}
