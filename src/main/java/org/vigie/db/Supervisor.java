package org.vigie.db;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the database from a thread of its own and keeps what it saw in {@link #health()}, which costs
 * nothing to read. The embedded server's postmaster is looked at ten times a second; when it is gone the
 * supervisor starts it again (PostgreSQL's crash recovery replays the WAL, so nothing committed is lost),
 * with a growing pause between failed attempts, and says why it fails. Any server, embedded or external,
 * is also probed with a query on a connection of the probe's own, outside the pool.
 */
final class Supervisor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Supervisor.class);
    private static final long TICK_MILLIS = 100;
    private static final long PROBE_EVERY_MILLIS = 500;
    private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private final EmbeddedServer embedded;
    private final Probe probe;
    private final Clock clock;
    private final Thread thread;
    private final List<Consumer<DatabaseOutage>> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> lossListeners = new CopyOnWriteArrayList<>();
    private volatile DatabaseHealth health;
    private volatile boolean closed;
    private ProcessHandle postmaster;
    private int failedProbes;
    private Instant lostAt;

    Supervisor(EmbeddedServer embedded, Probe probe, Clock clock) {
        this.embedded = embedded;
        this.probe = probe;
        this.clock = clock;
        this.health = DatabaseHealth.up(clock.instant());
        this.thread = new Thread(this::run, "db-supervisor");
        thread.setDaemon(true);
    }

    Supervisor start() {
        thread.start();
        return this;
    }

    DatabaseHealth health() {
        return health;
    }

    void whenRecovered(Consumer<DatabaseOutage> listener) {
        listeners.add(listener);
    }

    /** Calls {@code listener} on the supervisor's thread each time the database is found gone. */
    void whenLost(Runnable listener) {
        lossListeners.add(listener);
    }

    private void lost() {
        for (Runnable listener : lossListeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("database: a listener of the outage failed: {}", e.getClass().getSimpleName());
            }
        }
    }

    private void run() {
        long nextProbe = 0;
        while (!closed) {
            try {
                if (embedded != null && !postmasterAlive()) {
                    restartUntilUp();
                    nextProbe = 0;
                } else if (System.nanoTime() >= nextProbe) {
                    probeOnce();
                    nextProbe = System.nanoTime() + PROBE_EVERY_MILLIS * 1_000_000;
                }
                Thread.sleep(TICK_MILLIS);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.error("database supervisor: unexpected failure, watching on", e);
            }
        }
    }

    private boolean postmasterAlive() {
        if (postmaster == null || !postmaster.isAlive()) {
            try {
                postmaster = embedded.postmaster().orElse(null);
            } catch (IOException e) {
                postmaster = null;
            }
        }
        return postmaster != null && postmaster.isAlive() && !zombie(postmaster.pid());
    }

    /**
     * A killed postmaster stays a zombie until whoever adopted it reaps it (pg_ctl, its parent, has exited), and
     * {@link ProcessHandle#isAlive} counts a zombie as alive; Linux's {@code /proc} says which it is.
     */
    private static boolean zombie(long pid) {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", Long.toString(pid), "stat"));
            int end = stat.lastIndexOf(')');
            return end > 0 && end + 2 < stat.length() && stat.charAt(end + 2) == 'Z';
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void probeOnce() {
        Optional<String> failure = probe.check();
        if (failure.isEmpty()) {
            failedProbes = 0;
            if (!health.isUp()) {
                recovered(false, 1, health.reason());
            }
            return;
        }
        // Two misses in a row, not one: a probe that waits behind a checkpoint on a busy machine is not an outage.
        boolean wasUp = health.isUp();
        if (++failedProbes >= 2 && wasUp) {
            lostAt = clock.instant();
            LOG.warn("database: not answering ({}); requests are refused until it does", failure.get());
        }
        if (failedProbes >= 2) {
            health = new DatabaseHealth(DatabaseHealth.Status.DOWN, failure.get(), lostAt);
            if (wasUp) {
                lost();
            }
        }
    }

    private void restartUntilUp() throws InterruptedException {
        lostAt = health.isUp() ? clock.instant() : lostAt;
        String cause = "postgres stopped";
        health = new DatabaseHealth(DatabaseHealth.Status.RESTARTING, cause, lostAt);
        LOG.error("database: the embedded PostgreSQL stopped; restarting it");
        lost();
        Duration pause = FIRST_PAUSE;
        for (int attempt = 1; !closed; attempt++) {
            try {
                embedded.restart();
                postmaster = null;
                Optional<String> failure = awaitAnswer();
                if (failure.isEmpty()) {
                    recovered(true, attempt, cause);
                    return;
                }
                throw new IOException(failure.get());
            } catch (IOException | RuntimeException e) {
                String why = rootMessage(e) + embedded.lastComplaint().map(c -> "; server's last word: " + c).orElse("");
                health = new DatabaseHealth(DatabaseHealth.Status.RESTARTING,
                        "attempt " + attempt + " failed (" + why + "), next in " + pause.toMillis() + " ms", lostAt);
                LOG.error("database: restart attempt {} failed, next in {} ms: {}", attempt, pause.toMillis(), why);
                Thread.sleep(pause.toMillis());
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    /**
     * Probes the server just started until it answers, for as long as its postmaster lives: it may still be
     * finishing crash recovery ("not yet accepting connections"), and stopping it then to start again would
     * only begin the recovery anew.
     */
    private Optional<String> awaitAnswer() throws InterruptedException {
        long deadline = System.nanoTime() + STARTUP_WAIT.toNanos();
        Optional<String> failure = probe.check();
        while (failure.isPresent() && System.nanoTime() < deadline && postmasterAlive() && !closed) {
            Thread.sleep(TICK_MILLIS);
            failure = probe.check();
        }
        return failure;
    }

    private void recovered(boolean restarted, int attempts, String cause) {
        Instant now = clock.instant();
        Instant lost = lostAt == null ? now : lostAt;
        DatabaseOutage outage = new DatabaseOutage(lost, Duration.between(lost, now), restarted, attempts, cause);
        health = DatabaseHealth.up(now);
        failedProbes = 0;
        lostAt = null;
        LOG.warn("database: back after {} ms ({}{})", outage.downtime().toMillis(),
                restarted ? "restarted, attempts: " + attempts + ", " : "", cause);
        for (Consumer<DatabaseOutage> listener : listeners) {
            try {
                listener.accept(outage);
            } catch (RuntimeException e) {
                LOG.warn("database: the outage could not be recorded: {}",
                        SqlFailures.describe(e).orElse(e.getClass().getSimpleName()));
            }
        }
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        probe.close();
    }
}
