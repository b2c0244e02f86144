package org.vigie.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.postgres.PostgresPlugin;

/**
 * Vigie's PostgreSQL database, embedded or external, with its connection pool and migrations.
 * Capabilities reach it only through their stores, which take the {@link Jdbi} handle.
 */
public final class Database implements AutoCloseable {
    private final EmbeddedServer embedded;
    private final HikariDataSource pool;
    private final Supervisor supervisor;
    private final DataSource dataSource;
    private final Jdbi jdbi;
    private final String description;

    private Database(EmbeddedServer embedded, HikariDataSource pool, Probe probe, String description) {
        this.embedded = embedded;
        this.pool = pool;
        this.description = description;
        this.supervisor = new Supervisor(embedded, probe, Clock.systemUTC()).start();
        this.dataSource = new FailFastDataSource(pool, supervisor::health, CONNECTION_WAIT_MILLIS);
        this.jdbi = Jdbi.create(dataSource).installPlugin(new PostgresPlugin());
        // JDBI's message for a failed statement names the statement and its bound arguments: a victim's name.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(SqlFailures::render);
    }

    /** Starts the embedded server or connects to the external one; fails with a readable reason. */
    public static Database open(DatabaseSettings settings) throws IOException {
        if (settings instanceof DatabaseSettings.Embedded e) {
            EmbeddedServer server = EmbeddedServer.start(e.directory());
            try {
                return new Database(server, pool(server.jdbcUrl(), "postgres", null),
                        new Probe(server.jdbcUrl(), "postgres", null), "embedded PostgreSQL on port " + server.port() + " in " + e.directory());
            } catch (RuntimeException ex) {
                server.close();
                throw ex;
            }
        }
        DatabaseSettings.External x = (DatabaseSettings.External) settings;
        try {
            return new Database(null, pool(x.jdbcUrl(), x.user(), x.password()),
                    new Probe(x.jdbcUrl(), x.user(), x.password()), "external PostgreSQL " + x);
        } catch (RuntimeException ex) {
            throw new IOException("cannot connect to DATABASE_URL (" + x + "): " + rootMessage(ex), ex);
        }
    }

    private static final long CONNECTION_WAIT_MILLIS = 10_000;

    private static HikariDataSource pool(String url, String user, String password) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(url);
        c.setUsername(user);
        c.setPassword(password);
        c.setMaximumPoolSize(8);
        c.setMinimumIdle(1);
        c.setPoolName("vigie");
        c.setConnectionTimeout(CONNECTION_WAIT_MILLIS);
        c.setInitializationFailTimeout(10_000);
        // The server's DETAIL quotes the row that broke a constraint; the driver would put it in the message.
        c.addDataSourceProperty("logServerErrorDetail", "false");
        // A server gone from the network is noticed in seconds, not after the system's TCP timeout.
        c.addDataSourceProperty("connectTimeout", "3");
        c.addDataSourceProperty("tcpKeepAlive", "true");
        return new HikariDataSource(c);
    }

    /**
     * The version of the newest migration in {@code db/migration}. Kept here so that a start on an
     * up-to-date database need not scan the whole jar for migrations (half a second on a small
     * machine); {@code MigrationIndexTest} fails the build when a new migration forgets to raise it.
     */
    public static final String LATEST_MIGRATION = "019";

    /** Applies pending migrations; returns how many ran. */
    public int migrate() {
        return flyway().migrate().migrationsExecuted;
    }

    /** Applies pending migrations unless the schema is already at {@link #LATEST_MIGRATION}; returns how many ran. */
    public int migrateIfBehind() {
        return LATEST_MIGRATION.equals(appliedVersion()) ? 0 : migrate();
    }

    private String appliedVersion() {
        try (Connection c = dataSource.getConnection();
             var rs = c.createStatement().executeQuery("SELECT version FROM flyway_schema_history WHERE success "
                     + "AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            return null;
        }
    }

    /** The version of the last applied migration, or "none". */
    public String schemaVersion() {
        MigrationInfo current = flyway().info().current();
        return current == null ? "none" : current.getVersion().getVersion();
    }

    private Flyway flyway() {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
    }

    /** What the supervisor last saw of the database; costs nothing, whatever the database does. */
    public DatabaseHealth health() {
        return supervisor.health();
    }

    /** Calls {@code listener} each time the database comes back after an outage, once it answers again. */
    public void whenRecovered(Consumer<DatabaseOutage> listener) {
        supervisor.whenRecovered(listener);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public String description() {
        return description;
    }

    @Override
    public void close() throws IOException {
        supervisor.close();
        pool.close();
        if (embedded != null) {
            embedded.close();
        }
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
