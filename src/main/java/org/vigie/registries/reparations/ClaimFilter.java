package org.vigie.registries.reparations;

import org.vigie.errors.InvalidInput;
import org.vigie.registries.Coded;
import org.vigie.registries.Input;

/** What the list of reparation claims shows: by status and programme; one page. */
public record ClaimFilter(ClaimStatus status, Programme programme, int offset, int limit) {
    public static final int MAX_LIMIT = 200;

    public ClaimFilter {
        if (offset < 0) {
            throw new InvalidInput("offset", "error.range", offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInput("limit", "error.range", limit);
        }
    }

    public static ClaimFilter from(Input in, int offset, int limit) {
        String status = in.one("status");
        String programme = in.one("programme");
        return new ClaimFilter(status == null || status.isBlank() ? null : Coded.parse(ClaimStatus.class, "status", status),
                programme == null || programme.isBlank() ? null : Coded.parse(Programme.class, "programme", programme), offset, limit);
    }

    public ClaimFilter page(int newOffset) {
        return new ClaimFilter(status, programme, Math.max(0, newOffset), limit);
    }
}
