package org.vigie.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.db.Database;
import org.vigie.db.Listener;

/**
 * This node among the others on one database: its heartbeat in {@code cluster_node}, and one thread that listens
 * ({@code LISTEN}) on a connection of its own, outside the pool, for the notifications writing transactions send at
 * their commit: {@code vigie_search} (a change in the search log) wakes the search follower, {@code vigie_cache}
 * makes the cache versions be read again. A notification can be lost (the listener reconnecting after an outage),
 * so the same thread also reads the versions every second, and the follower polls on its own: a lost notification
 * costs a second, never a change. Every few seconds it renews the heartbeat and runs the housekeeping given (the
 * search log's pruning).
 */
public final class Cluster implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Cluster.class);
    /** A node not seen for this long is taken for gone: it no longer holds the search log's pruning back. */
    public static final Duration STALE = Duration.ofMinutes(5);
    static final String SEARCH_CHANNEL = "vigie_search";
    static final String CACHE_CHANNEL = "vigie_cache";
    private static final long LISTEN_MILLIS = 250;
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration HEARTBEAT = Duration.ofSeconds(2);
    private static final Duration HOUSEKEEPING = Duration.ofSeconds(10);
    private static final long MAX_BACKOFF_MILLIS = 5000;

    private final NodeId node;
    private final String host;
    private final NodeStore registry;
    private final CacheVersions caches;
    private final List<Runnable> searchListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Duration>> housekeeping = new CopyOnWriteArrayList<>();
    private final Instant startedAt = Instant.now();
    private volatile Duration stale = STALE;
    private volatile int port;
    private volatile boolean closed;
    private Thread thread;
    private final Listener listening;
    private long backoffMillis;

    public Cluster(Database database, NodeId node, String host) {
        this.node = node;
        this.host = host;
        this.registry = new NodeStore(database.jdbi());
        this.caches = new CacheVersions(database.jdbi());
        this.listening = database.listener("vigie-listen", List.of(SEARCH_CHANNEL, CACHE_CHANNEL));
    }

    public NodeId node() {
        return node;
    }

    /** Runs {@code listener} (on the listener's thread: it must return at once) when another transaction changed the search log. */
    public void onSearchChange(Runnable listener) {
        searchListeners.add(listener);
    }

    /** Runs {@code drop} when the cache {@code name} (a row of {@code cache_version}) changed on any node, this one included. */
    public void onCacheChange(String name, Runnable drop) {
        caches.on(name, drop);
    }

    /** Runs {@code task} every few seconds with the time after which a silent node is taken for gone. */
    public void housekeeping(Consumer<Duration> task) {
        housekeeping.add(task);
    }

    /** How long a node may stay silent before it is taken for gone ({@link #STALE} unless changed; tests shorten it). */
    public void staleAfter(Duration d) {
        this.stale = d;
    }

    /** Writes this node's row now (before the search index catches up, so that pruning already counts its position). */
    public void register(int listeningPort) {
        this.port = listeningPort;
        registry.beat(node, host, port, startedAt);
    }

    /** Starts the listener's thread; {@code listeningPort} is where this node serves HTTP. */
    public synchronized Cluster start(int listeningPort) {
        this.port = listeningPort;
        if (thread == null) {
            thread = new Thread(this::run, "cluster-listen");
            thread.setDaemon(true);
            thread.start();
        }
        return this;
    }

    /** The nodes seen lately, this one included. */
    public List<String> liveNodes() {
        return registry.live(stale).stream().map(n -> n.id().toString()).toList();
    }

    private void run() {
        long nextPoll = 0;
        long nextBeat = 0;
        long nextHousekeeping = System.nanoTime() + HOUSEKEEPING.toNanos();
        while (!closed) {
            listenOnce();
            long now = System.nanoTime();
            if (now >= nextPoll) {
                nextPoll = now + POLL.toNanos();
                quietly("cache versions", caches::check);
            }
            if (now >= nextBeat) {
                nextBeat = now + HEARTBEAT.toNanos();
                quietly("heartbeat", () -> registry.beat(node, host, port, startedAt));
            }
            if (now >= nextHousekeeping) {
                nextHousekeeping = now + HOUSEKEEPING.toNanos();
                Duration s = stale;
                housekeeping.forEach(task -> quietly("housekeeping", () -> task.accept(s)));
            }
        }
        listening.close();
    }

    /** Waits up to a quarter second for notifications and hands them on; (re)connects first when needed. */
    private void listenOnce() {
        try {
            Listener.Received received = listening.await(Duration.ofMillis(LISTEN_MILLIS));
            if (received.reconnected()) {
                if (backoffMillis > 0) {
                    LOG.info("cluster: listening again after an outage");
                }
                backoffMillis = 0;
                // Notifications sent while no one listened are lost: look now rather than at the next poll.
                searchListeners.forEach(Runnable::run);
                quietly("cache versions", caches::check);
            }
            if (received.channels().contains(SEARCH_CHANNEL)) {
                searchListeners.forEach(Runnable::run);
            }
            if (received.channels().contains(CACHE_CHANNEL)) {
                quietly("cache versions", caches::check);
            }
        } catch (RuntimeException e) {
            listening.close();
            if (!closed) {
                backoffMillis = backoffMillis == 0 ? 250 : Math.min(MAX_BACKOFF_MILLIS, backoffMillis * 2);
                LOG.warn("cluster: listener connection lost ({}), again in {} ms", e.getMessage(), backoffMillis);
                pause(backoffMillis);
            }
        }
    }

    private void pause(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    private static void quietly(String what, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            // The database away: the supervisor reports it; this runs again at the next tick.
            LOG.debug("cluster: {} failed: {}", what, e.toString());
        }
    }

    /** Stops the listener (within a quarter second) and closes its connection; the node's row stays, ageing. */
    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            closed = true;
            t = thread;
        }
        if (t != null) {
            try {
                t.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else {
            listening.close();
        }
    }
}
