package org.vigie.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.security.Role;
import org.vigie.support.TestApp;

/**
 * A data directory of an earlier Vigie (a cluster that trusted every local connection, its tables
 * owned by the {@code postgres} superuser) is upgraded in place at the next start, nothing lost.
 */
class EmbeddedUpgradeTest {
    @TempDir
    Path dir;

    /** The cluster as EmbeddedServer made it before roles: zonky's defaults, {@code initdb -A trust}, migrated as postgres. */
    private void earlierVersionCluster() throws Exception {
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("postgres").resolve("pgdata"))
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "localhost")
                .setLocaleConfig("encoding", "UTF8")
                .start()) {
            try (Connection c = old.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE vigie ENCODING 'UTF8' TEMPLATE template0");
            }
            var vigie = old.getDatabase("postgres", "vigie");
            Flyway.configure().dataSource(vigie).locations("classpath:db/migration").load().migrate();
            try (Connection c = vigie.getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO institution (code, name_fr, name_en) VALUES ('OLD-MARK', 'Avant', 'Before')");
            }
        }
    }

    @Test
    void a_cluster_that_trusted_everyone_is_upgraded_in_place_with_nothing_lost() throws Exception {
        earlierVersionCluster();
        Path cluster = dir.resolve("postgres").resolve("pgdata");
        assertThat(Files.readString(cluster.resolve("pg_hba.conf"), StandardCharsets.UTF_8)).contains("trust");

        try (App app = TestApp.create(dir)) {
            assertThat(app.accounts().institutionStore().byCode("OLD-MARK")).as("the earlier data").isPresent();
            List<String> owners = Roles.superuser(app).withHandle(h -> h.createQuery(
                    "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'").mapTo(String.class).list());
            assertThat(owners).containsExactly(EmbeddedRoles.OWNER);
            TestApp.account(app, "after-upgrade", Role.ANALYST);
            assertThat(app.accounts().byUsername("after-upgrade")).isPresent();
            assertThat(app.audit().verify().intact()).isTrue();
            assertThat(Files.readString(cluster.resolve("pg_hba.conf"), StandardCharsets.UTF_8)).doesNotContain("trust");
            assertThat(app.database().servesAsSuperuser()).isFalse();
        }
        try (App again = TestApp.create(dir)) {
            assertThat(again.accounts().byUsername("after-upgrade")).as("a second start on the upgraded cluster").isPresent();
            int port = again.database().embedded().port();
            assertThat(StartupProbe.tcp(port, "postgres", "vigie")).isEqualTo(StartupProbe.Answer.ASKED_FOR_PASSWORD);
        }
    }
}
