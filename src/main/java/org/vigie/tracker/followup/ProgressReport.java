package org.vigie.tracker.followup;

import java.time.Instant;
import java.util.Objects;
import org.vigie.tracker.recommendations.Status;

/** What an institution reports of its work on a recommendation, and what its validator decided. */
public record ProgressReport(long id, long recommendationId, long institutionId, String institutionCode, String author,
                             String text, Status proposedStatus, State state, String validator, String validatorComment,
                             Instant submittedAt, Instant decidedAt) {
    /** A report waits for its validator, then is validated (the status changes) or returned with a comment. */
    public enum State {
        SUBMITTED, VALIDATED, RETURNED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ProgressReport {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(proposedStatus, "proposedStatus");
        Objects.requireNonNull(state, "state");
    }
}
