package org.vigie.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The SQL of the tables {@code job}, {@code job_input} and {@code scheduled_task}. Times are the database's, one clock for every node. */
final class JobStore {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "id, token, kind, owner_id, state, phase, unit, done_count, total_count, result::text AS result, "
            + "error::text AS error, attempts, node, finished_at";

    /** A job a worker has just taken: what it needs to run it. */
    record Claimed(long id, String token, String kind, Long ownerId, Map<String, String> parameters, int attempt) {
    }

    /** The encrypted input of a job, as stored. */
    record SealedInput(byte[] name, byte[] content, long size) {
    }

    private final Jdbi jdbi;

    JobStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    Jdbi jdbi() {
        return jdbi;
    }

    /** Serialises submissions of a group of kinds across nodes for the rest of {@code h}'s transaction. */
    void lockGroup(Handle h, String group) {
        h.createQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext('vigie.jobs'), hashtext(:g))) AS locked").bind("g", group)
                .mapTo(Integer.class).one();
    }

    /** How many jobs of {@code kinds} are queued or running, on any node. */
    long active(Handle h, Collection<String> kinds) {
        return h.createQuery("SELECT count(*) FROM job WHERE kind = ANY(:kinds) AND state IN ('queued', 'running')")
                .bindArray("kinds", String.class, kinds).mapTo(Long.class).one();
    }

    long insert(Handle h, String token, String kind, Long ownerId, Map<String, String> parameters, Duration delay) {
        return h.createQuery("INSERT INTO job (token, kind, owner_id, parameters, not_before) "
                        + "VALUES (:token, :kind, :owner, CAST(:params AS jsonb), now() + :delay * interval '1 millisecond') RETURNING id")
                .bind("token", token).bind("kind", kind).bind("owner", ownerId).bind("params", json(parameters))
                .bind("delay", delay.toMillis()).mapTo(Long.class).one();
    }

    void insertInput(Handle h, long id, SealedInput input) {
        h.createUpdate("INSERT INTO job_input (id, name, content, size) VALUES (:id, :name, :content, :size)")
                .bind("id", id).bind("name", input.name()).bind("content", input.content()).bind("size", input.size()).execute();
    }

    /** The queued job of {@code kind} that no worker has taken yet, if any. */
    Optional<Long> queued(Handle h, String kind) {
        return h.createQuery("SELECT id FROM job WHERE kind = :kind AND state = 'queued' ORDER BY id LIMIT 1")
                .bind("kind", kind).mapTo(Long.class).findOne();
    }

    void setParameters(Handle h, long id, Map<String, String> parameters) {
        h.createUpdate("UPDATE job SET parameters = CAST(:params AS jsonb), updated_at = now() WHERE id = :id")
                .bind("id", id).bind("params", json(parameters)).execute();
    }

    /**
     * Takes, on {@code h}'s connection, the oldest job of {@code kinds} that is due and either queued or left
     * running by a node whose lease expired (fewer than {@code maxAttempts} takes). Rows other workers are
     * taking are skipped, not waited for ({@code SKIP LOCKED}); the job's session advisory lock, held by this
     * connection until {@link #unlockAll}, keeps a second node off it even when a lease expires under a node that
     * is still alive, and is released by PostgreSQL when the connection of a dead node closes.
     */
    Optional<Claimed> claim(Handle h, String node, Duration lease, Collection<String> kinds, int maxAttempts) {
        return h.inTransaction(tx -> {
            List<Long> candidates = tx.createQuery("SELECT id FROM job WHERE kind = ANY(:kinds) AND not_before <= now() "
                            + "AND (state = 'queued' OR (state = 'running' AND lease_until < now() AND attempts < :max)) "
                            + "ORDER BY not_before, id LIMIT 4 FOR UPDATE SKIP LOCKED")
                    .bindArray("kinds", String.class, kinds).bind("max", maxAttempts).mapTo(Long.class).list();
            for (long id : candidates) {
                boolean locked = tx.createQuery("SELECT pg_try_advisory_lock(hashtext('vigie.job'), CAST(:id % 2147483647 AS int))")
                        .bind("id", id).mapTo(Boolean.class).one();
                if (locked) {
                    return Optional.of(tx.createQuery("UPDATE job SET state = 'running', node = :node, attempts = attempts + 1, "
                                    + "lease_until = now() + :lease * interval '1 millisecond', started_at = coalesce(started_at, now()), "
                                    + "updated_at = now() WHERE id = :id RETURNING id, token, kind, owner_id, parameters::text AS parameters, attempts")
                            .bind("id", id).bind("node", node).bind("lease", lease.toMillis())
                            .map((rs, ctx) -> new Claimed(rs.getLong("id"), rs.getString("token"), rs.getString("kind"),
                                    (Long) rs.getObject("owner_id"), parameters(rs.getString("parameters")), rs.getInt("attempts")))
                            .one());
                }
            }
            return Optional.empty();
        });
    }

    /** Releases the job locks {@code h}'s connection holds, before it goes back to the pool: a pooled connection must hold none. */
    void unlockAll(Handle h) {
        h.createQuery("SELECT 1 FROM (SELECT pg_advisory_unlock_all()) AS unlocked").mapTo(Integer.class).one();
    }

    /** Renews the lease of the job this node runs as its {@code attempt}th take and records its progress; false when it is no longer its own. */
    boolean renew(long id, String node, int attempt, Duration lease, JobProgress p) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE job SET lease_until = now() + :lease * interval '1 millisecond', "
                        + "phase = :phase, unit = :unit, done_count = :done, total_count = :total, updated_at = now() "
                        + "WHERE id = :id AND node = :node AND attempts = :attempt AND state = 'running'")
                .bind("id", id).bind("node", node).bind("attempt", attempt).bind("lease", lease.toMillis())
                .bind("phase", p.phase()).bind("unit", p.unit()).bind("done", p.done()).bind("total", p.total()).execute()) == 1;
    }

    /** Ends the job this node runs, done with {@code result} or failed with {@code error}, and deletes its input; false when it was no longer its own. */
    boolean finish(long id, String node, int attempt, String result, JobError error) {
        return finish(id, node, attempt, result, error, null);
    }

    /** As {@link #finish(long, String, int, String, JobError)}, keeping {@code output} (if any) with a job that is done. */
    boolean finish(long id, String node, int attempt, String result, JobError error, SealedInput output) {
        return jdbi.inTransaction(h -> {
            int n = h.createUpdate("UPDATE job SET state = :state, result = CAST(:result AS jsonb), error = CAST(:error AS jsonb), "
                            + "phase = 'DONE', lease_until = NULL, finished_at = now(), updated_at = now() "
                            + "WHERE id = :id AND node = :node AND attempts = :attempt AND state = 'running'")
                    .bind("id", id).bind("node", node).bind("attempt", attempt).bind("state", error == null ? "done" : "failed")
                    .bind("result", error == null ? result : null).bind("error", error == null ? null : json(error)).execute();
            h.createUpdate("DELETE FROM job_input WHERE id = :id").bind("id", id).execute();
            if (n == 1 && error == null && output != null) {
                h.createUpdate("INSERT INTO job_output (id, name, content, size) VALUES (:id, :name, :content, :size)")
                        .bind("id", id).bind("name", output.name()).bind("content", output.content()).bind("size", output.size()).execute();
            }
            return n == 1;
        });
    }

    /** Fails the jobs whose last allowed take expired (their nodes all died), deleting their input; returns how many. */
    int abandon(int maxAttempts) {
        String error = json(JobError.of(JobError.ABANDONED, maxAttempts));
        return jdbi.inTransaction(h -> {
            List<Long> ids = h.createQuery("UPDATE job SET state = 'failed', error = CAST(:error AS jsonb), lease_until = NULL, "
                            + "finished_at = now(), updated_at = now() "
                            + "WHERE state = 'running' AND lease_until < now() AND attempts >= :max RETURNING id")
                    .bind("error", error).bind("max", maxAttempts).mapTo(Long.class).list();
            if (!ids.isEmpty()) {
                h.createUpdate("DELETE FROM job_input WHERE id = ANY(:ids)").bindArray("ids", Long.class, ids).execute();
            }
            return ids.size();
        });
    }

    /** Deletes jobs ended more than {@code kept} ago. */
    int prune(Duration kept) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM job WHERE finished_at < now() - :kept * interval '1 millisecond'")
                .bind("kept", kept.toMillis()).execute());
    }

    Optional<SealedInput> input(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT name, content, size FROM job_input WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> new SealedInput(rs.getBytes("name"), rs.getBytes("content"), rs.getLong("size"))).findOne());
    }

    Optional<SealedInput> output(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT name, content, size FROM job_output WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> new SealedInput(rs.getBytes("name"), rs.getBytes("content"), rs.getLong("size"))).findOne());
    }

    boolean deleteOutput(long id) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM job_output WHERE id = :id").bind("id", id).execute()) == 1;
    }

    Optional<Job> byToken(String token) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM job WHERE token = :token").bind("token", token)
                .map((rs, ctx) -> job(rs)).findOne());
    }

    Optional<Job> byId(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM job WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> job(rs)).findOne());
    }

    /** Makes {@code name}'s schedule known, first due in {@code first}, unless another node did already. */
    void ensureTask(String name, Duration first) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO scheduled_task (name, next_at) VALUES (:name, now() + :first * interval '1 millisecond') "
                        + "ON CONFLICT DO NOTHING").bind("name", name).bind("first", first.toMillis()).execute());
    }

    /**
     * Takes {@code name}'s turn for this period in {@code h}'s transaction, when it is due: under a transaction-level
     * advisory lock tried, not waited for (the other nodes skip the task while one holds it), the next time is moved
     * {@code period} on. True when this node is to run the task.
     */
    boolean takeTurn(Handle h, String name, String node, Duration period) {
        boolean locked = h.createQuery("SELECT pg_try_advisory_xact_lock(hashtext('vigie.schedule'), hashtext(:name))")
                .bind("name", name).mapTo(Boolean.class).one();
        return locked && h.createUpdate("UPDATE scheduled_task SET next_at = now() + :period * interval '1 millisecond', "
                        + "last_node = :node, last_at = now() WHERE name = :name AND next_at <= now()")
                .bind("name", name).bind("node", node).bind("period", period.toMillis()).execute() == 1;
    }

    private static Job job(ResultSet rs) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        String error = rs.getString("error");
        try {
            return new Job(rs.getLong("id"), rs.getString("token"), rs.getString("kind"), (Long) rs.getObject("owner_id"),
                    Job.State.valueOf(rs.getString("state").toUpperCase(Locale.ROOT)),
                    new JobProgress(rs.getString("phase"), rs.getString("unit"), rs.getLong("done_count"), rs.getLong("total_count")),
                    rs.getString("result"), error == null ? null : JSON.readValue(error, JobError.class), rs.getInt("attempts"),
                    rs.getString("node"), finished == null ? null : finished.toInstant());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("job " + rs.getLong("id") + ": its error is not readable", e);
        }
    }

    private static Map<String, String> parameters(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a job's parameters are not readable", e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
