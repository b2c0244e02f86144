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
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Vigie's PostgreSQL database, embedded or external, with its connection pool and migrations.
 * Capabilities reach it only through their stores, which take the {@link Jdbi} handle.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private final EmbeddedServer embedded;
    private final HikariDataSource pool;
    private final Supervisor supervisor;
    private final DataSource dataSource;
    private final DataSource owner;
    private final String grantee;
    private final boolean superuser;
    private final Jdbi jdbi;
    private final ReadReplica replica;
    private final Jdbi reads;
    private final String description;
    private final Probe probe;

    /**
     * @param pool    the application role's pool, which serves (behind a fail-fast source while the database is away)
     * @param owner   the role that owns the tables and runs migrations
     * @param grantee the application role that {@link AppGrants} gives table rights to, or null when
     *                it is the owner itself (an external database without {@code DATABASE_OWNER_USER})
     */
    private Database(EmbeddedServer embedded, HikariDataSource pool, DataSource owner, String grantee, Probe probe,
                     String description) {
        this(embedded, pool, owner, grantee, probe, description, null);
    }

    private Database(EmbeddedServer embedded, HikariDataSource pool, DataSource owner, String grantee, Probe probe,
                     String description, DatabaseSettings.Replica replicaSettings) {
        this.embedded = embedded;
        this.pool = pool;
        this.owner = owner;
        this.grantee = grantee;
        this.description = description;
        this.probe = probe;
        this.supervisor = new Supervisor(embedded, probe, Clock.systemUTC()).start();
        FailFastDataSource failFast = new FailFastDataSource(pool, supervisor::health, CONNECTION_WAIT_MILLIS);
        supervisor.whenLost(failFast::abortLent);
        this.dataSource = failFast;
        this.jdbi = jdbi(dataSource);
        this.replica = replicaSettings == null ? null : new ReadReplica(replicaPool(replicaSettings), dataSource,
                replicaSettings.maxWait(), Clock.systemUTC());
        this.reads = replica == null ? jdbi : jdbi(replica);
        this.superuser = jdbi.withHandle(h -> h.createQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
                .mapTo(Boolean.class).findOne().orElse(false));
        if (superuser) {
            LOG.warn("the database role that serves requests is a superuser: it can rewrite the audit trail and read "
                    + "everything; give Vigie a role of its own (docs/operations.md)");
        }
    }

    private static Jdbi jdbi(DataSource source) {
        Jdbi j = Jdbi.create(source).installPlugin(new PostgresPlugin());
        // JDBI's message for a failed statement names the statement and its bound arguments: a victim's name.
        j.getConfig(StatementExceptions.class).setMessageRendering(SqlFailures::render);
        return j;
    }

    /** Starts the embedded server or connects to the external one; fails with a readable reason. */
    public static Database open(DatabaseSettings settings) throws IOException {
        if (settings instanceof DatabaseSettings.Embedded e) {
            EmbeddedServer server = EmbeddedServer.start(e.directory(), e.keys());
            try {
                DatabaseLogin app = server.roles().app();
                return new Database(server, pool(server.jdbcUrl(), app.user(), app.password()),
                        server.source(server.roles().owner(), EmbeddedServer.DATABASE), app.user(),
                        new Probe(server.jdbcUrl(), app.user(), app.password()),
                        "embedded PostgreSQL on port " + server.port() + " in " + e.directory());
            } catch (RuntimeException ex) {
                server.close();
                throw ex;
            }
        }
        DatabaseSettings.External x = (DatabaseSettings.External) settings;
        HikariDataSource pool;
        try {
            pool = pool(x.jdbcUrl(), x.user(), x.password());
        } catch (RuntimeException ex) {
            throw new IOException("cannot connect to DATABASE_URL (" + x + "): " + rootMessage(ex), ex);
        }
        if (!x.hasSeparateOwner()) {
            LOG.warn("DATABASE_OWNER_USER is not set: migrations run as DATABASE_USER, which then owns the tables and "
                    + "can alter the audit trail; create the two roles of docs/operations.md");
            return new Database(null, pool, pool, null, new Probe(x.jdbcUrl(), x.user(), x.password()), "external PostgreSQL " + x,
                    x.replica());
        }
        PGSimpleDataSource migrations = new PGSimpleDataSource();
        migrations.setUrl(x.jdbcUrl());
        migrations.setUser(x.ownerUser());
        migrations.setPassword(x.ownerPassword());
        migrations.setLogServerErrorDetail(false);
        try {
            return new Database(null, pool, migrations, x.user() == null ? null : x.user(),
                    new Probe(x.jdbcUrl(), x.user(), x.password()), "external PostgreSQL " + x, x.replica());
        } catch (RuntimeException ex) {
            pool.close();
            throw ex;
        }
    }

    /**
     * Connects to the database of the Vigie that runs on this data directory, without starting or migrating
     * anything: for the embedded server, through loopback on the port its {@code postmaster.pid} names, as the
     * application role with the password kept in the keys folder; an external one as {@link #open} does. Fails
     * when the server's schema is not this version's (the server migrates at start).
     */
    public static Database attach(DatabaseSettings settings) throws IOException {
        Database db;
        if (settings instanceof DatabaseSettings.Embedded e) {
            int port = EmbeddedServer.runningPort(e.directory())
                    .orElseThrow(() -> new IOException("a Vigie holds " + e.directory().getParent()
                            + " but its embedded database is not running: wait for it to start, or stop it and run again"));
            EmbeddedRoles roles = EmbeddedRoles.load(e.keys());
            db = open(new DatabaseSettings.External("jdbc:postgresql://localhost:" + port + "/" + EmbeddedServer.DATABASE,
                    roles.app().user(), roles.app().password(), roles.owner().user(), roles.owner().password()));
        } else {
            db = open(settings);
        }
        String applied = db.appliedVersion();
        if (!LATEST_MIGRATION.equals(applied)) {
            db.close();
            throw new IOException("the running Vigie's database is at schema version " + applied + ", this command's is "
                    + LATEST_MIGRATION + ": run the command of the same version as the server");
        }
        return db;
    }

    /** Whether these settings name a database that exists already: an embedded cluster in its folder, or any external one. */
    public static boolean exists(DatabaseSettings settings) {
        return !(settings instanceof DatabaseSettings.Embedded e) || EmbeddedServer.exists(e.directory());
    }

    private static final long CONNECTION_WAIT_MILLIS = 10_000;

    private static HikariDataSource pool(String url, String user, String password) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(url);
        c.setUsername(user);
        c.setPassword(password);
        // An error's DETAIL can quote row values (the duplicate key); keep them out of exceptions and logs.
        c.addDataSourceProperty("logServerErrorDetail", "false");
        c.setMaximumPoolSize(8);
        // No idle minimum: while the database is away, Hikari would keep trying to refill the pool with a
        // back-off that grows to 5 s, and the first request after the database's return would wait for it. With
        // none, a connection is made when a request asks for one, at once.
        c.setMinimumIdle(0);
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
     * The replica's pool: read-only, started even when the replica does not answer (reads then go to the
     * primary), and quick to give up on it, since the primary stands in.
     */
    private static HikariDataSource replicaPool(DatabaseSettings.Replica r) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(r.jdbcUrl());
        c.setUsername(r.user());
        c.setPassword(r.password());
        c.addDataSourceProperty("logServerErrorDetail", "false");
        c.addDataSourceProperty("connectTimeout", "2");
        c.addDataSourceProperty("tcpKeepAlive", "true");
        c.setReadOnly(true);
        c.setMaximumPoolSize(8);
        c.setMinimumIdle(0);
        c.setPoolName("vigie-replica");
        c.setConnectionTimeout(2_000);
        c.setInitializationFailTimeout(-1);
        return new HikariDataSource(c);
    }

    /**
     * The version of the newest migration in {@code db/migration}. Kept here so that a start on an
     * up-to-date database need not scan the whole jar for migrations (half a second on a small
     * machine); {@code MigrationIndexTest} fails the build when a new migration forgets to raise it.
     */
    public static final String LATEST_MIGRATION = "117";

    /** Applies pending migrations as the owner, then the application role's rights; returns how many ran. */
    public int migrate() {
        int ran = flyway().migrate().migrationsExecuted;
        grant();
        return ran;
    }

    /**
     * Applies pending migrations unless the schema is already at {@link #LATEST_MIGRATION}, and the
     * application role's rights in any case; returns how many migrations ran.
     */
    public int migrateIfBehind() {
        if (LATEST_MIGRATION.equals(appliedVersion())) {
            grant();
            return 0;
        }
        return migrate();
    }

    private void grant() {
        if (grantee == null) {
            return;
        }
        try {
            AppGrants.apply(owner, grantee);
        } catch (SQLException e) {
            throw new IllegalStateException("could not grant the application role its rights: " + e.getMessage(), e);
        }
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
                .dataSource(owner)
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

    /**
     * A {@code LISTEN}er on {@code channels} over a connection of its own, outside the pool, opened at its first wait
     * (org.vigie.cluster); the caller closes it.
     */
    public Listener listener(String applicationName, java.util.List<String> channels) {
        return new Listener(probe, applicationName, channels);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * The handle for heavy reads (statistics, reports' figures, exports, the public snapshot): the replica of
     * {@code DATABASE_REPLICA_URL} once it has replayed what the primary held when the handle was opened, else the
     * primary; {@link #jdbi()} itself without a replica. Never for a write, nor inside a writing transaction.
     */
    public Jdbi reads() {
        return reads;
    }

    /** What the replica's probe last saw, or empty without a replica. */
    public java.util.Optional<ReplicaHealth> replica() {
        return replica == null ? java.util.Optional.empty() : java.util.Optional.of(replica.health());
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /** Whether the role that serves requests is a superuser, which it should never be (said by {@code /health}). */
    public boolean servesAsSuperuser() {
        return superuser;
    }

    /** The embedded server, for tests that act as its owner or superuser; null on an external database. */
    EmbeddedServer embedded() {
        return embedded;
    }

    /** The role that owns the tables, for tests that play an intruder with its password. */
    DataSource owner() {
        return owner;
    }

    public String description() {
        return description;
    }

    @Override
    public void close() throws IOException {
        supervisor.close();
        if (replica != null) {
            replica.close();
        }
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
