package org.vigie.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.search.TestDocuments.as;
import static org.vigie.search.TestDocuments.visibleTo;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigie.security.Principal;
import org.vigie.security.Role;

class SearchVisibilityTest {

    private final SearchIndex index = SearchIndex.inMemory();

    @AfterEach
    void close() {
        index.close();
    }

    private SearchResults search(String text, Principal principal) {
        return index.search(SearchQuery.of(text), principal);
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void an_observer_does_not_see_a_document_visible_only_to_analysts_nor_count_it() {
        index.index(visibleTo("secret", "Exécution d'un témoin à Kidal.", null, Role.ANALYST));
        index.index(visibleTo("public", "Exécution signalée à Kidal.", null, Role.ANALYST, Role.OBSERVER));

        SearchResults results = search("execution kidal", as(Role.OBSERVER));

        assertThat(ids(results)).containsExactly("public");
        assertThat(results.total()).isEqualTo(1);
    }

    @Test
    void an_analyst_sees_the_document_listed_for_analysts() {
        index.index(visibleTo("secret", "Exécution d'un témoin à Kidal.", null, Role.ANALYST));

        assertThat(ids(search("execution", as(Role.ANALYST)))).containsExactly("secret");
    }

    @Test
    void a_focal_point_does_not_see_another_institutions_document() {
        index.index(visibleTo("inst2", "Recommandation sur la détention.", 2L, Role.FOCAL_POINT));

        SearchResults results = search("detention", as(Role.FOCAL_POINT, 1));

        assertThat(results.hits()).isEmpty();
        assertThat(results.total()).isZero();
    }

    @Test
    void a_focal_point_sees_its_own_institutions_document() {
        index.index(visibleTo("inst1", "Recommandation sur la détention.", 1L, Role.FOCAL_POINT));

        assertThat(ids(search("detention", as(Role.FOCAL_POINT, 1)))).containsExactly("inst1");
    }

    @Test
    void a_validator_is_held_to_its_institution_like_a_focal_point() {
        index.index(visibleTo("inst2", "Recommandation sur la détention.", 2L, Role.VALIDATOR));

        assertThat(search("detention", as(Role.VALIDATOR, 1)).hits()).isEmpty();
    }

    @Test
    void a_focal_point_sees_a_document_that_belongs_to_no_institution() {
        index.index(visibleTo("shared", "Recommandation sur la détention.", null, Role.FOCAL_POINT));

        assertThat(ids(search("detention", as(Role.FOCAL_POINT, 1)))).containsExactly("shared");
    }

    @Test
    void a_focal_point_without_an_institution_sees_no_institutions_document() {
        index.index(visibleTo("inst1", "Recommandation sur la détention.", 1L, Role.FOCAL_POINT));

        assertThat(search("detention", as(Role.FOCAL_POINT)).hits()).isEmpty();
    }

    @Test
    void an_analyst_sees_an_institutions_document_whatever_the_institution() {
        index.index(visibleTo("inst2", "Recommandation sur la détention.", 2L, Role.FOCAL_POINT, Role.ANALYST));

        assertThat(ids(search("detention", as(Role.ANALYST)))).containsExactly("inst2");
    }

    @Test
    void pages_and_totals_count_only_visible_documents() {
        for (int i = 0; i < 30; i++) {
            index.index(visibleTo("hidden" + i, "Torture en détention.", null, Role.ANALYST));
        }
        for (int i = 0; i < 5; i++) {
            index.index(visibleTo("seen" + i, "Torture en détention.", null, Role.OBSERVER));
        }

        SearchResults page = index.search(SearchQuery.of("torture").page(0, 3), as(Role.OBSERVER));

        assertThat(page.total()).isEqualTo(5);
        assertThat(ids(page)).hasSize(3).allMatch(id -> id.startsWith("seen"));
    }
}
