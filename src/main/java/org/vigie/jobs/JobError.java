package org.vigie.jobs;

import java.util.Arrays;
import java.util.List;
import org.vigie.errors.Conflict;
import org.vigie.errors.InvalidInput;

/**
 * Why a job failed, as the page that shows it says it: the faults' fields, message keys and arguments (the
 * refusal of a file names its line and column), and whether it was a conflict (409) rather than bad input.
 */
public record JobError(boolean conflict, List<Fault> faults) {
    /** A job taken {@value Jobs#MAX_ATTEMPTS} times by nodes that all stopped before its end. */
    static final String ABANDONED = "jobs.abandoned";
    /** An error of Vigie's, not of the input; the log says which. */
    static final String FAILED = "jobs.failed";

    /** One fault; {@code field} null when it is the job's as a whole. Arguments are strings, numbers or booleans. */
    public record Fault(String field, String key, List<Object> args) {
        public Fault {
            args = args == null ? List.of() : List.copyOf(args);
        }
    }

    public JobError {
        faults = List.copyOf(faults);
        if (faults.isEmpty()) {
            throw new IllegalArgumentException("a failure has at least one fault");
        }
    }

    static JobError of(InvalidInput refusal) {
        return new JobError(refusal instanceof Conflict, refusal.all().stream()
                .map(f -> new Fault(f.field(), f.messageKey(), Arrays.stream(f.args()).map(JobError::plain).toList())).toList());
    }

    static JobError of(String key, Object... args) {
        return new JobError(false, List.of(new Fault(null, key, Arrays.stream(args).map(JobError::plain).toList())));
    }

    /** What survives a trip through JSON unchanged; anything else is written as its text. */
    private static Object plain(Object arg) {
        return arg instanceof Number || arg instanceof Boolean || arg instanceof String ? arg : String.valueOf(arg);
    }
}
