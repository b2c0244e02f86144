package org.vigie.db;

import java.time.Duration;
import java.time.Instant;

/**
 * A time the database was away and came back: when it went, how long it was gone, and whether Vigie
 * restarted it (the embedded server) or waited for it (an external one).
 */
public record DatabaseOutage(Instant lost, Duration downtime, boolean restarted, int attempts, String cause) {
}
