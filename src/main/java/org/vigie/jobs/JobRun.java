package org.vigie.jobs;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.vigie.crypto.FieldCipher;

/** One take of a job by this node's worker: what its kind's handler reads, and where it tells its progress. */
public final class JobRun {
    private final JobStore.Claimed claimed;
    private final JobStore store;
    private final FieldCipher cipher;
    private volatile Supplier<JobProgress> progress = () -> JobProgress.WAITING;
    private volatile Jobs.Input output;

    JobRun(JobStore.Claimed claimed, JobStore store, FieldCipher cipher) {
        this.claimed = claimed;
        this.store = store;
        this.cipher = cipher;
    }

    public String token() {
        return claimed.token();
    }

    /** The account that started the job, or null for scheduled work. */
    public Long ownerId() {
        return claimed.ownerId();
    }

    public Map<String, String> parameters() {
        return claimed.parameters();
    }

    /** 1 the first time, more when a node died while running it before. */
    public int attempt() {
        return claimed.attempt();
    }

    /** The job's input, decrypted, if it was given one. */
    public Optional<Jobs.Input> input() {
        return store.input(claimed.id()).map(s -> new Jobs.Input(
                cipher.decryptString(s.name(), FieldCipher.context("job_input", "name", claimed.id())),
                cipher.decrypt(s.content(), FieldCipher.context("job_input", "content", claimed.id()))));
    }

    /** Where the worker reads the progress it writes to the database (at most every {@link Jobs#PROGRESS_EVERY}). */
    public void watch(Supplier<JobProgress> progress) {
        this.progress = progress;
    }

    /**
     * Keeps {@code file} with the job once it is done (encrypted, in the transaction that ends it), for its owner
     * to fetch through {@link Jobs#output}; a failed job keeps nothing.
     */
    public void keep(Jobs.Input file) {
        this.output = file;
    }

    Jobs.Input output() {
        return output;
    }

    JobProgress progress() {
        return progress.get();
    }

    JobStore.Claimed claimed() {
        return claimed;
    }
}
