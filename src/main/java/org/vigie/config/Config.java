package org.vigie.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.vigie.audit.AuditSettings;
import org.vigie.db.DatabaseSettings;

/**
 * How one Vigie runs: where its data is, where it listens, which database it uses. Built from the
 * command line and the environment ({@code DATABASE_URL}, {@code DATABASE_USER},
 * {@code DATABASE_PASSWORD}, {@code DATABASE_OWNER_USER}, {@code DATABASE_OWNER_PASSWORD},
 * {@code VIGIE_FIELD_KEYSET}, {@code VIGIE_TRUST_PROXY}, {@code VIGIE_DISK_RESERVE_MB}, {@code VIGIE_AUDIT_KEY},
 * {@code VIGIE_AUDIT_SINK}, {@code VIGIE_STATE}).
 *
 * @param diskReserveBytes free space on the data directory's disk under which new writes are refused; 0 for the
 *                         default, the larger of 500 MB and 5 % of the disk
 * @param state            the State Vigie follows (ISO 3166 alpha-2), {@link #DEFAULT_STATE} when not given
 * @param jobs             how this node runs background and scheduled work (issue 18: {@code VIGIE_JOB_*},
 *                         {@code VIGIE_SCHEDULE_CHECK_SECONDS}, {@code VIGIE_REMINDERS_EVERY_HOURS}, {@code VIGIE_SMTP_*})
 */
public record Config(Path dataDir, String host, int port, DatabaseSettings database, boolean demo,
                     boolean trustProxy, Duration sessionIdle, String fieldKeyset, long diskReserveBytes,
                     AuditSettings audit, String state, org.vigie.jobs.JobSettings jobs) {
    public static final int DEFAULT_PORT = 8080;
    /** The State Vigie follows unless {@code VIGIE_STATE} names another: Mali. */
    public static final String DEFAULT_STATE = "ML";

    public Config {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(database, "database");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, got " + port);
        }
        if (demo && database instanceof DatabaseSettings.External) {
            throw new IllegalArgumentException("demo mode runs only on the embedded database: unset DATABASE_URL or drop --demo");
        }
        host = host == null ? "localhost" : host;
        sessionIdle = sessionIdle == null ? Duration.ofMinutes(30) : sessionIdle;
        audit = audit == null ? AuditSettings.NONE : audit;
        jobs = jobs == null ? org.vigie.jobs.JobSettings.DEFAULT : jobs;
        state = state == null || state.isBlank() ? DEFAULT_STATE : state.strip().toUpperCase(java.util.Locale.ROOT);
        if (!state.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("VIGIE_STATE must be a State's ISO 3166 code of two letters (ML), got " + state);
        }
    }

    /** The configuration for {@code dataDir}, taking the database and keys from the environment. */
    public static Config of(Path dataDir, String host, int port, boolean demo, Map<String, String> env) {
        String url = env.get("DATABASE_URL");
        DatabaseSettings db = url == null || url.isBlank()
                ? new DatabaseSettings.Embedded(dataDir.toAbsolutePath().resolve("postgres"), dataDir.toAbsolutePath().resolve("keys"))
                : DatabaseSettings.external(url, env.get("DATABASE_USER"), env.get("DATABASE_PASSWORD"))
                        .withOwner(env.get("DATABASE_OWNER_USER"), env.get("DATABASE_OWNER_PASSWORD")).withReplicaFrom(env);
        Duration idle = env.containsKey("VIGIE_SESSION_IDLE_MINUTES")
                ? Duration.ofMinutes(Long.parseLong(env.get("VIGIE_SESSION_IDLE_MINUTES"))) : null;
        long reserve = env.containsKey("VIGIE_DISK_RESERVE_MB")
                ? Long.parseLong(env.get("VIGIE_DISK_RESERVE_MB").trim()) * 1024 * 1024 : 0;
        return new Config(dataDir, host, port, db, demo, "true".equalsIgnoreCase(env.get("VIGIE_TRUST_PROXY")),
                idle, env.get("VIGIE_FIELD_KEYSET"), reserve, AuditSettings.fromEnvironment(env), env.get("VIGIE_STATE"),
                org.vigie.jobs.JobSettings.fromEnvironment(env));
    }

    public Config withDatabase(DatabaseSettings db) {
        return new Config(dataDir, host, port, db, demo, trustProxy, sessionIdle, fieldKeyset, diskReserveBytes, audit, state, jobs);
    }

    public Config withDemo(boolean d) {
        return new Config(dataDir, host, port, database, d, trustProxy, sessionIdle, fieldKeyset, diskReserveBytes, audit, state, jobs);
    }

    public Config withDiskReserve(long bytes) {
        return new Config(dataDir, host, port, database, demo, trustProxy, sessionIdle, fieldKeyset, bytes, audit, state, jobs);
    }
}
