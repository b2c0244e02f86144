package org.vigie.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.support.Eventually.within;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.security.Role;
import org.vigie.support.GeneratedUhri;
import org.vigie.support.ImportJobPages;
import org.vigie.support.NodeCluster;
import org.vigie.support.NodeProcess;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;

/**
 * An import started on one node, which is killed (SIGKILL, a process of its own) while it runs: another node shows
 * its progress meanwhile, takes it again once the dead node's lease expired, and ends it; its page, read on the
 * second node, shows the counts, and the list is imported once, whole.
 */
class ClusterImportKillTest {
    private static final int ROWS = 20_000;

    @RegisterExtension
    static final NodeCluster cluster = NodeCluster.of(1).with("VIGIE_JOB_LEASE_SECONDS", "2");

    @Test
    @Timeout(900)
    void an_import_survives_the_death_of_the_node_that_ran_it() throws Exception {
        cluster.account("aminata", Role.ANALYST);
        cluster.account("moussa", Role.ANALYST);
        // The in-JVM node is stopped while the job is posted, so that the process's worker is the one that takes it.
        cluster.stop(0);
        Jdbi db = Jdbi.create(cluster.jdbcUrl(), "postgres", "");
        try (NodeProcess doomed = cluster.startProcess()) {
            WebClient onDoomed = new WebClient(doomed.base());
            assertThat(onDoomed.login("aminata", TestApp.PASSWORD).statusCode()).isBetween(300, 399);
            onDoomed.get("/tracker");
            String job = ImportJobPages.location(onDoomed.postMultipart("/tracker/import", "file", "uhri.csv", GeneratedUhri.csv(ROWS)),
                    "/tracker/import");
            String token = job.substring(job.lastIndexOf('/') + 1);
            awaitRunning(db, token);

            cluster.restart(0);
            WebClient survivor = cluster.web(0, "aminata");
            HttpResponse<String> progress = survivor.get(job + "/progress");
            assertThat(progress.statusCode()).isEqualTo(200);
            assertThat(progress.headers().firstValue("HX-Redirect")).as("still running on the doomed node").isEmpty();
            assertThat(progress.body()).contains("id=\"import-progress\"");
            assertThat(attempts(db, token)).as("taken once so far").isEqualTo(1);

            WebClient other = cluster.web(0, "moussa");
            assertThat(other.get(job).statusCode()).as("another analyst: as a missing job").isEqualTo(404);
            assertThat(other.get(job + "/progress").statusCode()).isEqualTo(404);
            assertThat(other.get("/tracker/import/AAAAAAAAAAAAAAAAAAAAAA").statusCode()).isEqualTo(404);

            doomed.kill();
            HttpResponse<String> ended = ImportJobPages.ended(survivor, job);
            assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
            assertThat(ended.body()).contains("recommandations lues").contains("ajoutées");
        }
        assertThat(attempts(db, tokenOf(db))).as("taken again after the kill").isEqualTo(2);
        assertThat(count(db, "SELECT count(*) FROM recommendation")).as("imported once, whole").isEqualTo(ROWS);
        assertThat(count(db, "SELECT count(*) FROM job_input")).as("its input deleted").isZero();
    }

    private static String tokenOf(Jdbi db) {
        return db.withHandle(h -> h.createQuery("SELECT token FROM job WHERE kind = 'import.tracker'").mapTo(String.class).one());
    }

    private static int attempts(Jdbi db, String token) {
        return db.withHandle(h -> h.createQuery("SELECT attempts FROM job WHERE token = :t").bind("t", token).mapTo(Integer.class).one());
    }

    private static long count(Jdbi db, String sql) {
        return db.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    /** Until the job is running and reading, on the node that took it. */
    private static void awaitRunning(Jdbi db, String token) {
        within(Duration.ofSeconds(60), () -> db.withHandle(h -> h.createQuery(
                        "SELECT state = 'running' AND phase <> 'WAITING' FROM job WHERE token = :t")
                .bind("t", token).mapTo(Boolean.class).findOne().orElse(false)), "the job running on the doomed node");
    }
}
