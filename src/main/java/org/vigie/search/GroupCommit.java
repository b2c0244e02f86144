package org.vigie.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Lucene commit for many writes: documents written since the last commit wait in the writer (searches see
 * them through the near-real-time reader), and each commit, made about once a second and at close, makes them
 * durable at once, then deletes the queue rows ({@link SearchPendingStore}) of the documents it holds.
 *
 * <p>A commit costs a flush to disk (tens to hundreds of milliseconds on a small, busy machine); made on every
 * write it was most of the time of recording an incident. A crash between a write and the next commit loses
 * nothing: the queue row of the change is still in the database and the change is indexed again at start.
 */
final class GroupCommit {
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);

    private static final long EVERY_MILLIS = 1000;

    private final Supplier<IndexWriter> writer;
    private final SearchPendingStore queue;
    private final Runnable heal;
    private final Lock notDuringRebuild;
    private final ScheduledExecutorService timer;
    /** Queue rows whose documents are in the writer but perhaps not yet in a commit. */
    private final List<Long> waiting = new ArrayList<>();

    /**
     * Starts committing about once a second.
     *
     * @param queue where the queue rows are, or {@code null} when nobody queues (an index without a database)
     * @param notDuringRebuild held while committing in the background, so that no commit lands halfway through a rebuild
     * @param heal              run after a failed commit, without the lock: reopens a writer that a fault closed
     */
    GroupCommit(Supplier<IndexWriter> writer, SearchPendingStore queue, Lock notDuringRebuild, Runnable heal) {
        this.writer = writer;
        this.queue = queue;
        this.heal = heal;
        this.notDuringRebuild = notDuringRebuild;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "search-commit");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::inBackground, EVERY_MILLIS, EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Stops the commits in the background and makes the last one; the caller holds off every other write. */
    void stopAndCommit() throws IOException {
        // shutdown, not shutdownNow: an interrupt would close the files a Lucene commit is writing.
        timer.shutdown();
        commit();
    }

    private void inBackground() {
        if (!notDuringRebuild.tryLock()) {
            return;
        }
        boolean failed = false;
        try {
            if (due()) {
                commit();
            }
        } catch (IOException | RuntimeException e) {
            failed = true;
            LOG.warn("search: group commit failed, retried in a second: {}", e.toString());
        } finally {
            notDuringRebuild.unlock();
        }
        if (failed) {
            heal.run();
        }
    }

    /** Forgets the rows of documents a closed writer lost: their rows stay in the queue, which is indexed again. */
    synchronized void forgetWaiting() {
        waiting.clear();
    }

    /** Says that the document of queue row {@code seq} is in the writer; call it after writing the document. */
    synchronized void written(long seq) {
        waiting.add(seq);
    }

    private boolean due() {
        synchronized (this) {
            if (!waiting.isEmpty()) {
                return true;
            }
        }
        return writer.get().hasUncommittedChanges();
    }

    /**
     * Commits everything the writer holds, then deletes the queue rows of the documents written before the
     * commit began. Rows of documents written during the commit wait for the next one.
     */
    void commit() throws IOException {
        List<Long> held = drain();
        try {
            writer.get().commit();
        } catch (IOException | RuntimeException e) {
            restore(held);
            throw e;
        }
        forget(held);
    }

    private synchronized List<Long> drain() {
        List<Long> held = new ArrayList<>(waiting);
        waiting.clear();
        return held;
    }

    private synchronized void restore(List<Long> held) {
        waiting.addAll(0, held);
    }

    private void forget(List<Long> held) {
        if (queue == null || held.isEmpty()) {
            return;
        }
        try {
            queue.remove(held);
        } catch (RuntimeException e) {
            // The documents are committed; the rows are deleted at the next commit (the database may be away for a
            // moment), and if Vigie stops first they are only indexed once more at the next start.
            restore(held);
            LOG.warn("search: {} queue rows not deleted after a commit, retried at the next: {}",
                    held.size(), e.getClass().getSimpleName());
        }
    }
}
