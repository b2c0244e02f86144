package org.vigie.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.search.TestDocuments.analyst;
import static org.vigie.search.TestDocuments.french;

import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigie.security.Role;

class HostileQueryTest {

    private final SearchIndex index = SearchIndex.inMemory();

    @BeforeEach
    void indexOneParagraph() {
        index.index(french("p1", "Titre", "Les exécutions sommaires à Gao (région de Gao)."));
    }

    @AfterEach
    void close() {
        index.close();
    }

    static Stream<String> hostileQueries() {
        return Stream.of("\"", "a:b", "(((", ")))", "*", "", "   ", "-", "|", "+", "~", "~~2", "\\", "\"\"\"",
                "title:executions", "[a TO b]", "{!lucene}", "exec*~2", "gao^10", "-*", "AND OR NOT",
                "a-".repeat(3000), "b ".repeat(5000), "暴力".repeat(300), "\u0000\uFFFF\uD800");
    }

    @ParameterizedTest
    @MethodSource("hostileQueries")
    void a_hostile_query_does_not_throw(String text) {
        SearchResults results = index.search(SearchQuery.of(text), analyst());

        assertThat(results.total()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void an_empty_query_finds_nothing() {
        assertThat(index.search(SearchQuery.of("  "), analyst()).total()).isZero();
    }

    @Test
    void a_lone_star_lists_every_document_the_caller_may_see() {
        index.index(TestDocuments.visibleTo("hidden", "Texte réservé.", null, Role.ANALYST));

        SearchResults results = index.search(SearchQuery.of("*"), TestDocuments.as(Role.OBSERVER));

        assertThat(results.hits()).extracting(SearchHit::id).containsExactly("p1");
    }

    @Test
    void a_colon_is_read_as_text_not_as_a_field() {
        assertThat(index.search(SearchQuery.of("gao: executions"), analyst()).total()).isEqualTo(1);
    }

    @Test
    void an_unbalanced_bracket_still_searches_the_words() {
        assertThat(index.search(SearchQuery.of("(gao executions"), analyst()).total()).isEqualTo(1);
    }
}
