package org.vigie.jobs;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.crypto.EncryptedColumn;
import org.vigie.crypto.FieldCipher;
import org.vigie.db.SqlFailures;
import org.vigie.errors.InvalidInput;

/**
 * Background work that runs once, on whichever node's worker takes it first, and survives the node that
 * started it. A capability registers a {@link Handler} for its kind on every node; {@link #submit} writes a job
 * (its input encrypted in {@code job_input}); each node's {@link JobSettings#workers()} workers claim due jobs,
 * renew their lease and write their progress while they run (at most every {@link #PROGRESS_EVERY}), and record
 * the result or the failure. A job whose node died is taken again once its lease expired, at most
 * {@link #MAX_ATTEMPTS} times in all, then failed with {@code jobs.abandoned}; a handler must therefore be safe
 * to run again after an interruption (an import is one transaction: an interrupted one wrote nothing). Ended
 * jobs are kept {@link #KEPT} for their page, then deleted.
 */
public final class Jobs implements AutoCloseable {
    public static final int MAX_ATTEMPTS = 3;
    public static final Duration KEPT = Duration.ofMinutes(30);
    public static final Duration PROGRESS_EVERY = Duration.ofMillis(250);
    /** How long an idle worker waits before it looks for a due job again. */
    static final Duration POLL = Duration.ofMillis(500);
    private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);

    /** A kind's work: returns the result its page reads (JSON, or null), or throws the {@link InvalidInput} that refuses the input. */
    @FunctionalInterface
    public interface Handler {
        String run(JobRun run) throws Exception;
    }

    /** A job's input: a file's name and content. */
    public record Input(String name, byte[] content) {
    }

    /** At most {@code max} jobs of {@code kinds} queued or running at once, counted on every node. */
    public record Limit(String group, Collection<String> kinds, int max) {
    }

    private final JobStore store;
    private final FieldCipher cipher;
    private final JobSettings settings;
    private final String node;
    private final Schedule schedule;
    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final ExecutorService workers;
    private final ScheduledExecutorService heartbeats;
    private volatile boolean running;

    public Jobs(org.jdbi.v3.core.Jdbi jdbi, FieldCipher cipher, JobSettings settings, String node) {
        this.store = new JobStore(jdbi);
        this.cipher = cipher;
        this.settings = settings;
        this.node = node;
        this.schedule = new Schedule(store, this, node, settings.check());
        this.workers = Executors.newFixedThreadPool(settings.workers(), daemon("vigie-job"));
        this.heartbeats = Executors.newSingleThreadScheduledExecutor(daemon("vigie-job-lease"));
    }

    /** This node's name in the job table: host, process and a random part (several nodes may share a process in tests). */
    public static String nodeName() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "unknown";
        }
        return host + "/" + ProcessHandle.current().pid() + "/" + Integer.toHexString(new SecureRandom().nextInt(0x10000));
    }

    /** The columns this package encrypts, for {@code vigie keys rotate}. */
    public static List<EncryptedColumn> encryptedColumns() {
        return List.of(new EncryptedColumn("job_input", "name"), new EncryptedColumn("job_input", "content"),
                new EncryptedColumn("job_output", "name"), new EncryptedColumn("job_output", "content"));
    }

    public String node() {
        return node;
    }

    /** Runs jobs of {@code kind} with {@code handler} on this node (every node registers the same kinds). */
    public void register(String kind, Handler handler) {
        handlers.put(kind, handler);
    }

    /** The scheduled work of this node, which takes its turn with the other nodes'. */
    public Schedule schedule() {
        return schedule;
    }

    /**
     * Queues a job of {@code kind} for {@code ownerId} (null: the system), with its input if any; empty when
     * {@code limit} (if any) is reached.
     */
    public Optional<Job> submit(Long ownerId, String kind, Map<String, String> parameters, Input input, Limit limit) {
        Optional<Long> id = store.jdbi().inTransaction(h -> {
            if (limit != null) {
                store.lockGroup(h, limit.group());
                if (store.active(h, limit.kinds()) >= limit.max()) {
                    return Optional.<Long>empty();
                }
            }
            long created = store.insert(h, newToken(), kind, ownerId, parameters, Duration.ZERO);
            if (input != null) {
                store.insertInput(h, created, new JobStore.SealedInput(
                        cipher.encryptString(input.name() == null ? "" : input.name(), FieldCipher.context("job_input", "name", created)),
                        cipher.encrypt(input.content(), FieldCipher.context("job_input", "content", created)), input.content().length));
            }
            return Optional.of(created);
        });
        return id.flatMap(store::byId);
    }

    /**
     * Queues a job of {@code kind} due in {@code delay}, or, when one is queued already on any node, gives it
     * {@code parameters} instead: the work asked meanwhile joins it (a morning's verifications, one publication).
     */
    public void submitCoalesced(String kind, Map<String, String> parameters, Duration delay) {
        store.jdbi().useTransaction(h -> enqueueCoalesced(h, kind, parameters, delay));
    }

    void enqueueCoalesced(Handle h, String kind, Map<String, String> parameters, Duration delay) {
        store.lockGroup(h, kind);
        Optional<Long> queued = store.queued(h, kind);
        if (queued.isPresent()) {
            store.setParameters(h, queued.get(), parameters);
        } else {
            store.insert(h, newToken(), kind, null, parameters, delay);
        }
    }

    /** The job named {@code token}, as the table holds it now, whichever node runs it. */
    public Optional<Job> find(String token) {
        return token == null || token.isBlank() ? Optional.empty() : store.byToken(token);
    }

    /** The file {@code job} kept for its owner ({@link JobRun#keep}), decrypted, while it has not been discarded. */
    public Optional<Input> output(Job job) {
        return store.output(job.id()).map(s -> new Input(
                cipher.decryptString(s.name(), FieldCipher.context("job_output", "name", job.id())),
                cipher.decrypt(s.content(), FieldCipher.context("job_output", "content", job.id()))));
    }

    /** Deletes the file {@code job} kept (once fetched); false when there was none any more. */
    public boolean discardOutput(Job job) {
        return store.deleteOutput(job.id());
    }

    /** Starts this node's workers and its scheduled work. */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        for (int i = 0; i < settings.workers(); i++) {
            workers.execute(this::work);
        }
        schedule.start();
    }

    private void work() {
        boolean failing = false;
        while (running) {
            boolean ran;
            try {
                ran = runOne();
                failing = false;
            } catch (RuntimeException e) {
                // Said once per outage, not four times a second while the database is away.
                if (!failing) {
                    LOG.warn("jobs: no job could be taken: {}", SqlFailures.redacted(e).map(Throwable.class::cast).orElse(e).toString());
                }
                failing = true;
                ran = false;
            }
            if (!ran) {
                try {
                    Thread.sleep(POLL.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** Takes one due job and runs it on this thread; false when there was none. */
    boolean runOne() {
        Collection<String> kinds = List.copyOf(handlers.keySet());
        if (kinds.isEmpty()) {
            return false;
        }
        // A connection of its own for the run: it holds the job's advisory lock until the job ends or the node dies.
        try (Handle lockHolder = store.jdbi().open()) {
            try {
                Optional<JobStore.Claimed> claimed = store.claim(lockHolder, node, settings.lease(), kinds, MAX_ATTEMPTS);
                if (claimed.isEmpty()) {
                    return false;
                }
                run(new JobRun(claimed.get(), store, cipher));
                return true;
            } finally {
                store.unlockAll(lockHolder);
            }
        }
    }

    private void run(JobRun run) {
        JobStore.Claimed c = run.claimed();
        Lease lease = new Lease(run);
        ScheduledFuture<?> beat = heartbeats.scheduleAtFixedRate(lease::beat, PROGRESS_EVERY.toMillis(), PROGRESS_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
        String result = null;
        JobError error = null;
        try {
            result = handlers.get(c.kind()).run(run);
        } catch (InvalidInput e) {
            error = JobError.of(e);
        } catch (Exception e) {
            // A database failure is logged by its stand-in: an input's values must not reach the log.
            LOG.error("job {} ({}) failed", c.id(), c.kind(), SqlFailures.redacted(e).map(Throwable.class::cast).orElse(e));
            error = JobError.of(JobError.FAILED);
        } finally {
            beat.cancel(false);
        }
        Input kept = error == null ? run.output() : null;
        JobStore.SealedInput sealed = kept == null ? null : new JobStore.SealedInput(
                cipher.encryptString(kept.name() == null ? "" : kept.name(), FieldCipher.context("job_output", "name", c.id())),
                cipher.encrypt(kept.content(), FieldCipher.context("job_output", "content", c.id())), kept.content().length);
        if (!store.finish(c.id(), node, c.attempt(), result, error, sealed)) {
            LOG.warn("job {} ({}) ended here after another node had taken it: its end here is not recorded", c.id(), c.kind());
        }
    }

    /** Renews a running job's lease and writes its progress when it changed, or at least every third of the lease. */
    private final class Lease {
        private final JobRun run;
        private JobProgress written;
        private long renewedAt = System.nanoTime();

        Lease(JobRun run) {
            this.run = run;
        }

        void beat() {
            try {
                JobProgress now = run.progress();
                long at = System.nanoTime();
                if (now.equals(written) && at - renewedAt < settings.lease().toNanos() / 3) {
                    return;
                }
                JobStore.Claimed c = run.claimed();
                if (!store.renew(c.id(), node, c.attempt(), settings.lease(), now)) {
                    LOG.warn("job {} ({}) is no longer this node's: its lease expired", c.id(), c.kind());
                }
                written = now;
                renewedAt = at;
            } catch (RuntimeException e) {
                LOG.warn("job lease not renewed: {}", e.getClass().getSimpleName());
            }
        }
    }

    /** Fails the jobs abandoned by dead nodes and deletes those ended long ago: any node may, as often as it likes. */
    void sweep() {
        int abandoned = store.abandon(MAX_ATTEMPTS);
        if (abandoned > 0) {
            LOG.warn("jobs: {} job(s) failed after {} takes by nodes that stopped before their end", abandoned, MAX_ATTEMPTS);
        }
        store.prune(KEPT);
    }

    private String newToken() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Stops taking jobs and lets the running ones end (30 s) before interrupting them: an interrupted one is
     * taken again by another node once its lease expires.
     */
    @Override
    public void close() {
        running = false;
        schedule.close();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        heartbeats.shutdownNow();
    }
}
