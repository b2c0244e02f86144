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

    /**
     * Whether a failure came from PostgreSQL refusing a NUL that slipped past the checks (a multipart
     * field). Read from the message, as the web layer does not depend on the database's classes.
     */
    static boolean refusedByDatabase(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("invalid byte sequence for encoding \"UTF8\": 0x00")) {
                return true;
            }
        }
        return false;
    }
}
