package org.vigie.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index written by an earlier version is rebuilt once at start, then its layout is remembered in its commits. */
class IndexLayoutTest {
    @TempDir
    Path dir;

    @Test
    void an_index_without_the_current_layout_is_rebuilt_once_and_remembered_across_restarts() {
        try (SearchIndex index = SearchIndex.open(dir)) {
            assertThat(index.layoutCurrent()).isFalse();
            assertThat(index.rebuildIfLayoutChanged(List.of())).isNotNull();
            assertThat(index.layoutCurrent()).isTrue();
            index.index(new SearchDocument("note", "1", "A title", "Some words", "en", "/notes/1", java.util.Set.of(org.vigie.security.Role.ANALYST), null, java.time.Instant.now()));
        }
        try (SearchIndex index = SearchIndex.open(dir)) {
            assertThat(index.layoutCurrent()).as("kept by the later commit").isTrue();
            assertThat(index.rebuildIfLayoutChanged(List.of())).isNull();
        }
    }
}
