package org.vigie.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.vigie.crypto.PrivateFiles;

/**
 * The embedded cluster's {@code pg_hba.conf}: every connection, by socket or loopback, ordinary or
 * replication, needs a password checked by SCRAM-SHA-256; nothing is trusted and nothing outside the
 * machine is accepted. Earlier versions of Vigie let zonky's {@code initdb -A trust} write it, so
 * that anyone on the machine could connect as the superuser; {@link #isTrusting} finds such a cluster.
 */
final class HostBasedAccess {
    static final String FILE = "pg_hba.conf";
    private static final Pattern TRUST = Pattern.compile("(?m)^\\s*(local|host\\w*)\\s.*\\btrust\\s*$");

    static final String RULES = """
            # Written by Vigie at every start; edits here are overwritten.
            # Every connection, by socket or loopback, needs a password (SCRAM-SHA-256).
            # TYPE  DATABASE     USER  ADDRESS       METHOD
            local   all          all                 scram-sha-256
            host    all          all   127.0.0.1/32  scram-sha-256
            host    all          all   ::1/128       scram-sha-256
            local   replication  all                 scram-sha-256
            host    replication  all   127.0.0.1/32  scram-sha-256
            host    replication  all   ::1/128       scram-sha-256
            """;

    private HostBasedAccess() {
    }

    /** Whether the cluster in {@code cluster} lets any connection in without a password. */
    static boolean isTrusting(Path cluster) throws IOException {
        Path file = cluster.resolve(FILE);
        return Files.exists(file) && TRUST.matcher(Files.readString(file, StandardCharsets.UTF_8)).find();
    }

    /** Writes {@link #RULES} unless the file already says exactly that; returns whether it changed. */
    static boolean write(Path cluster) throws IOException {
        Path file = cluster.resolve(FILE);
        if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(RULES)) {
            return false;
        }
        Path tmp = cluster.resolve(FILE + ".tmp");
        Files.writeString(tmp, RULES, StandardCharsets.UTF_8);
        PrivateFiles.restrict(tmp);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return true;
    }
}
