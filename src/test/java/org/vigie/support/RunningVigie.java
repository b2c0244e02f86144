package org.vigie.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.vigie.App;
import org.vigie.accounts.Account;
import org.vigie.security.Principal;
import org.vigie.security.Role;

/**
 * A running Vigie for one test class: the real application on a random port, on an embedded PostgreSQL in a
 * temporary data directory that is removed afterwards ({@link #notStarted()}: only created, for the tests of
 * what lies under the server). Register it on a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final RunningVigie vigie = RunningVigie.withAccountPerRole();
 * }</pre>
 *
 * <p>Its {@code beforeAll} runs before the class's own {@code @BeforeAll} methods, so they can use {@link #app()}.
 * With {@link #withAccountPerRole()} every role has an account named after its code ({@code focal-point} for
 * {@link Role#FOCAL_POINT}), with {@link TestApp#PASSWORD}; {@link #api(Role)} and {@link #web(Role)} give clients
 * signed in as it.
 */
public final class RunningVigie implements BeforeAllCallback, AfterAllCallback {
    private final boolean accountPerRole;
    private final boolean started;
    private final Map<Role, Account> accounts = new EnumMap<>(Role.class);
    private Path dir;
    private App app;

    private RunningVigie(boolean accountPerRole, boolean started) {
        this.accountPerRole = accountPerRole;
        this.started = started;
    }

    /** A Vigie with no account: the class creates what it needs. */
    public static RunningVigie empty() {
        return new RunningVigie(false, true);
    }

    /** A Vigie with one account per role, named after the role's code. */
    public static RunningVigie withAccountPerRole() {
        return new RunningVigie(true, true);
    }

    /**
     * A Vigie created on its database but not started, with no account: no HTTP server, no jobs and no scheduled
     * work that would touch the tables a test watches.
     */
    public static RunningVigie notStarted() {
        return new RunningVigie(false, false);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("vigie-test-");
        app = started ? TestApp.start(dir) : TestApp.create(dir);
        if (accountPerRole) {
            for (Role role : Role.values()) {
                accounts.put(role, TestApp.account(app, username(role), role));
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            delete(dir);
        }
    }

    public App app() {
        if (app == null) {
            throw new IllegalStateException("Vigie is not running: register RunningVigie with @RegisterExtension on a static field");
        }
        return app;
    }

    /** How many audit entries of this action the trail holds. */
    public long audited(String action) {
        return app().database().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM audit_entry WHERE action = :a")
                .bind("a", action).mapTo(Long.class).one());
    }

    public Path dataDir() {
        return dir;
    }

    public String base() {
        return TestApp.base(app());
    }

    /** The username of a role's account: its code with hyphens ({@code focal-point}). */
    public static String username(Role role) {
        return role.code().replace('_', '-');
    }

    public Account account(Role role) {
        Account a = accounts.get(role);
        if (a == null) {
            throw new IllegalStateException("no account for " + role + ": use RunningVigie.withAccountPerRole()");
        }
        return a;
    }

    public Principal principal(Role role) {
        return account(role).principal();
    }

    /** An API client with a new personal token of the role's account. */
    public ApiClient api(Role role) {
        return new ApiClient(base(), app().authentication().createToken(principal(role), "test", "127.0.0.1").value());
    }

    /** A browser-like client signed in as the role's account. */
    public WebClient web(Role role) {
        WebClient web = new WebClient(base());
        int status = web.login(username(role), TestApp.PASSWORD).statusCode();
        if (status < 300 || status > 399) {
            throw new IllegalStateException("login as " + username(role) + " answered " + status);
        }
        return web;
    }

    private static void delete(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
