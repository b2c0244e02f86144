package org.vigie.db;

import java.sql.SQLTransientConnectionException;

/**
 * Thrown at once, instead of a connection, while the supervisor knows the database to be away: a request
 * then fails in milliseconds rather than after the pool's ten-second wait.
 */
final class DatabaseUnavailable extends SQLTransientConnectionException {
    DatabaseUnavailable(String reason) {
        super(reason, "08006");
    }
}
