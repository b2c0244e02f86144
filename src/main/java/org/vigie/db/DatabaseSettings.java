package org.vigie.db;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where Vigie keeps its records: an embedded PostgreSQL in a directory of its own, or an external
 * server named by a JDBC or {@code postgres://} URL.
 */
public sealed interface DatabaseSettings {

    /**
     * The embedded server, its cluster kept in {@code directory}, the passwords of its roles in
     * {@code keys} (see {@link EmbeddedRoles}).
     */
    record Embedded(Path directory, Path keys) implements DatabaseSettings {
        public Embedded {
            Objects.requireNonNull(directory, "directory");
            Objects.requireNonNull(keys, "keys");
        }
    }

    /**
     * An external PostgreSQL server: Vigie serves as {@code user} and migrates as {@code ownerUser}
     * ({@code DATABASE_OWNER_USER}), or as {@code user} too when no owner is given.
     */
    record External(String jdbcUrl, String user, String password, String ownerUser, String ownerPassword, Replica replica)
            implements DatabaseSettings {
        /** The server without a replica. */
        public External(String jdbcUrl, String user, String password, String ownerUser, String ownerPassword) {
            this(jdbcUrl, user, password, ownerUser, ownerPassword, null);
        }

        public External {
            Objects.requireNonNull(jdbcUrl, "jdbcUrl");
            if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
                throw new IllegalArgumentException("DATABASE_URL must be a PostgreSQL URL (postgres://host/db or jdbc:postgresql://host/db), got: " + redact(jdbcUrl));
            }
            if (ownerUser != null && ownerUser.isBlank()) {
                ownerUser = null;
            }
        }

        /** The same server with the role that runs migrations and owns the tables. */
        public External withOwner(String owner, String ownerSecret) {
            return new External(jdbcUrl, user, password, owner, ownerSecret, replica);
        }

        /**
         * The same server with the streaming replica {@code DATABASE_REPLICA_URL} names, if it does: user and password
         * from {@code DATABASE_REPLICA_USER}/{@code DATABASE_REPLICA_PASSWORD} or the URL, else the primary's;
         * {@code DATABASE_REPLICA_MAX_WAIT_MS}, how long a read waits for the replica to catch up (default 500).
         */
        public External withReplicaFrom(java.util.Map<String, String> env) {
            String url = env.get("DATABASE_REPLICA_URL");
            if (url == null || url.isBlank()) {
                return this;
            }
            if (!url.strip().matches("(postgres|postgresql|jdbc:postgresql)://.*")) {
                throw new IllegalArgumentException("DATABASE_REPLICA_URL must be a PostgreSQL URL (postgres://host/db or "
                        + "jdbc:postgresql://host/db), got: " + redact(url));
            }
            External r = external(url, env.get("DATABASE_REPLICA_USER"), env.get("DATABASE_REPLICA_PASSWORD"));
            String wait = env.get("DATABASE_REPLICA_MAX_WAIT_MS");
            long millis;
            try {
                millis = wait == null || wait.isBlank() ? Replica.DEFAULT_WAIT.toMillis() : Long.parseLong(wait.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("DATABASE_REPLICA_MAX_WAIT_MS must be a number of milliseconds, got: " + wait);
            }
            return new External(jdbcUrl, user, password, ownerUser, ownerPassword, new Replica(r.jdbcUrl(),
                    r.user() == null ? user : r.user(), r.password() == null ? password : r.password(), java.time.Duration.ofMillis(millis)));
        }

        /** Whether migrations have a role of their own, apart from the one that serves. */
        boolean hasSeparateOwner() {
            return ownerUser != null && !ownerUser.equals(user);
        }

        @Override
        public String toString() {
            return "External[" + redact(jdbcUrl) + ", user=" + user + (ownerUser == null ? "" : ", owner=" + ownerUser)
                    + (replica == null ? "" : ", " + replica) + "]";
        }
    }

    /**
     * A streaming replica of the external server, for heavy reads ({@link Database#reads()}).
     *
     * @param maxWait how long a read waits for the replica to replay what the primary had when the read began,
     *                before it goes to the primary
     */
    record Replica(String jdbcUrl, String user, String password, java.time.Duration maxWait) {
        static final java.time.Duration DEFAULT_WAIT = java.time.Duration.ofMillis(500);

        public Replica {
            Objects.requireNonNull(jdbcUrl, "jdbcUrl");
            if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
                throw new IllegalArgumentException("DATABASE_REPLICA_URL must be a PostgreSQL URL, got: " + redact(jdbcUrl));
            }
            if (maxWait == null || maxWait.isNegative() || maxWait.toSeconds() > 60) {
                throw new IllegalArgumentException("DATABASE_REPLICA_MAX_WAIT_MS must be between 0 and 60000, got: " + maxWait);
            }
        }

        @Override
        public String toString() {
            return "replica " + redact(jdbcUrl) + " as " + user;
        }
    }

    /**
     * Reads {@code DATABASE_URL} in either the JDBC form or the {@code postgres://user:pass@host:port/db}
     * form that hosting platforms give; user and password from the URL yield to the explicit ones.
     */
    static External external(String url, String user, String password) {
        String u = url.trim();
        if (u.startsWith("postgres://") || u.startsWith("postgresql://")) {
            java.net.URI uri = java.net.URI.create(u);
            String userInfo = uri.getRawUserInfo();
            if (userInfo != null) {
                String[] parts = userInfo.split(":", 2);
                if (user == null || user.isBlank()) {
                    user = java.net.URLDecoder.decode(parts[0], java.nio.charset.StandardCharsets.UTF_8);
                }
                if ((password == null || password.isBlank()) && parts.length == 2) {
                    password = java.net.URLDecoder.decode(parts[1], java.nio.charset.StandardCharsets.UTF_8);
                }
            }
            String port = uri.getPort() > 0 ? ":" + uri.getPort() : "";
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            u = "jdbc:postgresql://" + uri.getHost() + port + uri.getRawPath() + query;
        }
        return new External(u, user, password, null, null);
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("//[^/@]*@", "//***@");
    }
}
