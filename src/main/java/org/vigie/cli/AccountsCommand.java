package org.vigie.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.vigie.App;
import org.vigie.accounts.Account;
import org.vigie.accounts.NewAccount;
import org.vigie.accounts.Username;
import org.vigie.errors.InvalidInput;
import org.vigie.i18n.Lang;
import org.vigie.i18n.Messages;
import org.vigie.security.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "accounts", mixinStandardHelpOptions = true, description = "Manage accounts.",
        subcommands = {AccountsCommand.Add.class, AccountsCommand.ListAll.class, AccountsCommand.Disable.class})
final class AccountsCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Create an account. The password is read from standard input, or asked twice at a terminal.")
    static final class Add implements Callable<Integer> {
        @Mixin
        DataOptions data;
        @Option(names = "--username", required = true, paramLabel = "U")
        String username;
        @Option(names = "--role", required = true, paramLabel = "R",
                description = "administrator, analyst, monitor, focal_point, validator or observer")
        String role;
        @Option(names = "--institution", paramLabel = "CODE", description = "Institution code (focal points and validators), e.g. DNDH.")
        String institution;
        @Option(names = "--display-name", paramLabel = "NAME")
        String displayName;

        @Override
        public Integer call() throws Exception {
            try (App app = App.open(data.config())) {
                NewAccount req = new NewAccount(new Username(username), displayName, Role.parse(role), institution, readPassword());
                Account a = app.accounts().create("cli", "local", req);
                System.out.println("Created account " + a.username() + " (" + a.role().code() + ").");
                return 0;
            } catch (InvalidInput e) {
                System.err.println("vigie: " + e.field() + ": " + new Messages().get(Lang.EN, e.messageKey(), e.args()));
                return 1;
            }
        }

        private static String readPassword() throws IOException {
            Console console = System.console();
            if (console != null) {
                char[] first = console.readPassword("Password: ");
                char[] second = console.readPassword("Password again: ");
                if (first == null || !Arrays.equals(first, second)) {
                    throw new IllegalArgumentException("the two passwords differ");
                }
                return new String(first);
            }
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new IllegalArgumentException("no password on standard input");
            }
            return line;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List accounts.")
    static final class ListAll implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Override
        public Integer call() throws Exception {
            try (App app = App.attach(data.config())) {
                System.out.printf("%-24s %-14s %-8s %s%n", "USERNAME", "ROLE", "STATE", "TWO-FACTOR");
                for (Account a : app.accounts().all()) {
                    System.out.printf("%-24s %-14s %-8s %s%n", a.username(), a.role().code(),
                            a.disabled() ? "disabled" : "active", a.twoFactor() ? "on" : "off");
                }
                return 0;
            }
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Disable an account and end its sessions.")
    static final class Disable implements Callable<Integer> {
        @Mixin
        DataOptions data;
        @Option(names = "--username", required = true, paramLabel = "U")
        String username;

        @Override
        public Integer call() throws Exception {
            try (App app = App.open(data.config())) {
                Account a = app.accounts().byUsername(username)
                        .orElseThrow(() -> new IllegalArgumentException("no account named " + username));
                app.accounts().setDisabled("cli", "local", a.id(), true);
                System.out.println("Disabled " + a.username() + ".");
                return 0;
            }
        }
    }
}
