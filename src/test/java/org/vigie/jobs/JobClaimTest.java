package org.vigie.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.support.NodeCluster;

/** Two nodes taking jobs from one table: a job goes to one of them, and comes back only when its node is gone. */
class JobClaimTest {
    @RegisterExtension
    static final NodeCluster cluster = NodeCluster.of(2);
    private static final Duration LEASE = Duration.ofSeconds(30);
    private final List<Handle> open = new ArrayList<>();

    @AfterEach
    void close() {
        open.forEach(Handle::close);
    }

    private JobStore store(int node) {
        return new JobStore(cluster.node(node).database().jdbi());
    }

    /**
     * A worker's connection: it holds the locks of the jobs it claims until closed. Not from a pool, so that
     * closing it ends its session as a node's death does.
     */
    private Handle worker() {
        Handle h = org.jdbi.v3.core.Jdbi.create(cluster.jdbcUrl(), "postgres", "").open();
        open.add(h);
        return h;
    }

    private long queued(String kind) {
        JobStore s = store(0);
        return s.jdbi().inTransaction(h -> s.insert(h, "tok-" + System.nanoTime() + "-" + Math.random(), kind, null, Map.of(), Duration.ZERO));
    }

    private void expireLease(long id) {
        store(0).jdbi().useHandle(h -> h.createUpdate("UPDATE job SET lease_until = now() - interval '1 second' WHERE id = :id")
                .bind("id", id).execute());
    }

    @Test
    void two_nodes_racing_to_claim_one_job_one_takes_it() throws Exception {
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                String kind = "race" + round;
                long id = queued(kind);
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Optional<JobStore.Claimed>>> claims = new ArrayList<>();
                for (int node = 0; node < 2; node++) {
                    Handle h = worker();
                    JobStore s = store(node);
                    String name = "node-" + node;
                    claims.add(two.submit((Callable<Optional<JobStore.Claimed>>) () -> {
                        together.await(30, TimeUnit.SECONDS);
                        return s.claim(h, name, LEASE, List.of(kind), Jobs.MAX_ATTEMPTS);
                    }));
                }
                long taken = 0;
                for (Future<Optional<JobStore.Claimed>> c : claims) {
                    Optional<JobStore.Claimed> claimed = c.get(30, TimeUnit.SECONDS);
                    if (claimed.isPresent()) {
                        assertThat(claimed.get().id()).isEqualTo(id);
                        assertThat(claimed.get().attempt()).isEqualTo(1);
                        taken++;
                    }
                }
                assertThat(taken).as("round " + round).isEqualTo(1);
                open.forEach(Handle::close);
                open.clear();
            }
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    void a_job_whose_lease_expired_under_a_node_still_alive_is_not_taken_by_another() {
        long id = queued("stale");
        Handle first = worker();
        assertThat(store(0).claim(first, "node-0", LEASE, List.of("stale"), Jobs.MAX_ATTEMPTS)).isPresent();
        expireLease(id);
        assertThat(store(1).claim(worker(), "node-1", LEASE, List.of("stale"), Jobs.MAX_ATTEMPTS))
                .as("node 0's connection still holds the job's lock").isEmpty();
    }

    @Test
    void a_job_whose_node_died_is_taken_again_then_failed_after_three_takes_and_its_input_deleted() {
        long id = queued("dying");
        store(0).jdbi().useHandle(h -> store(0).insertInput(h, id, new JobStore.SealedInput(new byte[] {1}, new byte[] {2}, 1)));
        for (int attempt = 1; attempt <= Jobs.MAX_ATTEMPTS; attempt++) {
            Handle dies = worker();
            Optional<JobStore.Claimed> claimed = store(attempt % 2).claim(dies, "node-" + attempt, LEASE, List.of("dying"), Jobs.MAX_ATTEMPTS);
            assertThat(claimed).as("take " + attempt).isPresent();
            assertThat(claimed.get().attempt()).isEqualTo(attempt);
            dies.close();
            expireLease(id);
            assertThat(store(0).abandon(Jobs.MAX_ATTEMPTS)).isEqualTo(attempt == Jobs.MAX_ATTEMPTS ? 1 : 0);
        }
        assertThat(store(1).claim(worker(), "node-1", LEASE, List.of("dying"), Jobs.MAX_ATTEMPTS)).isEmpty();
        Job failed = store(1).byId(id).orElseThrow();
        assertThat(failed.state()).isEqualTo(Job.State.FAILED);
        assertThat(failed.error().faults().get(0).key()).isEqualTo("jobs.abandoned");
        assertThat(failed.error().faults().get(0).args()).containsExactly(Jobs.MAX_ATTEMPTS);
        assertThat(store(1).input(id)).isEmpty();
    }

    @Test
    void an_end_written_by_a_node_that_lost_its_job_is_not_recorded() {
        long id = queued("lost");
        Handle first = worker();
        assertThat(store(0).claim(first, "node-0", LEASE, List.of("lost"), Jobs.MAX_ATTEMPTS)).isPresent();
        first.close();
        expireLease(id);
        assertThat(store(1).claim(worker(), "node-1", LEASE, List.of("lost"), Jobs.MAX_ATTEMPTS)).isPresent();
        assertThat(store(0).renew(id, "node-0", 1, LEASE, JobProgress.WAITING)).isFalse();
        assertThat(store(0).finish(id, "node-0", 1, "{}", null)).isFalse();
        assertThat(store(1).finish(id, "node-1", 2, "{\"n\":1}", null)).isTrue();
        assertThat(store(1).byId(id).orElseThrow().result()).isEqualTo("{\"n\": 1}");
    }
}
