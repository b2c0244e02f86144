package org.vigie.db;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where Vigie keeps its records: an embedded PostgreSQL in a directory of its own, or an external
 * server named by a JDBC or {@code postgres://} URL.
 */
public sealed interface DatabaseSettings {

    /** The embedded server, its cluster kept in {@code directory}. */
    record Embedded(Path directory) implements DatabaseSettings {
        public Embedded {
            Objects.requireNonNull(directory, "directory");
        }
    }

    /** An external PostgreSQL server. */
    record External(String jdbcUrl, String user, String password) implements DatabaseSettings {
        public External {
            Objects.requireNonNull(jdbcUrl, "jdbcUrl");
            if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
                throw new IllegalArgumentException("DATABASE_URL must be a PostgreSQL URL (postgres://host/db or jdbc:postgresql://host/db), got: " + redact(jdbcUrl));
            }
        }

        @Override
        public String toString() {
            return "External[" + redact(jdbcUrl) + ", user=" + user + "]";
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
        return new External(u, user, password);
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("//[^/@]*@", "//***@");
    }
}
