package org.vigie.files;

import java.util.List;
import org.vigie.errors.Conflict;
import org.vigie.errors.Faults;
import org.vigie.errors.InvalidInput;
import org.vigie.jobs.Job;
import org.vigie.jobs.JobError;

/**
 * One import as the job table holds it now (see {@link ImportJobs}), whichever node runs it: its progress while
 * it runs, then its result or the refusal of the file. Its id is random, so that it cannot be guessed.
 */
public final class ImportJob {
    private final Job job;
    private final Class<?> resultType;

    ImportJob(Job job, Class<?> resultType) {
        this.job = job;
        this.resultType = resultType;
    }

    public String id() {
        return job.token();
    }

    public ImportProgress.Snapshot progress() {
        var p = job.progress();
        return new ImportProgress.Snapshot(ImportProgress.Phase.valueOf(p.phase()), ImportProgress.Unit.valueOf(p.unit()), p.done(), p.total());
    }

    public boolean finished() {
        return job.finished();
    }

    /** What the import returned, once finished without a refusal; {@code null} otherwise. */
    public <T> T result(Class<T> type) {
        return job.state() == Job.State.DONE ? type.cast(ImportJobs.read(job.result(), resultType)) : null;
    }

    /** Why the file was refused (nothing was written), once finished; {@code null} if it was not. */
    public InvalidInput refusal() {
        JobError e = job.error();
        if (job.state() != Job.State.FAILED || e == null) {
            return null;
        }
        List<JobError.Fault> faults = e.faults();
        if (faults.size() == 1) {
            JobError.Fault f = faults.get(0);
            // A failure of the job as a whole (its nodes died) is shown where the file's faults are.
            String field = f.field() == null ? "file" : f.field();
            return e.conflict() ? new Conflict(field, f.key(), f.args().toArray()) : new InvalidInput(field, f.key(), f.args().toArray());
        }
        Faults all = new Faults();
        faults.forEach(f -> all.add(f.field() == null ? "file" : f.field(), f.key(), f.args().toArray()));
        try {
            all.throwIfAny();
        } catch (InvalidInput refusal) {
            return refusal;
        }
        return null;
    }
}
