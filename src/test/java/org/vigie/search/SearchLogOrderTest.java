package org.vigie.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.search.TestDocuments.analyst;
import static org.vigie.search.TestDocuments.french;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.support.TestApp;

/**
 * The search log's order: a row's number is taken before its transaction commits, so a transaction that commits
 * late shows a row below rows a follower already read. The follower must still index it.
 */
class SearchLogOrderTest {
    @TempDir
    static Path dir;
    static App app;
    static Jdbi jdbi;
    static SearchPendingStore log;

    /** The documents the sources give, by id: what the database holds once a transaction has committed. */
    static final Map<String, SearchDocument> STORED = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.create(dir.resolve("app"));
        jdbi = app.database().jdbi();
        log = new SearchPendingStore(jdbi);
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    @BeforeEach
    void emptyLog() {
        jdbi.useHandle(h -> h.execute("DELETE FROM search_log"));
        STORED.clear();
    }

    @Test
    void a_change_committed_after_a_later_numbered_one_was_read_is_still_indexed(@TempDir Path index) {
        try (SearchIndex search = SearchIndex.open(index, log); Handle early = jdbi.open(); Handle late = jdbi.open()) {
            search.catchUp(List.of(source()));
            early.begin();
            long first = log.add(early, "resolution-paragraph", "o1");
            late.begin();
            long second = log.add(late, "resolution-paragraph", "o2");
            late.commit();
            STORED.put("o2", french("o2", "Second", "Pillage du marché de Gao."));
            assertThat(first).isLessThan(second);

            assertThat(search.catchUp(List.of(source()))).as("only the committed change").isEqualTo(1);
            assertThat(titles(search, "pillage")).containsExactly("Second");

            early.commit();
            STORED.put("o1", french("o1", "Premier", "Incendie du grenier de Tombouctou."));
            assertThat(search.catchUp(List.of(source()))).as("the late commit, numbered below what was read").isEqualTo(1);
            assertThat(titles(search, "incendie")).containsExactly("Premier");
            assertThat(search.catchUp(List.of(source()))).as("nothing applied twice").isZero();
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
                assertThat(search.catchUp(List.of(source()))).isEqualTo(1);
            }
            early.commit();
            STORED.put("o3", french("o3", "Trois", "Recrutement d'enfants soldats."));
        }
        try (SearchIndex reopened = SearchIndex.open(index, log)) {
            // o4 again too: the position its commit recorded could not pass the transaction then still open.
            assertThat(reopened.catchUp(List.of(source()))).isEqualTo(2);
            assertThat(titles(reopened, "recrutement")).containsExactly("Trois");
            assertThat(titles(reopened, "enseignants")).containsExactly("Quatre");
        }
    }

    @Test
    void a_rolled_back_change_is_passed_without_indexing_anything(@TempDir Path index) {
        try (SearchIndex search = SearchIndex.open(index, log); Handle aborted = jdbi.open()) {
            aborted.begin();
            log.add(aborted, "resolution-paragraph", "o5");
            assertThat(search.catchUp(List.of(source()))).isZero();
            aborted.rollback();
            assertThat(search.catchUp(List.of(source()))).isZero();
            assertThat(search.lag().changesBehind()).isZero();
        }
    }

    private static List<String> titles(SearchIndex index, String text) {
        return index.search(SearchQuery.of(text), analyst()).hits().stream().map(SearchHit::title).toList();
    }

    private static SearchSource source() {
        return new SearchSource() {
            @Override
            public String kind() {
                return "resolution-paragraph";
            }

            @Override
            public void forEach(Consumer<SearchDocument> sink) {
                STORED.values().forEach(sink);
            }

            @Override
            public Optional<SearchDocument> document(String id) {
                return Optional.ofNullable(STORED.get(id));
            }
        };
    }
}
