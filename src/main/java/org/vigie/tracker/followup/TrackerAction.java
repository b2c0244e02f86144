package org.vigie.tracker.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A measure planned for a recommendation: what, which institution owns it, who is responsible, when. */
public record TrackerAction(long id, long recommendationId, String title, long institutionId, String institutionCode,
                            String responsible, LocalDate startsOn, LocalDate dueOn, ActionState state,
                            String updatedBy, Instant updatedAt) {
    public TrackerAction {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(state, "state");
    }

    /** Open and past its due date. */
    public boolean overdue(LocalDate today) {
        return state.open() && dueOn != null && dueOn.isBefore(today);
    }
}
