package org.vigie.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * {@code LISTEN} on a connection of its own, outside the pool (a listener keeps one session throughout; a pooled
 * connection held forever would shrink the pool): {@link #await} opens it when needed, subscribes to the channels and
 * waits for notifications. When the connection fails it is dropped and {@link Lost} thrown; the next call opens a
 * new one. One thread uses it at a time.
 */
public final class Listener implements AutoCloseable {
    private final Probe login;
    private final String applicationName;
    private final List<String> channels;
    private Connection connection;

    Listener(Probe login, String applicationName, List<String> channels) {
        for (String channel : channels) {
            if (!channel.matches("[a-z_]+")) {
                throw new IllegalArgumentException("a channel is a lower-case word, not " + channel);
            }
        }
        this.login = login;
        this.applicationName = applicationName;
        this.channels = List.copyOf(channels);
    }

    /** What one wait gave: the channels notified, and whether the connection was (re)opened, so notifications may have been missed. */
    public record Received(Set<String> channels, boolean reconnected) {
    }

    /** Waits up to {@code wait} for notifications; opens and subscribes the connection first when there is none. */
    public Received await(Duration wait) {
        boolean opened = false;
        try {
            if (connection == null) {
                connection = login.open(applicationName);
                try (Statement s = connection.createStatement()) {
                    for (String channel : channels) {
                        s.execute("LISTEN " + channel);
                    }
                }
                opened = true;
            }
            PGNotification[] notes = connection.unwrap(PGConnection.class).getNotifications((int) Math.max(1, wait.toMillis()));
            Set<String> names = new HashSet<>();
            if (notes != null) {
                for (PGNotification n : notes) {
                    names.add(n.getName());
                }
            }
            return new Received(names, opened);
        } catch (SQLException e) {
            close();
            throw new Lost(e);
        }
    }

    /** Closes the connection, if any. */
    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // a broken connection is being dropped: nothing more to do with it
            }
            connection = null;
        }
    }

    /** The listener's connection failed (the database away): it was dropped; the next wait opens another. */
    public static final class Lost extends RuntimeException {
        Lost(SQLException cause) {
            super("listener connection lost (SQLSTATE " + cause.getSQLState() + ")", cause);
        }
    }
}
