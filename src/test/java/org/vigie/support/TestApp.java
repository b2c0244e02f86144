package org.vigie.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.vigie.App;
import org.vigie.accounts.Account;
import org.vigie.accounts.NewAccount;
import org.vigie.accounts.Username;
import org.vigie.config.Config;
import org.vigie.security.Role;

/**
 * Starts the real application on a random port, on an embedded PostgreSQL in a temporary directory. An empty
 * directory gets a copy of the {@link DataDirectoryTemplate} (a Vigie after its first start and stop) instead of
 * a new cluster and every migration.
 */
public final class TestApp {
    public static final String PASSWORD = "correct-horse-battery";

    private TestApp() {
    }

    public static App start(Path dataDir) throws IOException {
        return create(dataDir).start();
    }

    public static App create(Path dataDir) throws IOException {
        DataDirectoryTemplate.copyInto(dataDir);
        return App.create(Config.of(dataDir, "localhost", 0, false, Map.of()));
    }

    /** A Vigie configured by {@code env} as by its environment ({@code VIGIE_STATE=SI}), started. */
    public static App start(Path dataDir, Map<String, String> env) throws IOException {
        DataDirectoryTemplate.copyInto(dataDir);
        return App.create(Config.of(dataDir, "localhost", 0, false, env)).start();
    }

    /** Creates an account with {@link #PASSWORD}; focal points and validators act for DNDH. */
    public static Account account(App app, String username, Role role) {
        String institution = Account.needsInstitution(role) ? "DNDH" : null;
        return app.accounts().create("test", "127.0.0.1", new NewAccount(new Username(username), username, role, institution, PASSWORD));
    }

    public static String base(App app) {
        return "http://localhost:" + app.port();
    }
}
