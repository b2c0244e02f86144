package org.vigie.web;

import java.util.List;
import org.vigie.errors.InvalidInput;

/** The NUL character, which PostgreSQL refuses in text: a request carrying one is refused naming where. */
final class Nul {
    private Nul() {
    }

    static void refuse(String name, List<String> values) {
        if (name.indexOf('\0') >= 0) {
            throw new InvalidInput("body", "error.nul");
        }
        for (String v : values) {
            if (v != null && v.indexOf('\0') >= 0) {
                throw new InvalidInput(name, "error.nul");
            }
        }
    }

    /** Whether a failure came from PostgreSQL refusing a character (a NUL that slipped past the checks). */
    static boolean refusedByDatabase(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "22021".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
