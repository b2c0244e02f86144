package org.vigie.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.security.Role;

class SearchValuesTest {

    private static SearchDocument withVisibility(Set<Role> roles) {
        return new SearchDocument("incident", "1", "Titre", "Texte", "fr", "/incidents/1", roles, null, Instant.EPOCH);
    }

    @Test
    void a_document_visible_to_nobody_is_refused() {
        assertThatThrownBy(() -> withVisibility(Set.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_document_in_an_unknown_language_is_refused() {
        assertThatThrownBy(() -> new SearchDocument("incident", "1", "Titre", "Texte", "bm", "/incidents/1",
                Set.of(Role.ANALYST), null, Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_kind_with_a_separator_is_refused() {
        assertThatThrownBy(() -> new SearchDocument("incident\u001f1", "1", "Titre", "Texte", null, "/x",
                Set.of(Role.ANALYST), null, Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_overlong_id_is_refused() {
        assertThatThrownBy(() -> new SearchDocument("incident", "9".repeat(SearchDocument.MAX_ID_LENGTH + 1), "Titre",
                "Texte", null, "/x", Set.of(Role.ANALYST), null, Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "https://elsewhere.example/x", "//elsewhere.example/x", "incidents/1"})
    void a_url_that_is_not_a_path_from_the_application_root_is_refused(String url) {
        assertThatThrownBy(() -> new SearchDocument("incident", "1", "Titre", "Texte", null, url,
                Set.of(Role.ANALYST), null, Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_document_without_body_gets_an_empty_one() {
        SearchDocument doc = new SearchDocument("incident", "1", "Titre", null, null, "/incidents/1",
                Set.of(Role.ANALYST), null, Instant.EPOCH);

        assertThat(doc.body()).isEmpty();
    }

    @Test
    void a_page_of_more_than_a_hundred_is_refused() {
        assertThatThrownBy(() -> SearchQuery.of("x").page(0, 101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_negative_offset_is_refused() {
        assertThatThrownBy(() -> SearchQuery.of("x").page(-1, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
