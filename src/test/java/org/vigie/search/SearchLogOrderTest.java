package org.vigie.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.search.TestDocuments.french;
import static org.vigie.search.TestDocuments.paragraphs;
import static org.vigie.search.TestDocuments.titles;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.support.RunningVigie;

/**
 * The search log's order: a row's number is taken before its transaction commits, so a transaction that commits
 * late shows a row below rows a follower already read. The follower must still index it.
 */
class SearchLogOrderTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.notStarted();
    static Jdbi jdbi;
    static SearchPendingStore log;

    /** The documents the sources give, by id: what the database holds once a transaction has committed. */
    static final Map<String, SearchDocument> STORED = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeAll
    static void start() {
        jdbi = vigie.app().database().jdbi();
        log = new SearchPendingStore(jdbi);
    }

    @BeforeEach
    void emptyLog() {
        jdbi.useHandle(h -> h.execute("DELETE FROM search_log"));
        STORED.clear();
    }

    @Test
    void a_change_committed_after_a_later_numbered_one_was_read_is_still_indexed(@TempDir Path index) {
        try (SearchIndex search = SearchIndex.open(index, log); Handle early = jdbi.open(); Handle late = jdbi.open()) {
            search.catchUp(List.of(paragraphs(STORED)));
            early.begin();
            long first = log.add(early, "resolution-paragraph", "o1");
            late.begin();
            long second = log.add(late, "resolution-paragraph", "o2");
            late.commit();
            STORED.put("o2", french("o2", "Second", "Pillage du marché de Gao."));
            assertThat(first).isLessThan(second);

            assertThat(search.catchUp(List.of(paragraphs(STORED)))).as("only the committed change").isEqualTo(1);
            assertThat(titles(search, "pillage")).containsExactly("Second");

            early.commit();
            STORED.put("o1", french("o1", "Premier", "Incendie du grenier de Tombouctou."));
            assertThat(search.catchUp(List.of(paragraphs(STORED)))).as("the late commit, numbered below what was read").isEqualTo(1);
            assertThat(titles(search, "incendie")).containsExactly("Premier");
            assertThat(search.catchUp(List.of(paragraphs(STORED)))).as("nothing applied twice").isZero();
        }
    }

    @Test
    void a_late_commit_is_read_after_a_restart_when_the_index_closed_before_it(@TempDir Path index) {
        try (Handle early = jdbi.open()) {
            early.begin();
            log.add(early, "resolution-paragraph", "o3");
            try (SearchIndex search = SearchIndex.open(index, log)) {
                long done = jdbi.inTransaction(h -> log.add(h, "resolution-paragraph", "o4"));
                STORED.put("o4", french("o4", "Quatre", "Menaces contre des enseignants."));
                assertThat(done).isPositive();
                assertThat(search.catchUp(List.of(paragraphs(STORED)))).isEqualTo(1);
            }
            early.commit();
            STORED.put("o3", french("o3", "Trois", "Recrutement d'enfants soldats."));
        }
        try (SearchIndex reopened = SearchIndex.open(index, log)) {
            // o4 again too: the position its commit recorded could not pass the transaction then still open.
            assertThat(reopened.catchUp(List.of(paragraphs(STORED)))).isEqualTo(2);
            assertThat(titles(reopened, "recrutement")).containsExactly("Trois");
            assertThat(titles(reopened, "enseignants")).containsExactly("Quatre");
        }
    }

    @Test
    void a_rolled_back_change_is_passed_without_indexing_anything(@TempDir Path index) {
        try (SearchIndex search = SearchIndex.open(index, log); Handle aborted = jdbi.open()) {
            aborted.begin();
            log.add(aborted, "resolution-paragraph", "o5");
            assertThat(search.catchUp(List.of(paragraphs(STORED)))).isZero();
            aborted.rollback();
            assertThat(search.catchUp(List.of(paragraphs(STORED)))).isZero();
            assertThat(search.lag().changesBehind()).isZero();
        }
    }
}
