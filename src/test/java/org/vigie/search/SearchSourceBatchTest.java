package org.vigie.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** What a follower reads for a batch of changed keys: every key answered, a key whose record is gone with no document. */
class SearchSourceBatchTest {
    private final AtomicInteger walks = new AtomicInteger();
    private final SearchSource registry = new SearchSource() {
        @Override
        public String kind() {
            return "school";
        }

        @Override
        public void forEach(Consumer<SearchDocument> sink) {
            walks.incrementAndGet();
            for (int i = 1; i <= 1000; i++) {
                sink.accept(TestDocuments.visibleToAll("school", Integer.toString(i), "École " + i, "fermée", "fr"));
            }
        }
    };

    @Test
    void a_source_without_reads_by_key_answers_a_whole_batch_in_one_walk() {
        Map<String, List<SearchDocument>> found = SearchSource.byWalking(registry, List.of("7", "999", "4000", "7"));
        assertThat(walks).hasValue(1);
        assertThat(found).containsOnlyKeys("7", "999", "4000");
        assertThat(found.get("7")).extracting(SearchDocument::title).containsExactly("École 7");
        assertThat(found.get("999")).extracting(SearchDocument::title).containsExactly("École 999");
        assertThat(found.get("4000")).as("a record gone: no document, so the index drops it").isEmpty();
    }

    @Test
    void a_batch_read_by_ids_answers_every_key_and_ignores_keys_that_are_no_ids() {
        List<List<Long>> asked = new java.util.ArrayList<>();
        Map<String, List<SearchDocument>> found = SearchSource.byIds(List.of("12", "x", "40"), ids -> {
            asked.add(ids);
            return ids.stream().filter(id -> id == 12).toList();
        }, id -> TestDocuments.visibleToAll("recommendation", Long.toString(id), "R" + id, "texte", "fr"));
        assertThat(asked).as("one read for the batch").containsExactly(List.of(12L, 40L));
        assertThat(found).containsOnlyKeys("12", "x", "40");
        assertThat(found.get("12")).extracting(SearchDocument::title).containsExactly("R12");
        assertThat(found.get("40")).isEmpty();
        assertThat(found.get("x")).isEmpty();
    }

    @Test
    void by_default_a_batch_is_read_key_by_key_and_answers_every_key() {
        Map<String, List<SearchDocument>> found = registry.documentsOf(List.of("3", "5000"));
        assertThat(walks).as("the default reads each key (here by a walk each)").hasValue(2);
        assertThat(found.get("3")).hasSize(1);
        assertThat(found.get("5000")).isEmpty();
    }
}
