package org.vigie.db;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * What the replica's probe last saw: whether heavy reads go to the replica, and why not when they do not.
 *
 * @param lag      how far behind the replica's replay was, in time (zero when it has replayed all it received)
 * @param lagBytes how far behind, in bytes of write-ahead log
 */
public record ReplicaHealth(Status status, String reason, Duration lag, long lagBytes, Instant since) {

    public enum Status {
        /** Streaming and close enough: heavy reads go to it. */
        STREAMING,
        /** Behind by more than a read would wait: reads go to the primary until it catches up. */
        LAGGING,
        /** Not answering, or not a replica (promoted): reads go to the primary. */
        DOWN
    }

    public ReplicaHealth {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(since, "since");
        reason = reason == null ? "" : reason;
        lag = lag == null ? Duration.ZERO : lag;
    }

    /** Whether heavy reads go to the replica. */
    public boolean serves() {
        return status == Status.STREAMING;
    }

    /** "streaming, 0 ms behind", "down: connection refused; reads on the primary". */
    public String describe() {
        String word = status.name().toLowerCase(Locale.ROOT);
        return switch (status) {
            case STREAMING -> word + ", " + lag.toMillis() + " ms behind";
            case LAGGING -> word + ", " + lag.toMillis() + " ms (" + lagBytes + " bytes) behind; reads on the primary";
            case DOWN -> word + (reason.isEmpty() ? "" : ": " + reason) + "; reads on the primary";
        };
    }
}
