package org.vigie.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.search.TestDocuments.analyst;
import static org.vigie.search.TestDocuments.french;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SearchConcurrencyTest {

    @Test
    void writes_and_searches_from_several_threads_lose_no_document() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (SearchIndex index = SearchIndex.inMemory()) {
            List<Future<?>> tasks = new ArrayList<>();
            for (int writer = 0; writer < 2; writer++) {
                int w = writer;
                tasks.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        index.index(french(w + "-" + i, "Titre", "Violences sexuelles signalées."));
                    }
                }));
            }
            for (int reader = 0; reader < 2; reader++) {
                tasks.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        index.search(SearchQuery.of("violence"), analyst());
                    }
                }));
            }
            for (Future<?> task : tasks) {
                task.get(30, TimeUnit.SECONDS);
            }

            assertThat(index.search(SearchQuery.of("violence"), analyst()).total()).isEqualTo(100);
        } finally {
            pool.shutdownNow();
        }
    }
}
