package org.vigie.audit;

import java.time.LocalDate;

/** Filters of the audit log viewer; null means no filter. */
public record AuditQuery(String actor, String action, String target, LocalDate from, LocalDate to, int offset, int limit) {
    public AuditQuery {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be between 1 and 500");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to: the end date is before the start date");
        }
        actor = blankToNull(actor);
        action = blankToNull(action);
        target = blankToNull(target);
    }

    public static AuditQuery latest(int limit) {
        return new AuditQuery(null, null, null, null, null, 0, limit);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
