package org.vigie.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the search change log ({@link SearchPendingStore}) into this node's index: each pass reads the rows at or
 * above its position, reads every changed document again from its source and writes it (or removes it, when the
 * record is gone), and moves the position to the xmin of the snapshot it read with.
 *
 * <p>Why this loses nothing when transactions commit out of order: a position {@code H} is the xmin of a snapshot,
 * so every transaction below {@code H} had ended when that snapshot was taken and its rows, if committed, were
 * visible to it; a pass reads every row at or above {@code H} again, so a row of a transaction that commits late
 * (a lower {@code seq} than rows read already) is read by the first pass after its commit. Rows read before and
 * still at or above the new position are remembered by number, and not applied twice. The position is durable
 * once a Lucene commit holds what was applied below it ({@link GroupCommit}): it is written in that commit's data,
 * and copied to {@code search_cursor} for pruning.
 */
final class SearchFollower {
    private static final Logger LOG = LoggerFactory.getLogger(SearchFollower.class);
    /** The poll that makes a lost notification cost a second at most. */
    static final Duration POLL = Duration.ofSeconds(1);
    private static final int LOCAL_LIMIT = 100_000;

    /** The lag as {@code /health} shows it. */
    record Lag(long changesBehind, double secondsBehind, long position) {
    }

    private final SearchIndex index;
    private final SearchPendingStore log;
    private final Clock clock = Clock.systemUTC();
    private final Object passing = new Object();
    private final ReentrantLock wakeLock = new ReentrantLock();
    private final Condition woken = wakeLock.newCondition();
    private boolean wake;
    private volatile boolean stopped;
    private Thread thread;

    /** Reached: every row below is applied (perhaps not yet committed). */
    private volatile long horizon;
    /** Rows at or above the horizon already applied, by number; and rows this node indexed itself, not yet read back. */
    private final Set<Long> applied = new HashSet<>();
    private final Set<Long> local = new HashSet<>();
    private volatile long behind;
    private volatile Instant caughtUpAt;
    private volatile Instant oldestUnapplied;

    SearchFollower(SearchIndex index, SearchPendingStore log, long horizon) {
        this.index = index;
        this.log = log;
        this.horizon = horizon;
        this.caughtUpAt = clock.instant();
    }

    long reached() {
        return horizon;
    }

    /** Says that this node indexed, after its transaction committed, the document of log row {@code seq}. */
    void indexedHere(long seq) {
        synchronized (applied) {
            local.add(seq);
        }
    }

    /** Goes back to {@code position}, forgetting what was applied above it: after a rebuild, or a writer that lost its writes. */
    void resetTo(long position) {
        synchronized (passing) {
            synchronized (applied) {
                applied.clear();
                local.clear();
            }
            horizon = position;
        }
    }

    /**
     * Reads and applies every change above the position, page after page; returns how many changes it applied.
     *
     * @throws LogPruned when rows this node had not read were pruned (it was taken for gone): the index must be rebuilt
     */
    int pass() {
        synchronized (passing) {
            long from = horizon;
            long after = 0;
            long xmin = -1;
            int done = 0;
            List<SearchPendingStore.Change> read = new ArrayList<>();
            SearchPendingStore.Page page;
            do {
                page = log.read(from, after);
                if (xmin < 0) {
                    xmin = page.xmin();
                }
                List<SearchPendingStore.Change> fresh = unapplied(page.changes());
                noteBehind(fresh);
                done += index.applyChanges(fresh);
                read.addAll(page.changes());
                if (!page.changes().isEmpty()) {
                    after = page.changes().get(page.changes().size() - 1).seq();
                }
                remember(fresh);
            } while (page.full());
            SearchPendingStore.State state = log.state();
            if (state.prunedBelow() > from) {
                throw new LogPruned(from, state.prunedBelow());
            }
            moveTo(xmin, read);
            return done;
        }
    }

    private List<SearchPendingStore.Change> unapplied(List<SearchPendingStore.Change> changes) {
        synchronized (applied) {
            return changes.stream().filter(c -> !applied.contains(c.seq()) && !local.contains(c.seq())).toList();
        }
    }

