package org.vigie.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigie.App;
import org.vigie.errors.InvalidInput;
import org.vigie.files.ImportIssue;
import org.vigie.files.ImportProgress;
import org.vigie.i18n.Lang;
import org.vigie.i18n.Messages;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The flow every import command shares: the file is read as a stream (never whole by the command), a dry
 * run reads and counts it and writes nothing, a real import stores it whole or not at all; the counts go
 * to stdout (as text or JSON), faults, warnings and progress to stderr; the status is 0, or 2 when the
 * file or the options are refused.
 */
abstract class ImportCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;
    @Parameters(paramLabel = "FILE")
    Path file;
    @Option(names = "--dry-run", description = "Read and count, write nothing.")
    boolean dryRun;
    @Option(names = "--progress", description = "Print progress on stderr even when the console is not a terminal.")
    boolean progress;

    /** What a dry run made of the file, in the terms both imports share. */
    record Read(boolean succeeded, Map<String, Object> json, String counts, List<ImportIssue> warnings, List<ImportIssue> errors) {
    }

    /** What a real import did: the line (or JSON) to print, and the warnings it kept. */
    record Stored(String counts, Map<String, Object> json, List<ImportIssue> warnings) {
    }

    /** Why the options are refused, or null when they are fine. */
    abstract String badOptions();

    abstract boolean json();

    abstract Read read(InputStream in, String name);

    abstract Stored store(App app, InputStream in, String name, ImportProgress progress);

    /** What to type to get past a refusal that a person may override, or null. */
    String hint(InvalidInput refusal) {
        return null;
    }

    @Override
    public final Integer call() throws IOException {
        String bad = badOptions();
        if (bad != null) {
            System.err.println("vigie: " + bad);
            return TextsCommand.BAD_INPUT;
        }
        if (!Files.isRegularFile(file)) {
            System.err.println("vigie: no such file: " + file);
            return TextsCommand.BAD_INPUT;
        }
        ImportProgress watched = progress || System.console() != null ? new ImportProgress(new ProgressLine(System.err, Lang.EN))
                : new ImportProgress();
        String name = file.getFileName().toString();
        try (InputStream in = watched.reading(Files.newInputStream(file), Files.size(file))) {
            if (dryRun) {
                Read read = read(in, name);
                watched.done();
                return report(read);
            }
            try (App app = App.open(data.config())) {
                Stored s = store(app, in, name, watched);
                watched.done();
                tell(s.warnings(), "warning: ");
                System.out.println(json() && s.json() != null ? TextsCommand.json(s.json()) : s.counts());
                return 0;
            } catch (InvalidInput e) {
                System.err.println("vigie: " + file + ": " + e.field() + ": " + new Messages().get(Lang.EN, e.messageKey(), e.args()));
                String hint = hint(e);
                if (hint != null) {
                    System.err.println("vigie: " + hint);
                }
                return TextsCommand.BAD_INPUT;
            }
        }
    }

    private int report(Read read) throws IOException {
        if (json()) {
            System.out.println(TextsCommand.json(read.json()));
        } else if (read.succeeded()) {
            System.out.println(read.counts());
        }
        tell(read.warnings(), "warning: ");
        tell(read.errors(), "");
        return read.succeeded() ? 0 : TextsCommand.BAD_INPUT;
    }

    private void tell(List<ImportIssue> issues, String prefix) {
        Messages messages = new Messages();
        for (ImportIssue i : issues) {
            System.err.println("vigie: " + file + ": " + i.where() + ": " + prefix + i.message(messages, Lang.EN));
        }
    }
}
