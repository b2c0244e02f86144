package org.vigie.db;

import org.jdbi.v3.core.Jdbi;
import org.vigie.App;

/**
 * Connections as the other roles of a test's embedded database, for tests that play someone holding
 * their password (an intruder switching a trigger off, a checkpoint forced before scanning files).
 */
public final class Roles {
    private Roles() {
    }

    /** As the owner of the tables, who may alter them and switch their triggers off. */
    public static Jdbi owner(App app) {
        return Jdbi.create(app.database().owner());
    }

    /** As the cluster's superuser. */
    public static Jdbi superuser(App app) {
        return Jdbi.create(app.database().embedded().superuser(EmbeddedServer.DATABASE));
    }
}
