package org.vigie.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigie.search.TestDocuments.french;
import static org.vigie.search.TestDocuments.paragraphs;
import static org.vigie.search.TestDocuments.titles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.support.RunningVigie;

/**
 * A disk that fills up under the index (Lucene closes its writer on a failed flush, and every later call then
 * fails with AlreadyClosedException): once space returns, writes and searches work again without a restart,
 * and a change recorded while the disk was full is found, indexed again from the database queue.
 */
class SearchWriterHealingTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.notStarted();
    static Jdbi jdbi;
    static SearchPendingStore queue;

    @BeforeAll
    static void start() {
        jdbi = vigie.app().database().jdbi();
        queue = new SearchPendingStore(jdbi);
    }

    @Test
    void after_a_full_disk_the_index_takes_writes_again_and_finds_what_was_queued_meanwhile(@TempDir Path path) throws Exception {
        FullDisk disk = new FullDisk(FSDirectory.open(path));
        SearchDocument during = french("h2", "Pendant", "Exécutions sommaires à Sangha.");
        try (SearchIndex search = SearchIndex.over(disk, queue)) {
            search.catchUp(List.of(paragraphs(during)));
            search.index(french("h1", "Avant", "Disparitions forcées à Mopti."));

            disk.full = true;
            assertThatThrownBy(() -> search.index(french("hx", "Refusé", "Pillage."))).isInstanceOf(RuntimeException.class);
            long row = jdbi.inTransaction(h -> queue.add(h, "resolution-paragraph", "h2"));
            search.index(during, row);
            disk.full = false;

            search.index(french("h3", "Après", "Attaque contre une école."));
            assertThat(titles(search, "disparitions")).containsExactly("Avant");
            assertThat(titles(search, "ecole")).containsExactly("Après");
            assertThat(titles(search, "executions")).as("the change queued while the disk was full").containsExactly("Pendant");
        }
    }

    /** A directory whose disk can be declared full: no file can then be created or written. */
    static final class FullDisk extends FilterDirectory {
        volatile boolean full;

        FullDisk(FSDirectory in) {
            super(in);
        }

        @Override
        public IndexOutput createOutput(String name, IOContext context) throws IOException {
            refuseIfFull();
            return super.createOutput(name, context);
        }

        @Override
        public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
            refuseIfFull();
            return super.createTempOutput(prefix, suffix, context);
        }

        @Override
        public void sync(java.util.Collection<String> names) throws IOException {
            refuseIfFull();
            super.sync(names);
        }

        private void refuseIfFull() throws IOException {
            if (full) {
                throw new IOException("No space left on device");
            }
        }
    }
}
