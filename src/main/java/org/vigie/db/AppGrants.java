package org.vigie.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * The application role's rights, granted by the owner after every migration run (and at every start,
 * so that a table a migration adds is covered, and a right granted by hand is taken back): reading and
 * writing rows of Vigie's tables and using their sequences, nothing else. It owns nothing, so it
 * cannot alter, drop or truncate a table nor switch off a trigger; it is no superuser, so it cannot
 * {@code SET session_replication_role} to silence triggers either. Append-only tables (the audit
 * trail) take {@code INSERT} and {@code SELECT} only; Flyway's history, {@code SELECT} only.
 */
final class AppGrants {
    /** Tables whose rows, once written, no one serving requests may change. */
    static final List<String> APPEND_ONLY = List.of("audit_entry");
    private static final String MIGRATION_HISTORY = "flyway_schema_history";
    /** The advisory lock that serialises the grants of nodes started together (issue 18). */
    private static final long GRANT_LOCK = 0x5669_6769_6547_726eL;

    private AppGrants() {
    }

    static void apply(DataSource owner, String app) throws SQLException {
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            String schema;
            try (var rs = s.executeQuery("SELECT quote_ident(current_schema())")) {
                rs.next();
                schema = rs.getString(1);
            }
            String role = quote(app);
            // Nodes starting together grant together, and PostgreSQL refuses two GRANTs on one table at once
            // ("tuple concurrently updated"): one node at a time, in this session, released when it closes.
            s.execute("SELECT pg_advisory_lock(" + GRANT_LOCK + ")");
            s.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + role);
            // Tables a later migration creates are readable and writable at once, before the grants below run again.
            s.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA " + schema + " GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + role);
            s.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA " + schema + " GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO " + role);
            s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + role);
            s.execute("REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA " + schema + " FROM " + role);
            // setval, which a restore needs to move each sequence past the rows it loaded.
            s.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + role);
            for (String table : APPEND_ONLY) {
                if (exists(s, table)) {
                    s.execute("REVOKE UPDATE, DELETE ON " + schema + "." + table + " FROM " + role);
                }
            }
            if (exists(s, MIGRATION_HISTORY)) {
                s.execute("REVOKE INSERT, UPDATE, DELETE ON " + schema + "." + MIGRATION_HISTORY + " FROM " + role);
            }
            s.execute("SELECT pg_advisory_unlock(" + GRANT_LOCK + ")");
        }
    }

    private static boolean exists(Statement s, String table) throws SQLException {
        try (var rs = s.executeQuery("SELECT to_regclass(" + "'" + table + "') IS NOT NULL")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
