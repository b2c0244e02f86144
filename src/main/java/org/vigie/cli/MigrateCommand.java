package org.vigie.cli;

import java.util.concurrent.Callable;
import org.vigie.App;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "migrate", mixinStandardHelpOptions = true, description = "Apply pending database migrations and exit.")
final class MigrateCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Override
    public Integer call() throws Exception {
        try (App app = App.create(data.config())) {
            // The full Flyway run: validates every applied migration's checksum, which a normal start skips.
            app.database().migrate();
            System.out.println("Database schema at version " + app.database().schemaVersion());
        }
        return 0;
    }
}
