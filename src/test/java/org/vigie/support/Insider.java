package org.vigie.support;

import org.vigie.App;

/**
 * What an intruder with the database owner's password does to the audit trail: switch its guard
 * triggers off, change rows, switch them on again. The one place tests do it, so that when the
 * application connects with a role that cannot, only this helper needs the superuser's connection.
 */
public final class Insider {
    private Insider() {
    }

    public static void sql(App app, String... statements) {
        org.vigie.db.Roles.owner(app).useHandle(h -> {
            h.execute("ALTER TABLE audit_entry DISABLE TRIGGER USER");
            for (String s : statements) {
                h.execute(s);
            }
            h.execute("ALTER TABLE audit_entry ENABLE TRIGGER USER");
        });
    }

    /** The audit key of one data directory copied to another, as an operator does before a restore. */
    public static void copyAuditKey(java.nio.file.Path fromData, java.nio.file.Path toData) throws java.io.IOException {
        java.nio.file.Files.createDirectories(toData.resolve("keys"));
        java.nio.file.Files.copy(fromData.resolve("keys/audit.key"), toData.resolve("keys/audit.key"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
