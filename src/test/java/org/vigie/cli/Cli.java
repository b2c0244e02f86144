package org.vigie.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process as a user would type it, capturing what it prints. */
final class Cli {
    record Run(int status, String out, String err) {
    }

    private Cli() {
    }

    static Run vigie(String... args) {
        return withInput("", args);
    }

    /**
     * {@code dir} after {@code vigie migrate --data dir}: the one way, with {@code serve}, that a data directory
     * comes to exist; every other command refuses a missing one.
     */
    static String migrated(java.nio.file.Path dir) {
        Run r = vigie("migrate", "--data", dir.toString());
        if (r.status() != 0) {
            throw new AssertionError("vigie migrate failed: " + r.err());
        }
        return dir.toString();
    }

    static Run withInput(String stdin, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        InputStream oldIn = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            int status = Main.run(args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            System.setIn(oldIn);
        }
    }
}
