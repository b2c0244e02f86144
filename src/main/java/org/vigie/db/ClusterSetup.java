package org.vigie.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * What the embedded cluster's superuser does at each start, idempotently: gives it and the two
 * roles of {@link EmbeddedRoles} their passwords, makes {@code vigie_owner} the owner of the
 * database and of every object in it, and lets {@code vigie_app} connect to that database only.
 * On a cluster of an earlier version (tables owned by {@code postgres}) this is the upgrade in place.
 */
final class ClusterSetup {
    /** The role attributes both roles keep, whatever an earlier hand changed. */
    private static final String ATTRIBUTES = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT";

    private ClusterSetup() {
    }

    /** Roles and the database, as the superuser connected to the cluster's {@code postgres} database. */
    static void rolesAndDatabase(DataSource superuser, EmbeddedRoles roles, String database) throws SQLException {
        try (Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET password_encryption = 'scram-sha-256'");
            s.execute("ALTER ROLE " + EmbeddedRoles.SUPERUSER + " PASSWORD " + literal(roles.superuser().password()));
            for (DatabaseLogin role : List.of(roles.owner(), roles.app())) {
                boolean exists = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = " + literal(role.user())).next();
                s.execute((exists ? "ALTER ROLE " : "CREATE ROLE ") + role.user() + " " + ATTRIBUTES
                        + " PASSWORD " + literal(role.password()));
            }
            boolean exists = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = " + literal(database)).next();
            if (exists) {
                s.execute("ALTER DATABASE " + database + " OWNER TO " + EmbeddedRoles.OWNER);
            } else {
                s.execute("CREATE DATABASE " + database + " OWNER " + EmbeddedRoles.OWNER + " ENCODING 'UTF8' TEMPLATE template0");
            }
            s.execute("REVOKE ALL ON DATABASE " + database + " FROM PUBLIC");
            s.execute("GRANT CONNECT, TEMPORARY ON DATABASE " + database + " TO " + EmbeddedRoles.APP);
        }
    }

    /**
     * Gives {@code vigie_owner} every table, sequence, function and type of the database's schemas
     * that another role owns: what an earlier Vigie created as {@code postgres}. Sequences that belong
     * to a column move with their table.
     */
    static int transferOwnership(DataSource superuserOnDatabase) throws SQLException {
        try (Connection c = superuserOnDatabase.getConnection(); Statement s = c.createStatement()) {
            List<String> statements = new ArrayList<>();
            String owner = "(SELECT oid FROM pg_roles WHERE rolname = '" + EmbeddedRoles.OWNER + "')";
            String ours = "NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'";
            collect(s, statements, "SELECT format('ALTER %s %I.%I OWNER TO " + EmbeddedRoles.OWNER + "', "
                    + "CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' "
                    + "ELSE 'TABLE' END, n.nspname, c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                    + "WHERE n.nspname " + ours + " AND c.relowner <> " + owner + " AND c.relkind IN ('r', 'p', 'v', 'm', 'S') "
                    + "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid "
                    + "AND d.deptype IN ('a', 'i', 'e'))");
            collect(s, statements, "SELECT format('ALTER ROUTINE %s OWNER TO " + EmbeddedRoles.OWNER + "', p.oid::regprocedure) "
                    + "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname " + ours
                    + " AND p.proowner <> " + owner + " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass "
                    + "AND d.objid = p.oid AND d.deptype = 'e')");
            collect(s, statements, "SELECT format('ALTER TYPE %I.%I OWNER TO " + EmbeddedRoles.OWNER + "', n.nspname, t.typname) "
                    + "FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname " + ours
                    + " AND t.typowner <> " + owner + " AND t.typtype IN ('e', 'd', 'r', 'm') AND NOT EXISTS (SELECT 1 FROM pg_depend d "
                    + "WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')");
            for (String statement : statements) {
                s.execute(statement);
            }
            return statements.size();
        }
    }

    private static void collect(Statement s, List<String> into, String query) throws SQLException {
        try (var rs = s.executeQuery(query)) {
            while (rs.next()) {
                into.add(rs.getString(1));
            }
        }
    }

    /** Passwords are 64 hexadecimal digits ({@code SecretFiles}); utility statements take no parameters. */
    private static String literal(String value) {
        if (!value.matches("[0-9A-Za-z_]+")) {
            throw new IllegalArgumentException("unexpected character in a role name or password");
        }
        return "'" + value + "'";
    }
}
