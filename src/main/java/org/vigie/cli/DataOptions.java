package org.vigie.cli;

import java.nio.file.Path;
import org.vigie.config.Config;
import picocli.CommandLine.Option;

/** The options every command shares: where the data is. */
final class DataOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Data directory: embedded database, search index, keys (default: ${DEFAULT-VALUE}).")
    Path data;

    Config config(String host, int port, boolean demo) {
        return Config.of(data, host, port, demo, System.getenv());
    }

    Config config() {
        return config(null, 0, false);
    }
}
