package org.vigie.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.errors.Conflict;
import org.vigie.errors.InvalidInput;
import org.vigie.errors.NotFound;
import org.vigie.jobs.Job;
import org.vigie.jobs.JobProgress;
import org.vigie.jobs.JobRun;
import org.vigie.jobs.Jobs;
import org.vigie.security.Principal;
import org.vigie.security.Role;

/**
 * Imports posted from the web, run as jobs of the job table ({@link Jobs}) so that any node shows their progress
 * and a node's death does not lose them. Each capability registers its import on every node
 * ({@link #register}); a job's kind is {@code import.} and the capability's name. Only {@link #MAX_RUNNING} imports
 * are queued or running at once across all nodes (an import holds a core and, while it stores, a large
 * transaction): a further one is refused with a message rather than queued out of sight. The result a page
 * shows is stored as JSON of the capability's result type, a summary of counts: never the rows read.
 */
public final class ImportJobs {

    public static final int MAX_RUNNING = 2;
    private static final String PREFIX = "import.";
    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A capability's import of one file read from {@code in}, for {@code owner}, telling {@code progress} of its phases after reading. */
    @FunctionalInterface
    public interface Work {
        Object run(InputStream in, String fileName, Principal owner, Map<String, String> parameters, ImportProgress progress);
    }

    private record Registered(Class<?> resultType, Work work) {
    }

    private final Jobs jobs;
    private final LongFunction<Principal> owners;
    private final Map<String, Registered> kinds = new ConcurrentHashMap<>();

    /** {@code owners}: the principal of an account, as it is when its job runs (a job outlives the request that started it). */
    public ImportJobs(Jobs jobs, LongFunction<Principal> owners) {
        this.jobs = jobs;
        this.owners = owners;
    }

    /** Makes {@code kind}'s import ({@code tracker}, {@code incidents}) runnable on this node; its result is a {@code resultType}. */
    public void register(String kind, Class<?> resultType, Work work) {
        kinds.put(kind, new Registered(resultType, work));
        jobs.register(PREFIX + kind, run -> runJob(kind, run));
    }

    /**
     * Queues the import of {@code content} for {@code owner}, its input stored encrypted until the job ends.
     *
     * @throws Conflict when {@link #MAX_RUNNING} imports are already queued or running, on any node
     */
    public ImportJob start(Principal owner, String kind, String fileName, byte[] content, Map<String, String> parameters) {
        Registered r = registered(kind);
        Set<String> all = Set.copyOf(kinds.keySet().stream().map(k -> PREFIX + k).toList());
        Job job = jobs.submit(owner.accountId(), PREFIX + kind, parameters, new Jobs.Input(fileName, content),
                        new Jobs.Limit("imports", all, MAX_RUNNING))
                .orElseThrow(() -> new Conflict("file", "files.import.busy", MAX_RUNNING));
        return new ImportJob(job, r.resultType());
    }

    /** Imports during the request (a small file), as a job would; returns the result or throws the refusal. */
    public Object runNow(String kind, InputStream in, String fileName, Principal owner, Map<String, String> parameters) {
        return registered(kind).work().run(in, fileName, owner, parameters, new ImportProgress());
    }

    /** The job {@code id} of {@code kind}, if {@code viewer} started it or is an administrator; otherwise not found, as a missing one. */
    public ImportJob get(String id, String kind, Principal viewer) {
        Registered r = kinds.get(kind);
        Job job = jobs.find(id).orElse(null);
        if (r == null || job == null || !job.kind().equals(PREFIX + kind) || job.ownerId() == null
                || (job.ownerId() != viewer.accountId() && viewer.role() != Role.ADMINISTRATOR)) {
            throw new NotFound("import " + id);
        }
        return new ImportJob(job, r.resultType());
    }

    private Registered registered(String kind) {
        Registered r = kinds.get(kind);
        if (r == null) {
            throw new IllegalStateException("no import registered as " + kind);
        }
        return r;
    }

    private String runJob(String kind, JobRun run) {
        Registered r = registered(kind);
        Jobs.Input input = run.input().orElseThrow(() -> new IllegalStateException("job " + run.token() + " has no input"));
        Principal owner = owners.apply(run.ownerId());
        ImportProgress progress = new ImportProgress();
        run.watch(() -> {
            ImportProgress.Snapshot s = progress.snapshot();
            return new JobProgress(s.phase().name(), s.unit().name(), s.done(), s.total());
        });
        Object result;
        try (InputStream in = progress.reading(new ByteArrayInputStream(input.content()), input.content().length)) {
            result = r.work().run(in, input.name(), owner, run.parameters(), progress);
        } catch (InvalidInput e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // A database failure is logged by its stand-in: an imported row's values must not reach the log.
            LOG.error("import {} failed", run.token(), org.vigie.db.SqlFailures.redacted(e).map(Throwable.class::cast).orElse(e));
            throw new InvalidInput("file", "files.import.failed");
        }
        progress.done();
        try {
            return JSON.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the result of an import of " + kind + " cannot be written", e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return json == null ? null : JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an import's result cannot be read as " + type.getSimpleName(), e);
        }
    }
}