    private void remember(List<SearchPendingStore.Change> fresh) {
        synchronized (applied) {
            fresh.forEach(c -> applied.add(c.seq()));
        }
    }

    /** The new position, keeping in memory only the rows read that are still at or above it. */
    private void moveTo(long xmin, List<SearchPendingStore.Change> read) {
        synchronized (applied) {
            Set<Long> readSeqs = new HashSet<>();
            Set<Long> stillAbove = new HashSet<>();
            for (SearchPendingStore.Change c : read) {
                readSeqs.add(c.seq());
                if (c.xid() >= xmin) {
                    stillAbove.add(c.seq());
                }
            }
            applied.retainAll(stillAbove);
            for (Long seq : new ArrayList<>(local)) {
                if (readSeqs.contains(seq)) {
                    local.remove(seq);
                    if (stillAbove.contains(seq)) {
                        applied.add(seq);
                    }
                }
            }
            if (local.size() > LOCAL_LIMIT) {
                // Rows this node indexed after a pass had already read them are never read back: dropping the
                // notes costs only reading such rows again, never a change.
                local.clear();
            }
            horizon = xmin;
        }
        behind = 0;
        oldestUnapplied = null;
        caughtUpAt = clock.instant();
    }

    private void noteBehind(List<SearchPendingStore.Change> fresh) {
        behind = fresh.size();
        oldestUnapplied = fresh.isEmpty() ? null : fresh.get(0).loggedAt();
    }

    /**
     * The lag: changes read but not applied yet (non-zero while a pass fails or works through a large import), and
     * how old the oldest of them is, or, when none waits, how long ago the last pass began to be true (everything
     * committed before it is searchable here).
     */
    Lag lag() {
        Instant now = clock.instant();
        Instant oldest = oldestUnapplied;
        Instant since = oldest != null ? oldest : caughtUpAt;
        double seconds = Math.max(0, Duration.between(since, now).toMillis() / 1000.0);
        return new Lag(behind, seconds, horizon);
    }

    /** Starts following in a thread of its own: a pass at each {@link #wake()} and at least every {@link #POLL}. */
    synchronized void start() {
        if (thread != null) {
            return;
        }
        thread = new Thread(this::run, "search-follow");
        thread.setDaemon(true);
        thread.start();
    }

    /** Asks for a pass soon: a notification came. */
    void wake() {
        wakeLock.lock();
        try {
            wake = true;
            woken.signalAll();
        } finally {
            wakeLock.unlock();
        }
    }

    /** Stops the thread and waits for a pass under way. */
    void stop() {
        Thread t;
        synchronized (this) {
            stopped = true;
            t = thread;
        }
        wake();
        if (t != null) {
            try {
                t.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        while (!stopped) {
            awaitWake();
            if (stopped) {
                return;
            }
            try {
                pass();
            } catch (LogPruned e) {
                LOG.warn("search: {}; rebuilding this node's index from the database", e.getMessage());
                index.rebuildFollowed();
            } catch (RuntimeException e) {
                // The database away, a writer closed by a fault: the position stays, and the next pass tries again.
                LOG.warn("search: following the change log failed, tried again in a second: {}", e.toString());
            }
        }
    }

    private void awaitWake() {
        wakeLock.lock();
        try {
            if (!wake) {
                woken.await(POLL.toMillis(), TimeUnit.MILLISECONDS);
            }
            wake = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        } finally {
            wakeLock.unlock();
        }
    }

    /** Rows this node had not read were pruned while it was away. */
    static final class LogPruned extends RuntimeException {
        LogPruned(long position, long prunedBelow) {
            super("the change log was pruned past this node's position (" + position + " < " + prunedBelow + ")");
        }
    }

    /** Distinct (kind, key) pairs in log order: one read per document and page however often it changed. */
    static Map<String, Set<String>> byKind(List<SearchPendingStore.Change> changes) {
        Map<String, Set<String>> keys = new HashMap<>();
        for (SearchPendingStore.Change c : changes) {
            keys.computeIfAbsent(c.kind(), k -> new LinkedHashSet<>()).add(c.id());
        }
        return keys;
    }
}
