package org.vigie.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.search.TestDocuments.french;
import static org.vigie.search.TestDocuments.paragraphs;
import static org.vigie.search.TestDocuments.titles;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.jdbi.v3.core.Jdbi;
import org.vigie.support.RunningVigie;

/**
 * Writes left to the group commit: seen by the next search at once, durable at the next commit, and a change
 * whose document never reached the index's disk (the process killed in between) indexed again from the queue.
 */
class SearchQueueTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.notStarted();
    static Jdbi jdbi;
    static SearchPendingStore queue;

    @BeforeAll
    static void start() {
        jdbi = vigie.app().database().jdbi();
        queue = new SearchPendingStore(jdbi);
    }

    @BeforeEach
    void emptyQueue() {
        jdbi.useHandle(h -> h.execute("DELETE FROM search_log"));
    }

    private static long queued(String id) {
        return jdbi.inTransaction(h -> queue.add(h, "resolution-paragraph", id));
    }

    /** The changes an index opened now on {@code index} would read again from the log: those its last commit does not hold. */
    private static int changesBehind(Path index, SearchSource source) {
        try (SearchIndex reopened = SearchIndex.open(index, queue)) {
            return reopened.catchUp(List.of(source));
        }
    }

    @Test
    void a_queued_write_is_found_by_the_very_next_search(@TempDir Path index) {
        try (SearchIndex search = SearchIndex.open(index, queue)) {
            search.index(french("q1", "Titre", "Exécutions sommaires à Sangha."), queued("q1"));

            assertThat(titles(search, "executions")).containsExactly("Titre");
        }
    }

    @Test
    void closing_the_index_commits_queued_writes_and_the_position_past_them(@TempDir Path index) {
        try (SearchIndex search = SearchIndex.open(index, queue)) {
            search.index(french("q2", "Titre", "Disparitions forcées."), queued("q2"));
        }

        assertThat(changesBehind(index, paragraphs())).isZero();
        try (SearchIndex reopened = SearchIndex.open(index, queue)) {
            assertThat(titles(reopened, "disparitions")).containsExactly("Titre");
        }
    }

    @Test
    void a_change_queued_but_never_indexed_is_indexed_when_the_index_catches_up(@TempDir Path index) {
        queued("q3");
        SearchSource source = paragraphs(french("q3", "Rattrapé", "Attaque contre une école."));

        try (SearchIndex search = SearchIndex.open(index, queue)) {
            assertThat(search.catchUp(List.of(source))).isEqualTo(1);
            assertThat(titles(search, "ecole")).containsExactly("Rattrapé");
        }
        assertThat(changesBehind(index, source)).isZero();
    }

    @Test
    void catching_up_removes_the_document_of_a_record_that_no_longer_exists(@TempDir Path index) {
        try (SearchIndex search = SearchIndex.open(index, queue)) {
            search.index(french("q4", "Supprimé", "Enlèvement d'enfants."));
            queued("q4");

            search.catchUp(List.of(paragraphs()));

            assertThat(titles(search, "enlevement")).isEmpty();
        }
    }
}
