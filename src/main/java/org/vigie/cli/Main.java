package org.vigie.cli;

import org.vigie.config.MissingDataDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code vigie}: the command line. Each operation is a named sub-command. */
@Command(name = "vigie", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Vigie: follow-up of human rights in Mali.", ""},
        subcommands = {ServeCommand.class, MigrateCommand.class, AccountsCommand.class, AuditCommand.class, ReindexCommand.class, TextsCommand.class, RecommendationsCommand.class, KeysCommand.class, IncidentsCommand.class, RemindersCommand.class, ReportsCommand.class,
                BackupCommand.class, RestoreCommand.class, PublishCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit status (0 success, 1 failure, 2 usage or no such data directory). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("vigie: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            // A data directory that is not there is a usage error, as a mistyped option is.
            return ex instanceof MissingDataDirectory ? 2 : 1;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
