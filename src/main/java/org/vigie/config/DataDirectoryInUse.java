package org.vigie.config;

import java.io.IOException;
import java.nio.file.Path;

/** A command that needs Vigie stopped met the data directory locked by a running Vigie; says how to stop it. */
public final class DataDirectoryInUse extends IOException {
    public DataDirectoryInUse(Path directory) {
        super("the data directory " + directory + " is in use by a running Vigie, and this command needs it stopped: "
                + "stop the server (\"systemctl stop vigie\", or Ctrl-C where \"vigie serve\" runs), run this command, "
                + "then start the server again");
    }
}
