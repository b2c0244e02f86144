package org.vigie.db;

import java.time.Instant;
import java.util.Objects;

/**
 * What the database's supervisor last saw: up, being restarted, or away, with the reason in words and
 * since when. Read from a cache, so asking costs nothing whatever the database does.
 */
public record DatabaseHealth(Status status, String reason, Instant since) {

    public enum Status {
        /** The last probe was answered. */
        UP,
        /** The embedded server died and is being started again. */
        RESTARTING,
        /** The server does not answer: an external one gone, or an embedded one that cannot start. */
        DOWN
    }

    public DatabaseHealth {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(since, "since");
        reason = reason == null ? "" : reason;
    }

    static DatabaseHealth up(Instant since) {
        return new DatabaseHealth(Status.UP, "", since);
    }

    public boolean isUp() {
        return status == Status.UP;
    }

    /** "restarting", "down: connection refused": what {@code /health} says after "database: ". */
    public String describe() {
        String word = status.name().toLowerCase(java.util.Locale.ROOT);
        return status == Status.UP || reason.isEmpty() ? word : word + ": " + reason;
    }
}
