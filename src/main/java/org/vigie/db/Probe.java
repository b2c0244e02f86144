package org.vigie.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;

/**
 * One trivial query on a connection kept for the purpose, outside the pool: a pool busy with requests never
 * makes the database look down, and a dead database is seen within a couple of seconds at most.
 */
final class Probe implements AutoCloseable {
    private final String url;
    private final Properties properties = new Properties();
    private Connection connection;

    Probe(String url, String user, String password) {
        this.url = url;
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("socketTimeout", "3");
        properties.setProperty("loginTimeout", "2");
        properties.setProperty("logServerErrorDetail", "false");
        properties.setProperty("ApplicationName", "vigie-probe");
    }

    /**
     * A new connection outside the pool, with the probe's address and login, named {@code applicationName}: for a
     * listener that holds one for as long as it runs ({@code LISTEN} needs the same session throughout).
     */
    Connection open(String applicationName) throws SQLException {
        Properties p = new Properties();
        p.putAll(properties);
        p.setProperty("ApplicationName", applicationName);
        p.remove("socketTimeout");
        return DriverManager.getConnection(url, p);
    }

    /** Empty when the database answered, else why not, in words fit for {@code /health}. */
    synchronized Optional<String> check() {
        try {
            if (connection == null) {
                connection = DriverManager.getConnection(url, properties);
            }
            try (Statement s = connection.createStatement()) {
                s.execute("SELECT 1");
            }
            return Optional.empty();
        } catch (SQLException e) {
            close();
            return Optional.of(reason(e));
        }
    }

    private static String reason(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08")) {
            return "unreachable";
        }
        if (state.startsWith("57P")) {
            return "shutting down or starting";
        }
        return "SQLSTATE " + state;
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // a broken connection is being dropped: nothing more to do with it
            }
            connection = null;
        }
    }
}
