package org.vigie.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
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
 * durable at once, with the position in the change log that they cover ({@link SearchFollower#reached()}, read
 * before the commit began, so that every change below it is in the writer) in the commit's data; the position is
 * then copied to {@code search_cursor}, which pruning reads.
 *
 * <p>A commit costs a flush to disk (tens to hundreds of milliseconds on a small, busy machine); made on every
 * write it was most of the time of recording an incident. A crash between a write and the next commit loses
 * nothing: the change's row in the log is above the position the last commit recorded, and is read again at start.
 */
final class GroupCommit {
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);

    static final String HORIZON_KEY = "vigie.search-log.horizon";
    static final String EPOCH_KEY = "vigie.search-log.epoch";
    private static final long EVERY_MILLIS = 1000;
    /** With no document to commit, a position that moved is recorded this often: a commit of its data only. */
    private static final long POSITION_EVERY_MILLIS = 10_000;

    private final Supplier<IndexWriter> writer;
    private final Runnable heal;
    private final Lock notDuringRebuild;
    private final ScheduledExecutorService timer;
    private volatile SearchFollower follower;
    private volatile SearchPendingStore log;
    private volatile String epoch;
    private long stamped = -1;
    private long stampedAtMillis;

    /**
     * Starts committing about once a second.
     *
     * @param notDuringRebuild held while committing in the background, so that no commit lands halfway through a rebuild
     * @param heal             run after a failed commit, without the lock: reopens a writer that a fault closed
     */
    GroupCommit(Supplier<IndexWriter> writer, Lock notDuringRebuild, Runnable heal) {
        this.writer = writer;
        this.heal = heal;
        this.notDuringRebuild = notDuringRebuild;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "search-commit");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::inBackground, EVERY_MILLIS, EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** From now on, each commit records the position {@code follower} reached in {@code log}, whose identity is {@code epoch}. */
    synchronized void recordPositions(SearchFollower follower, SearchPendingStore log, String epoch) {
        this.follower = follower;
        this.log = log;
        this.epoch = epoch;
    }

    /** The log's identity changed (a rebuild after a restore): the next commit records the new one. */
    synchronized void epoch(String epoch) {
        this.epoch = epoch;
    }

    /** Stops the commits in the background and makes the last one; the caller holds off every other write. */
    void stopAndCommit() throws IOException {
        // shutdown, not shutdownNow: an interrupt would close the files a Lucene commit is writing.
        timer.shutdown();
        commit(true);
    }

    private void inBackground() {
        if (!notDuringRebuild.tryLock()) {
            return;
        }
        boolean failed = false;
        try {
            commit(false);
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

    /** Commits everything the writer holds, with the position it covers. */
    void commit() throws IOException {
        commit(true);
    }

    private synchronized void commit(boolean always) throws IOException {
        SearchFollower f = follower;
        // Read before looking at the writer: every change below it was written before, so this commit holds it.
        long reached = f == null ? -1 : f.reached();
        IndexWriter w = writer.get();
        long now = System.currentTimeMillis();
        boolean moved = reached >= 0 && reached != stamped;
        if (!w.hasUncommittedChanges() && !(moved && (always || now - stampedAtMillis >= POSITION_EVERY_MILLIS))) {
            return;
        }
        if (reached >= 0) {
            w.setLiveCommitData(with(w.getLiveCommitData(), Map.of(HORIZON_KEY, Long.toString(reached), EPOCH_KEY, epoch)).entrySet());
        }
        w.commit();
        if (moved) {
            stamped = reached;
            stampedAtMillis = now;
            recordCursor(reached);
        }
    }

    private void recordCursor(long position) {
        SearchPendingStore l = log;
        if (l == null) {
            return;
        }
        try {
            l.moved(position);
        } catch (RuntimeException e) {
            // The database away for a moment: pruning waits for the next position written.
            LOG.warn("search: this node's position in the change log not written, retried later: {}", e.getClass().getSimpleName());
            stamped = -1;
        }
    }

    /** The commit data of the writer with {@code extra} set over it (the layout and the position live side by side). */
    static Map<String, String> with(Iterable<Map.Entry<String, String>> live, Map<String, String> extra) {
        Map<String, String> data = new HashMap<>();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        data.putAll(extra);
        return data;
    }

    /** The value of {@code key} in the writer's last commit data, or null. */
    static String read(Iterable<Map.Entry<String, String>> live, String key) {
        if (live != null) {
            for (Map.Entry<String, String> e : live) {
                if (key.equals(e.getKey())) {
                    return e.getValue();
                }
            }
        }
        return null;
    }
}
