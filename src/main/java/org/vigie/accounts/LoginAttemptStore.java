package org.vigie.accounts;

import java.time.Instant;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Jdbi;

/** SQL for the record of login attempts that throttling counts. */
final class LoginAttemptStore {
    private final Jdbi jdbi;

    LoginAttemptStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    void add(String username, String ip, boolean succeeded, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO login_attempt (username, ip, succeeded, at) VALUES (:u, :ip, :s, :at)")
                .bind("u", username).bind("ip", ip).bind("s", succeeded).bind("at", at.atOffset(ZoneOffset.UTC)).execute());
    }

    /** Failures for this username since its last success, within the window. */
    int failuresForUsername(String username, Instant since) {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM login_attempt WHERE lower(username) = lower(:u) "
                        + "AND NOT succeeded AND at >= :since AND at > coalesce((SELECT max(at) FROM login_attempt "
                        + "WHERE lower(username) = lower(:u) AND succeeded), '-infinity')")
                .bind("u", username).bind("since", since.atOffset(ZoneOffset.UTC)).mapTo(Integer.class).one());
    }

    int failuresFromIp(String ip, Instant since) {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM login_attempt WHERE ip = :ip AND NOT succeeded AND at >= :since")
                .bind("ip", ip).bind("since", since.atOffset(ZoneOffset.UTC)).mapTo(Integer.class).one());
    }

    void deleteBefore(Instant cutoff) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM login_attempt WHERE at < :c").bind("c", cutoff.atOffset(ZoneOffset.UTC)).execute());
    }
}
