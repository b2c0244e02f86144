package org.vigie.files;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.errors.InvalidInput;

/**
 * One import running in the background (see {@link ImportJobs}): its progress while it runs, then its
 * result or the refusal of the file. Its id is random, so that it cannot be guessed.
 */
public final class ImportJob {
    private static final Logger LOG = LoggerFactory.getLogger(ImportJob.class);

    private final String id;
    private final long ownerId;
    private final String kind;
    private final Clock clock;
    private final ImportProgress progress = new ImportProgress();
    private volatile Object result;
    private volatile InvalidInput refusal;
    private volatile Instant finishedAt;

    ImportJob(String id, long ownerId, String kind, Clock clock) {
        this.id = id;
        this.ownerId = ownerId;
        this.kind = kind;
        this.clock = clock;
    }

    void run(Function<ImportProgress, Object> work, Runnable cleanup) {
        try {
            result = work.apply(progress);
        } catch (InvalidInput e) {
            refusal = e;
        } catch (RuntimeException e) {
            // A database failure is logged by its stand-in: an imported row's values must not reach the log.
            LOG.error("import {} failed", id, org.vigie.db.SqlFailures.redacted(e).map(Throwable.class::cast).orElse(e));
            refusal = new InvalidInput("file", "files.import.failed");
        } finally {
            progress.done();
            finishedAt = clock.instant();
            cleanup.run();
        }
    }

    public String id() {
        return id;
    }

    long ownerId() {
        return ownerId;
    }

    String kind() {
        return kind;
    }

    public ImportProgress.Snapshot progress() {
        return progress.snapshot();
    }

    public boolean finished() {
        return finishedAt != null;
    }

    Instant finishedAt() {
        return finishedAt;
    }

    /** What the import returned, once finished without a refusal; {@code null} otherwise. */
    public <T> T result(Class<T> type) {
        return type.cast(result);
    }

    /** Why the file was refused (nothing was written), once finished; {@code null} if it was not. */
    public InvalidInput refusal() {
        return refusal;
    }
}
