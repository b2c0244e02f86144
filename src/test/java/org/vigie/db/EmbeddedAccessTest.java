package org.vigie.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.audit.AuditEvent;
import org.vigie.support.TestApp;

/** The embedded database lets nobody in without a password, and the role that serves cannot rewrite the audit trail. */
class EmbeddedAccessTest {
    @TempDir
    static Path dir;
    static App app;
    static Jdbi served;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.create(dir);
        served = app.database().jdbi();
        app.audit().record(AuditEvent.of("amina", "record.viewed", "incident:1", "10.0.0.1"));
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    private static int port() {
        return app.database().embedded().port();
    }

    @Test
    void a_session_without_a_password_is_asked_for_one_over_tcp_and_over_the_socket() throws Exception {
        Path socketDir = dir.toAbsolutePath().resolve("postgres");
        assertThat(socketDir.resolve(".s.PGSQL." + port())).as("the socket is in the data directory").exists();
        for (String user : new String[] {"postgres", EmbeddedRoles.OWNER, EmbeddedRoles.APP}) {
            assertThat(StartupProbe.tcp(port(), user, "vigie")).as(user + " over TCP").isEqualTo(StartupProbe.Answer.ASKED_FOR_PASSWORD);
            assertThat(StartupProbe.socket(socketDir, port(), user, "postgres")).as(user + " over the socket")
                    .isEqualTo(StartupProbe.Answer.ASKED_FOR_PASSWORD);
        }
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:postgresql://localhost:" + port() + "/vigie?user=postgres"))
                .hasMessageContaining("password");
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:postgresql://localhost:" + port() + "/vigie?user=postgres&password=guess"))
                .hasMessageContaining("password authentication failed");
    }

    @Test
    void every_rule_of_pg_hba_asks_for_a_scram_password_replication_included() {
        var rules = Roles.superuser(app).withHandle(h -> h.createQuery(
                "SELECT type, array_to_string(database, ','), auth_method FROM pg_hba_file_rules")
                .map((rs, ctx) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3)).list());
        assertThat(rules).isNotEmpty().allSatisfy(r -> assertThat(r).endsWith(" scram-sha-256"))
                .contains("local replication scram-sha-256", "local all scram-sha-256", "host all scram-sha-256");
    }

    @Test
    void the_role_that_serves_is_no_superuser_and_owns_nothing() {
        Map<String, Object> role = served.withHandle(h -> h.createQuery("SELECT current_user AS name, rolsuper, rolbypassrls, "
                + "rolcreaterole, rolcreatedb, rolreplication FROM pg_roles WHERE rolname = current_user").mapToMap().one());
        assertThat(role).containsEntry("name", EmbeddedRoles.APP).containsEntry("rolsuper", false).containsEntry("rolbypassrls", false)
                .containsEntry("rolcreaterole", false).containsEntry("rolcreatedb", false).containsEntry("rolreplication", false);
        java.util.List<String> owners = served.withHandle(h -> h.createQuery(
                "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'").mapTo(String.class).list());
        assertThat(owners).containsExactly(EmbeddedRoles.OWNER);
        assertThat(app.database().servesAsSuperuser()).isFalse();
    }

    @Test
    void a_start_finds_nothing_to_give_the_owner_and_leaves_the_extensions_objects_to_their_owner() throws Exception {
        assertThat(ClusterSetup.transferOwnership(app.database().embedded().superuser(EmbeddedServer.DATABASE)))
                .as("objects to move at a later start").isZero();
        java.util.List<String> owners = Roles.superuser(app).withHandle(h -> h.createQuery("SELECT DISTINCT r.rolname FROM pg_proc p "
                + "JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e' "
                + "JOIN pg_extension x ON x.oid = d.refobjid AND x.extname = 'pg_trgm' JOIN pg_roles r ON r.oid = p.proowner")
                .mapTo(String.class).list());
        assertThat(owners).as("pg_trgm's functions keep the owner PostgreSQL gave them").doesNotContain(EmbeddedRoles.OWNER);
    }

    @Test
    void the_role_that_serves_cannot_update_delete_or_truncate_audit_entries() {
        for (String sql : new String[] {"UPDATE audit_entry SET actor = 'x'", "DELETE FROM audit_entry", "TRUNCATE audit_entry"}) {
            assertThatThrownBy(() -> served.useHandle(h -> h.execute(sql))).as(sql).hasMessageContaining("SQLSTATE 42501");
        }
        assertThat(app.audit().verify().intact()).isTrue();
    }

    @Test
    void the_role_that_serves_cannot_switch_a_trigger_off_nor_silence_triggers_for_its_session() {
        assertThatThrownBy(() -> served.useHandle(h -> h.execute("ALTER TABLE audit_entry DISABLE TRIGGER USER")))
                .hasMessageContaining("SQLSTATE 42501");
        assertThatThrownBy(() -> served.useHandle(h -> h.execute("SET session_replication_role = replica")))
                .hasMessageContaining("SQLSTATE 42501");
        assertThatThrownBy(() -> served.useHandle(h -> h.execute("DROP TABLE audit_entry"))).hasMessageContaining("SQLSTATE 42501");
        assertThatThrownBy(() -> served.useHandle(h -> h.execute("CREATE TABLE intruder (x int)"))).hasMessageContaining("SQLSTATE 42501");
    }

    @Test
    void the_role_that_serves_reads_and_writes_records_and_appends_to_the_audit_trail() {
        TestApp.account(app, "rights-check", org.vigie.security.Role.ANALYST);
        assertThat(app.accounts().byUsername("rights-check")).isPresent();
        assertThat(app.audit().verify().intact()).isTrue();
    }

    @Test
    void the_passwords_of_the_roles_are_in_the_keys_folder_readable_by_their_owner_only() throws Exception {
        for (String f : new String[] {"postgres-superuser.password", "postgres-owner.password", "postgres-app.password"}) {
            Path file = dir.resolve("keys").resolve(f);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(f).isEqualTo("rw-------");
        }
    }
}
