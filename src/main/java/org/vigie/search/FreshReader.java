package org.vigie.search;

import java.io.IOException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;

/**
 * The near-real-time reader of the index: writes mark it behind, and a search that follows a write reopens it
 * from the writer's memory (no commit, no flush to disk) so that it sees every write that returned before it
 * began. Several writes between two searches cost one reopen.
 */
final class FreshReader implements AutoCloseable {
    private final SearcherManager searchers;
    private final Object reopening = new Object();
    /** Writes made, counted when each has returned; and how many of them the current reader holds. */
    private long written;
    private long seen;

    FreshReader(IndexWriter writer) throws IOException {
        this.searchers = new SearcherManager(writer, null);
    }

    synchronized void wrote() {
        written++;
    }

    private synchronized long writtenSoFar() {
        return written;
    }

    /** Reopens the reader if a write returned since it was opened; waits for a reopen already under way. */
    void catchUp() throws IOException {
        long target = writtenSoFar();
        synchronized (reopening) {
            if (seen >= target) {
                return;
            }
            long upTo = writtenSoFar();
            searchers.maybeRefreshBlocking();
            seen = upTo;
        }
    }

    IndexSearcher acquire() throws IOException {
        return searchers.acquire();
    }

    void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    @Override
    public void close() throws IOException {
        searchers.close();
    }
}
