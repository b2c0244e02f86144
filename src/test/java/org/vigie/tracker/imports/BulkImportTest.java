package org.vigie.tracker.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.support.TestApp;
import org.vigie.tracker.recommendations.Position;
import org.vigie.tracker.recommendations.Recommendation;
import org.vigie.tracker.recommendations.RecommendationFilter;
import org.vigie.tracker.recommendations.Sdg;
import org.vigie.tracker.recommendations.SourceMechanism;

/** A file adding many recommendations at once: the secondary indexes are built anew, inside the import's transaction. */
class BulkImportTest {
    @TempDir
    static Path dir;
    static App app;
    static Jdbi jdbi;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.create(dir);
        // As the tables' owner: only it may drop and rebuild indexes, which the role that serves cannot.
        jdbi = org.vigie.db.Roles.owner(app);
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    @BeforeEach
    void empty() {
        jdbi.useHandle(h -> h.execute("TRUNCATE recommendation CASCADE"));
    }

    private static long wordsIndex() {
        return jdbi.withHandle(h -> h.createQuery("SELECT 'recommendation_words'::regclass::oid::bigint").mapTo(Long.class).one());
    }

    private static List<Recommendation> recommendations(String symbol, int n) {
        List<Recommendation> all = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            all.add(new Recommendation("Ratify the Convention number " + i, "en", SourceMechanism.UPR, 4, "57", symbol,
                    "140." + i, List.of("Ghana"), Position.SUPPORTED, List.of("Women's rights"), List.of("Women & girls"),
                    List.of(new Sdg("5")), null, null));
        }
        return all;
    }

    private static List<String> indexes() {
        return jdbi.withHandle(h -> h.createQuery("SELECT indexdef FROM pg_indexes WHERE tablename = 'recommendation' ORDER BY indexname")
                .mapTo(String.class).list());
    }

    private static long rows() {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM recommendation").mapTo(Long.class).one());
    }

    @Test
    void a_file_adding_many_rows_leaves_the_table_with_the_indexes_it_had() {
        List<String> before = indexes();
        long words = wordsIndex();
        RecommendationBatchStore store = new RecommendationBatchStore(10);

        RecommendationBatchStore.Counts counts = jdbi.inTransaction(h -> store.insertAllIfNew(h, recommendations("A/HRC/1/1", 50), "test"));

        assertThat(counts.added()).isEqualTo(50);
        assertThat(wordsIndex()).as("built anew").isNotEqualTo(words);
        assertThat(indexes()).isEqualTo(before).hasSizeGreaterThan(10);
    }

    @Test
    void a_file_adding_many_rows_is_searchable_by_words_through_the_rebuilt_trigram_index() {
        RecommendationBatchStore store = new RecommendationBatchStore(10);
        jdbi.useTransaction(h -> store.insertAllIfNew(h, recommendations("A/HRC/2/2", 30), "test"));

        assertThat(app.tracker().count(new RecommendationFilter(null, null, null, "number 17", null, null, null, null, null,
                null, 0, 50))).isPositive();
    }

    @Test
    void a_failure_after_the_indexes_were_dropped_leaves_table_and_indexes_as_they_were() {
        List<String> before = indexes();
        long rowsBefore = rows();
        RecommendationBatchStore store = new RecommendationBatchStore(10);

        assertThatThrownBy(() -> jdbi.useTransaction(h -> {
            store.insertAllIfNew(h, recommendations("A/HRC/3/3", 40), "test");
            throw new IllegalStateException("the audit entry failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(rows()).isEqualTo(rowsBefore);
        assertThat(indexes()).isEqualTo(before);
    }

    @Test
    void a_file_adding_few_rows_keeps_the_indexes_in_place() {
        RecommendationBatchStore store = new RecommendationBatchStore(1_000);
        long words = wordsIndex();

        jdbi.useTransaction(h -> store.insertAllIfNew(h, recommendations("A/HRC/4/4", 5), "test"));

        assertThat(wordsIndex()).isEqualTo(words);
    }
}
