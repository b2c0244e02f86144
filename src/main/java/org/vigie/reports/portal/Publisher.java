package org.vigie.reports.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.audit.AuditEvent;
import org.vigie.audit.AuditStore;
import org.vigie.jobs.Jobs;

/**
 * The publish step: reads verified data once, puts every count under disclosure control
 * ({@link PublicStatistics}), and stores the result as a {@link Snapshot} ({@link SnapshotStore}), audited
 * with who or what asked. It runs when an analyst verifies or reopens an incident (at once; verifications made
 * meanwhile join it), on a schedule (hourly by default, {@code VIGIE_PUBLISH_EVERY}),
 * and by hand ({@code vigie publish}). The portal reads only what this stored. In a running server the first two
 * go through the job table ({@link #runThrough}), so that with many nodes each happens once; a command that
 * changes verified data beside no server publishes on this process's own timer, as before.
 */
public final class Publisher implements AutoCloseable {
    /**
     * How long after a verification the snapshot is made. None: the public page follows a verification within
     * about a second on every node (issue 18). Verifications made while the publication waits in the job table for
     * a worker, or while one is computed, still join one snapshot (the job is coalesced).
     */
    static final Duration AFTER_VERIFICATION = Duration.ZERO;
    /** The kind of the publication's jobs, and the name of its schedule. */
    public static final String JOB = "publication";
    private static final Logger LOG = LoggerFactory.getLogger(Publisher.class);

    /** A publication made: the snapshot stored (a new one, or the latest when nothing changed) and its content. */
    public record Publication(long id, String digest, boolean changed, Snapshot snapshot) {
    }

    private final Jdbi jdbi;
    private final PublicStatistics statistics;
    private final AuditStore audit;
    private final Clock clock;
    private final SnapshotStore store;
    private Duration afterVerification = AFTER_VERIFICATION;
    private final String state;
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "publication");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> pending;
    private Jobs jobs;
    private String pendingBy;

    /** {@code state}: the State Vigie follows, whose recommendations the portal lists. */
    public Publisher(Jdbi jdbi, PublicStatistics statistics, AuditStore audit, Clock clock, String state) {
        this.state = state;
        this.jdbi = jdbi;
        this.statistics = statistics;
        this.audit = audit;
        this.clock = clock;
        this.store = new SnapshotStore(jdbi);
    }

    /** The schedule's period: {@code VIGIE_PUBLISH_EVERY_MINUTES} (60 when unset; at least 1). */
    public static Duration every(java.util.Map<String, String> env) {
        String v = env.get("VIGIE_PUBLISH_EVERY_MINUTES");
        if (v == null || v.isBlank()) {
            return Duration.ofHours(1);
        }
        try {
            return Duration.ofMinutes(Math.max(1, Long.parseLong(v.strip())));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("VIGIE_PUBLISH_EVERY_MINUTES: a number of minutes, not \"" + v + "\"");
        }
    }

    /**
     * Publishes through the job table from now on (issue 18): the publication after verifications becomes one
     * queued job of {@link #JOB} that any node's worker runs, verifications on every node meanwhile joining it,
     * and {@code every} the schedule queues one, on one node per period.
     */
    public void runThrough(Jobs jobs, Duration every) {
        jobs.register(JOB, run -> {
            Publication p = publish(run.parameters().getOrDefault("who", "schedule"), run.parameters().getOrDefault("trigger", "schedule"));
            if (p.changed()) {
                LOG.info("Published snapshot {} ({}).", p.id(), run.parameters().get("trigger"));
            }
            return "{\"snapshot\":" + p.id() + ",\"changed\":" + p.changed() + "}";
        });
        jobs.schedule().queueEvery(JOB, every, JOB, java.util.Map.of("who", "schedule", "trigger", "schedule"));
        synchronized (this) {
            this.jobs = jobs;
        }
    }

    /** How long after a verification to publish (default {@link #AFTER_VERIFICATION}): verifications meanwhile share it. */
    synchronized void afterVerification(Duration delay) {
        this.afterVerification = delay;
    }

    /** Publishes soon, for {@code who} who verified: after {@link #AFTER_VERIFICATION}, once for every verification meanwhile. */
    public synchronized void soon(String who) {
        if (jobs != null) {
            jobs.submitCoalesced(JOB, java.util.Map.of("who", who, "trigger", "verification"), afterVerification);
            return;
        }
        pendingBy = who;
        if (pending == null || pending.isDone()) {
            pending = background.schedule(() -> quietly(pendingBy(), "verification"), afterVerification.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private synchronized String pendingBy() {
        return pendingBy;
    }

    /** Computes a snapshot now and stores it unless it equals the latest; audited when stored. */
    public Publication publish(String who, String trigger) {
        Snapshot s = compute();
        return jdbi.inTransaction(h -> {
            // One publication at a time, whichever node asks (issue 18): the others wait and find theirs stored.
            h.execute("SELECT pg_advisory_xact_lock(hashtext('vigie.publication'))");
            Optional<SnapshotStore.Stored> before = store.latest(h);
            SnapshotStore.Stored stored = store.save(h, s, who, trigger);
            boolean changed = before.isEmpty() || before.get().id() != stored.id();
            if (changed) {
                audit.record(h, AuditEvent.of(who, "publication.made", "publication:" + stored.id(), "local")
                        .with("trigger", trigger).with("digest", stored.digest()));
            }
            return new Publication(stored.id(), stored.digest(), changed, s);
        });
    }

    /** The snapshot of verified data now, stored nowhere. */
    public Snapshot compute() {
        int current = LocalDate.now(clock).getYear();
        List<Snapshot.Year> years = new ArrayList<>();
        for (int y = current; y >= PublicStatistics.FIRST_YEAR; y--) {
            years.add(statistics.snapshotYear(y));
        }
        return new Snapshot(Snapshot.FORMAT, clock.instant(), years, statistics.snapshotRecommendations(),
                jdbi.withHandle(h -> store.recommendations(h, state)));
    }

    /** The latest stored snapshot's row, if any was made. */
    Optional<SnapshotStore.Stored> latest() {
        return store.latest();
    }

    Optional<Snapshot> content(long id) {
        return store.content(id);
    }

    /** The snapshots kept, newest first, for the analysts' list. */
    public List<SnapshotStore.Stored> history(int limit) {
        return store.list(limit);
    }

    private void quietly(String who, String trigger) {
        try {
            Publication p = publish(who, trigger);
            if (p.changed()) {
                LOG.info("Published snapshot {} ({}).", p.id(), trigger);
            }
        } catch (RuntimeException e) {
            LOG.warn("Publication ({}) failed: {}; the portal keeps the previous snapshot.", trigger, e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        background.shutdownNow();
    }
}
