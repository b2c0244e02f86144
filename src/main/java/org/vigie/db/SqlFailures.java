package org.vigie.db;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * How Vigie speaks of a database failure without the values of the rows involved: by SQLSTATE,
 * constraint, table, column and the first words of its own statement. The driver's message can quote a
 * value ({@code invalid input syntax for type integer: "..."}), its {@code DETAIL} the whole row, and JDBI's
 * the bound arguments; none of them reaches a log.
 */
public final class SqlFailures {
    /** Connection failures (08), the server shutting down or starting (57P01-57P03), and Vigie's own gate. */
    private static final Set<String> UNAVAILABLE = Set.of("57P01", "57P02", "57P03", "53100");

    private static final Set<String> KEYWORDS = Set.of("INSERT", "INTO", "UPDATE", "DELETE", "FROM", "SELECT", "WITH", "SET");

    private SqlFailures() {
    }

    /** Whether {@code failure} comes from a database that is away (or a disk it cannot write), not from the request. */
    public static boolean unavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DatabaseUnavailable) {
                return true;
            }
            if (t instanceof SQLException e && e.getSQLState() != null
                    && (e.getSQLState().startsWith("08") || UNAVAILABLE.contains(e.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A stand-in for {@code failure} fit for a log when a database error is in its chain: its message names
     * the SQLSTATE, constraint, table and statement, its stack is the original's; empty when no database
     * error is involved.
     */
    public static Optional<RuntimeException> redacted(Throwable failure) {
        return describe(failure).map(text -> {
            RuntimeException r = new RuntimeException(failure.getClass().getSimpleName() + ": " + text);
            r.setStackTrace(failure.getStackTrace());
            return r;
        });
    }

    /** "SQLSTATE 23505, constraint x_pkey, table x, statement INSERT INTO x", when a database error is in the chain. */
    public static Optional<String> describe(Throwable failure) {
        String statement = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StatementException s && statement == null) {
                statement = statementName(s.getStatementContext());
            }
            if (t instanceof DatabaseUnavailable) {
                return Optional.of("database unavailable: " + t.getMessage());
            }
            if (t instanceof SQLException e) {
                return Optional.of(describe(e, statement));
            }
        }
        return Optional.empty();
    }

    private static String describe(SQLException e, String statement) {
        if (e instanceof BatchUpdateException && e.getNextException() != null) {
            e = e.getNextException();
        }
        StringBuilder out = new StringBuilder("SQLSTATE ").append(e.getSQLState());
        if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
            ServerErrorMessage m = p.getServerErrorMessage();
            append(out, "constraint", m.getConstraint());
            append(out, "table", m.getTable());
            append(out, "column", m.getColumn());
            append(out, "type", m.getDatatype());
        }
        append(out, "statement", statement);
        return out.toString();
    }

    private static void append(StringBuilder out, String name, String value) {
        if (value != null && !value.isBlank()) {
            out.append(", ").append(name).append(' ').append(value);
        }
    }

    /** The verb and table of Vigie's own SQL ("INSERT INTO incident"): words it wrote, never a bound value. */
    static String statementName(StatementContext ctx) {
        if (ctx == null || ctx.getRawSql() == null) {
            return null;
        }
        String[] words = ctx.getRawSql().trim().split("[\\s(]+", 5);
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < Math.min(3, words.length); i++) {
            if (!words[i].matches("[A-Za-z_][A-Za-z0-9_.]*")) {
                break;
            }
            String upper = words[i].toUpperCase(Locale.ROOT);
            name.append(i == 0 ? "" : " ").append(KEYWORDS.contains(upper) ? upper : words[i]);
        }
        return name.toString();
    }

    /** JDBI's message for a failed statement: the same words as {@link #describe}, without statement text or arguments. */
    static String render(StatementException e) {
        String statement = statementName(e.getStatementContext());
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return describe(s, statement);
            }
        }
        return e.getCause() == null ? "statement " + statement : e.getCause().getClass().getSimpleName() + ", statement " + statement;
    }
}
