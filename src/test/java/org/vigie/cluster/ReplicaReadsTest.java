package org.vigie.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.support.Eventually.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.security.Role;
import org.vigie.support.ApiClient;
import org.vigie.support.NodeCluster;
import org.vigie.support.StreamingReplica;
import org.vigie.support.TestApp;
import org.vigie.support.TestIncidents;
import org.vigie.support.WebClient;

/**
 * {@code DATABASE_REPLICA_URL}: a primary and a hot standby streaming from it (two embedded PostgreSQL 17 servers);
 * heavy reads (statistics, and through them reports and the public snapshot) go to the replica once it has replayed
 * the primary's writes, so a user reads their own write at once; with the replica gone they go to the primary,
 * and {@code /health} says so.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaReadsTest {
    private static final Duration AWAIT = Duration.ofSeconds(20);
    private static final String REPORTED_2025 = "/api/v1/statistics?from=2025-01-01&to=2025-12-31&statuses=reported";
    @RegisterExtension
    static final NodeCluster cluster = NodeCluster.of(0);
    static StreamingReplica replica;
    static App node;
    static ApiClient analyst;

    @BeforeAll
    static void primaryAndReplica() throws Exception {
        replica = StreamingReplica.of(cluster.server(), cluster.serverDataDir(), cluster.newDataDir("replica").resolve("postgres"));
        cluster.with("DATABASE_REPLICA_URL", replica.jdbcUrl()).with("DATABASE_REPLICA_MAX_WAIT_MS", "10000");
        node = cluster.node(cluster.startNode());
        var account = TestApp.account(node, "replica-analyst", Role.ANALYST);
        analyst = new ApiClient(TestApp.base(node), node.authentication().createToken(account.principal(), "t", "127.0.0.1").value());
        within(AWAIT, () -> node.database().replica().orElseThrow().serves(), "the replica streams");
    }

    @AfterAll
    static void stopReplica() throws Exception {
        if (replica != null) {
            replica.close();
        }
    }

    private static boolean inRecovery(org.jdbi.v3.core.Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT pg_is_in_recovery()").mapTo(Boolean.class).one());
    }

    private static long reportedIncidents() throws Exception {
        HttpResponse<String> r = analyst.get(REPORTED_2025);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        for (JsonNode f : new ObjectMapper().readTree(r.body()).get("figures")) {
            if (f.get("id").asText().equals("incidents.by_status")) {
                return f.get("total").asLong();
            }
        }
        throw new AssertionError("no figure incidents.by_status in " + r.body());
    }

    private static JsonNode health() throws Exception {
        HttpResponse<String> r = new WebClient(TestApp.base(node)).get("/health");
        assertThat(r.statusCode()).as("the primary serves: the node is healthy for the proxy").isEqualTo(200);
        return new ObjectMapper().readTree(r.body());
    }

    @Test
    @Order(1)
    void heavy_reads_go_to_the_replica_and_every_other_read_and_write_to_the_primary() throws Exception {
        assertThat(inRecovery(node.database().reads())).as("the read pool is the standby's").isTrue();
        assertThat(inRecovery(node.database().jdbi())).as("the stores' pool is the primary's").isFalse();
        JsonNode replicaHealth = health().get("database").get("replica");
        assertThat(replicaHealth.get("status").asText()).isEqualTo("streaming");
        assertThat(replicaHealth.get("reads").asText()).isEqualTo("replica");
    }

    @Test
    @Order(2)
    void a_statistics_read_waits_for_the_replica_to_replay_the_users_own_write_and_then_counts_it() throws Exception {
        long before = reportedIncidents();
        TestIncidents.insert(node, "replica-analyst", false, "killing");
        assertThat(reportedIncidents()).as("read at once after the write").isEqualTo(before + 1);
        replica.sql("SELECT pg_wal_replay_pause()");
        try {
            TestIncidents.insert(node, "replica-analyst", false, "killing");
            CompletableFuture<Long> read = CompletableFuture.supplyAsync(() -> {
                try {
                    return reportedIncidents();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(1_500);
            assertThat(read).as("the statistics wait for the paused replica, which is where they read").isNotDone();
            long onPrimary = node.database().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM incident").mapTo(Long.class).one());
            assertThat(onPrimary).as("the primary's readers are not held").isGreaterThanOrEqualTo(before + 2);
            replica.sql("SELECT pg_wal_replay_resume()");
            assertThat(read.get(10, TimeUnit.SECONDS)).as("once replayed, the write is counted").isEqualTo(before + 2);
        } finally {
            replica.sql("SELECT pg_wal_replay_resume()");
        }
    }

    @Test
    @Order(3)
    void with_the_replica_stopped_heavy_reads_go_to_the_primary_and_health_says_so() throws Exception {
        long before = reportedIncidents();
        replica.close();
        replica = null;
        within(AWAIT, () -> !node.database().replica().orElseThrow().serves(), "the probe sees the replica gone");
        assertThat(inRecovery(node.database().reads())).as("reads fall back to the primary").isFalse();
        TestIncidents.insert(node, "replica-analyst", false, "killing");
        assertThat(reportedIncidents()).isEqualTo(before + 1);
        JsonNode h = health();
        assertThat(h.get("database").get("replica").get("status").asText()).isEqualTo("down");
        assertThat(h.get("database").get("replica").get("reads").asText()).isEqualTo("primary");
        assertThat(h.get("reasons").toString()).contains("replica: down").contains("reads on the primary");
    }
}
