package org.vigie.cli;

import java.io.PrintStream;
import java.util.function.Consumer;
import org.vigie.files.ImportProgress;
import org.vigie.i18n.Lang;
import org.vigie.i18n.Messages;

/** Prints an import's progress on stderr, one line each time it is told (each phase, the counts at most once a second). */
final class ProgressLine implements Consumer<ImportProgress.Snapshot> {
    private final PrintStream err;
    private final Lang lang;
    private final Messages messages = new Messages();

    ProgressLine(PrintStream err, Lang lang) {
        this.err = err;
        this.lang = lang;
    }

    @Override
    public void accept(ImportProgress.Snapshot s) {
        err.println("vigie: " + s.describe(messages, lang));
    }
}
