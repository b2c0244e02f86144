package org.vigie.jobs;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.db.SqlFailures;

/**
 * Work done once per period by one node of many: every node looks every {@link JobSettings#check()} at each task;
 * the one that moves the task's next time on ({@code scheduled_task}, under {@code pg_try_advisory_xact_lock})
 * takes that period's turn, the others find it not due. A transaction-level lock is enough: the turn is decided
 * and recorded in one short transaction, so nothing is left held when a node dies, and no connection is kept
 * for it. A task that queues a job does so in the same transaction, so a node's death after its turn loses
 * nothing; a task run on the node (an audit checkpoint) runs after the commit and, if the node dies meanwhile,
 * waits for the next period.
 */
public final class Schedule implements AutoCloseable {
    /** When a task first falls due, the first time any node knows it: not at once, so that a start stays quick. */
    static final Duration FIRST = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(Schedule.class);

    private record Task(String name, Duration period, Runnable here, String kind, Map<String, String> parameters) {
    }

    private final JobStore store;
    private final Jobs jobs;
    private final String node;
    private final Duration check;
    private final List<Task> tasks = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "vigie-schedule");
        t.setDaemon(true);
        return t;
    });
    private boolean started;

    Schedule(JobStore store, Jobs jobs, String node, Duration check) {
        this.store = store;
        this.jobs = jobs;
        this.node = node;
        this.check = check;
    }

    /** Runs {@code task} on the node whose turn it is, once every {@code period} across all nodes (the first a minute after the first node that knows it starts). */
    public void every(String name, Duration period, Runnable task) {
        tasks.add(new Task(name, period, task, null, null));
    }

    /** Queues a job of {@code kind} once every {@code period} across all nodes (the first a minute after the first node that knows it starts); any node's worker runs it. */
    public void queueEvery(String name, Duration period, String kind, Map<String, String> parameters) {
        tasks.add(new Task(name, period, null, kind, Map.copyOf(parameters)));
    }

    synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        timer.scheduleWithFixedDelay(this::tick, 0, check.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void tick() {
        try {
            jobs.sweep();
        } catch (RuntimeException e) {
            LOG.warn("jobs: sweep failed: {}", SqlFailures.redacted(e).map(Throwable.class::cast).orElse(e).toString());
        }
        for (Task task : tasks) {
            try {
                if (takeTurn(task) && task.here() != null) {
                    task.here().run();
                }
            } catch (RuntimeException e) {
                LOG.warn("scheduled {} failed: {}", task.name(), SqlFailures.redacted(e).map(Throwable.class::cast).orElse(e).toString());
            }
        }
    }

    private boolean takeTurn(Task task) {
        store.ensureTask(task.name(), FIRST);
        return store.jdbi().inTransaction(h -> {
            if (!store.takeTurn(h, task.name(), node, task.period())) {
                return false;
            }
            if (task.kind() != null) {
                jobs.enqueueCoalesced(h, task.kind(), task.parameters(), Duration.ZERO);
            }
            return true;
        });
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
