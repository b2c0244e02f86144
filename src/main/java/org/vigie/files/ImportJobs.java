package org.vigie.files;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.vigie.errors.Conflict;
import org.vigie.errors.NotFound;
import org.vigie.security.Principal;
import org.vigie.security.Role;

/**
 * Imports posted from the web, run in the background so that the page can show their progress. Only
 * {@link #MAX_RUNNING} run at once (an import holds a core and, while it stores, a large transaction): a
 * further one is refused with a message rather than queued out of sight. A finished job is kept
 * {@link #KEPT} for its owner to read its result, then dropped. Jobs live in memory only: a restart
 * forgets them (an import is all or nothing, so an interrupted one wrote nothing).
 */
public final class ImportJobs implements AutoCloseable {

    public static final int MAX_RUNNING = 2;
    public static final Duration KEPT = Duration.ofMinutes(30);

    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(MAX_RUNNING, r -> {
        Thread t = new Thread(r, "vigie-import");
        t.setDaemon(true);
        return t;
    });
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    public ImportJobs(Clock clock) {
        this.clock = clock;
    }

    /**
     * Starts {@code work} for {@code owner}; {@code kind} names the page that shows it ({@code tracker},
     * {@code incidents}). {@code work} returns the result its page renders, or throws the
     * {@link org.vigie.errors.InvalidInput} that refuses the file. {@code cleanup} runs when it ends,
     * whatever the end (it deletes the spooled upload).
     *
     * @throws Conflict when {@link #MAX_RUNNING} imports are already running
     */
    public synchronized ImportJob start(Principal owner, String kind, Function<ImportProgress, Object> work, Runnable cleanup) {
        dropOld();
        long running = jobs.values().stream().filter(j -> !j.finished()).count();
        if (running >= MAX_RUNNING) {
            cleanup.run();
            throw new Conflict("file", "files.import.busy", MAX_RUNNING);
        }
        ImportJob job = new ImportJob(newId(), owner.accountId(), kind, clock);
        jobs.put(job.id(), job);
        workers.execute(() -> job.run(work, cleanup));
        return job;
    }

    /** The job {@code id} of {@code kind}, if {@code viewer} started it or is an administrator; otherwise not found. */
    public ImportJob get(String id, String kind, Principal viewer) {
        dropOld();
        ImportJob job = id == null ? null : jobs.get(id);
        if (job == null || !job.kind().equals(kind)
                || (job.ownerId() != viewer.accountId() && viewer.role() != Role.ADMINISTRATOR)) {
            throw new NotFound("import " + id);
        }
        return job;
    }

    private void dropOld() {
        Instant before = clock.instant().minus(KEPT);
        for (Iterator<ImportJob> it = jobs.values().iterator(); it.hasNext(); ) {
            ImportJob j = it.next();
            if (j.finished() && j.finishedAt().isBefore(before)) {
                it.remove();
            }
        }
    }

    private String newId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Lets running imports end (they are single transactions) for a while, then interrupts them. */
    @Override
    public void close() {
        workers.shutdown();
        try {
            if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
