package org.vigie.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.db.Database;
import org.vigie.security.Role;
import org.vigie.support.NodeCluster;
import org.vigie.support.TestApp;

/**
 * Nodes started at the same moment on an empty database all come up: Flyway migrates under a PostgreSQL advisory
 * lock (the others wait, then find nothing to do) and the application role's grants are serialised too.
 */
class ClusterStartTest {
    private static final int NODES = 3;
    @RegisterExtension
    static final NodeCluster cluster = NodeCluster.of(0);

    private static void sql(String... statements) throws Exception {
        try (Connection c = cluster.server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    @Test
    void nodes_started_together_on_an_empty_database_migrate_once_and_all_serve() throws Exception {
        // The operator's keys, made once and copied to every node before the first start (docs/scaling.md).
        sql("CREATE DATABASE keys_maker");
        Path maker = cluster.newDataDir("keys-maker");
        App.create(cluster.config(maker, Map.of("DATABASE_URL", cluster.jdbcUrl().replace("/postgres", "/keys_maker")))).close();
        // Two roles as docs/operations.md has them: one owns and migrates, one serves.
        sql("CREATE ROLE vigie_owner LOGIN", "CREATE ROLE vigie_app LOGIN", "CREATE DATABASE vigie OWNER vigie_owner");
        Map<String, String> env = Map.of("DATABASE_URL", cluster.jdbcUrl().replace("/postgres", "/vigie"),
                "DATABASE_USER", "vigie_app", "DATABASE_OWNER_USER", "vigie_owner");
        List<Path> dirs = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            Path dir = cluster.newDataDir("together-" + i);
            java.nio.file.Files.createDirectories(dir.resolve("keys"));
            try (var keys = java.nio.file.Files.list(maker.resolve("keys"))) {
                for (Path k : (Iterable<Path>) keys::iterator) {
                    java.nio.file.Files.copy(k, dir.resolve("keys").resolve(k.getFileName()));
                }
            }
            dirs.add(dir);
        }
        ExecutorService pool = Executors.newFixedThreadPool(NODES);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<App>> starting = new ArrayList<>();
        for (Path dir : dirs) {
            starting.add(pool.submit(() -> {
                go.await();
                return App.create(cluster.config(dir, env)).start();
            }));
        }
        go.countDown();
        List<App> nodes = new ArrayList<>();
        try {
            for (Future<App> f : starting) {
                nodes.add(f.get(3, TimeUnit.MINUTES));
            }
            App first = nodes.get(0);
            List<Map<String, Object>> history = first.database().jdbi().withHandle(h -> h.createQuery(
                    "SELECT version, count(*) AS runs FROM flyway_schema_history WHERE version IS NOT NULL GROUP BY version").mapToMap().list());
            assertThat(history).as("every migration ran once").allSatisfy(r -> assertThat(((Number) r.get("runs")).longValue()).isEqualTo(1));
            assertThat(history).extracting(r -> r.get("version")).contains(Database.LATEST_MIGRATION);
            TestApp.account(first, "started-together", Role.OBSERVER);
            for (App node : nodes) {
                assertThat(node.accounts().byUsername("started-together")).isPresent();
                assertThat(new org.vigie.support.WebClient(TestApp.base(node)).get("/health").statusCode()).isEqualTo(200);
            }
        } finally {
            for (App node : nodes) {
                node.close();
            }
            pool.shutdownNow();
        }
    }
}
