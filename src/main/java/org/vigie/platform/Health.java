package org.vigie.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigie.db.Database;
import org.vigie.db.DatabaseHealth;
import org.vigie.db.ReplicaHealth;
import org.vigie.files.DiskWatch;
import org.vigie.web.ServiceState;

/**
 * Vigie's health as {@code /health} reports it and as the web layer acts on it: the database's state as its
 * supervisor last saw it and the disk's free space, both read from caches so that asking never waits on a
 * database that is away.
 */
public final class Health {
    private final Database database;
    private final DiskWatch disk;
    private final java.util.function.Supplier<Map<String, Object>> node;

    public Health(Database database, DiskWatch disk) {
        this(database, disk, null);
    }

    /**
     * @param node this node's part of the report (its identity and search lag, read from memory), or null for none
     */
    public Health(Database database, DiskWatch disk, java.util.function.Supplier<Map<String, Object>> node) {
        this.database = database;
        this.disk = disk;
        this.node = node;
    }

    /** The state the request pipeline acts on. */
    public ServiceState state() {
        DatabaseHealth db = database.health();
        DiskWatch.Sample d = disk.now();
        ServiceState.Disk level = switch (d.level()) {
            case OK -> ServiceState.Disk.OK;
            case NO_UPLOADS -> ServiceState.Disk.NO_UPLOADS;
            case NO_WRITES -> ServiceState.Disk.NO_WRITES;
        };
        return new ServiceState(db.isUp(), db.isUp() ? "" : db.describe(), level, d.freeBytes());
    }

    /** Whether everything is well: the database up and the disk above twice its reserve. */
    boolean ok(DatabaseHealth db, DiskWatch.Sample d) {
        return db.isUp() && d.level() == DiskWatch.Level.OK;
    }

    /** The body of {@code /health}: status, the reasons it is not ok in words, and the details. */
    Map<String, Object> report(String version) {
        DatabaseHealth db = database.health();
        DiskWatch.Sample d = disk.now();
        List<String> reasons = new ArrayList<>();
        if (!db.isUp()) {
            reasons.add("database: " + db.describe());
        }
        if (d.level() != DiskWatch.Level.OK) {
            reasons.add("disk: " + d.freeMegabytes() + " MB free");
        }
        java.util.Optional<ReplicaHealth> replica = database.replica();
        replica.filter(r -> !r.serves()).ifPresent(r -> reasons.add("replica: " + r.describe()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", ok(db, d) && replica.map(ReplicaHealth::serves).orElse(true) ? "ok" : "degraded");
        body.put("reasons", reasons);
        body.put("version", version);
        Map<String, Object> dbPart = new LinkedHashMap<>();
        dbPart.put("status", db.isUp() ? "ok" : db.status().name().toLowerCase(java.util.Locale.ROOT));
        dbPart.put("embedded", database.isEmbedded());
        // A superuser serving requests can rewrite the audit trail: said here so that monitoring sees it.
        dbPart.put("serves_as_superuser", database.servesAsSuperuser());
        dbPart.put("since", db.since().toString());
        if (!db.isUp()) {
            dbPart.put("reason", db.reason());
        }
        // Where heavy reads go (issue 18): a replica down or behind sends them to the primary, which still serves.
        replica.ifPresent(r -> dbPart.put("replica", Map.of("status", r.status().name().toLowerCase(java.util.Locale.ROOT),
                "reads", r.serves() ? "replica" : "primary", "lagMillis", r.lag().toMillis(), "lagBytes", r.lagBytes(),
                "since", r.since().toString(), "reason", r.reason())));
        body.put("database", dbPart);
        if (node != null) {
            // A random identity and two numbers: nothing of the machine, nothing of the data.
            body.put("node", node.get());
        }
        body.put("disk", Map.of("status", d.level().name().toLowerCase(java.util.Locale.ROOT),
                "freeMegabytes", d.freeMegabytes(), "reserveMegabytes", d.reserveBytes() / (1024 * 1024)));
        return body;
    }

    /** 200 while the database answers (a short disk is reported, and still serves reads), 503 when it does not. */
    boolean serving() {
        return database.health().isUp();
    }
}
