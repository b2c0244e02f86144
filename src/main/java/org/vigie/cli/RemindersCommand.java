package org.vigie.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vigie.App;
import org.vigie.errors.InvalidInput;
import org.vigie.i18n.Messages;
import org.vigie.tracker.reminders.ReminderDigest;
import org.vigie.tracker.reminders.Reminders;
import org.vigie.tracker.reminders.SmtpMailer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "reminders", mixinStandardHelpOptions = true, description = "Reminder digests of the tracker.",
        subcommands = {RemindersCommand.Send.class, RemindersCommand.Address.class})
final class RemindersCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "send", mixinStandardHelpOptions = true,
            description = {"E-mail each person with a recorded address the digest of what is due or overdue in their scope.",
                    "Sent through VIGIE_SMTP_HOST/PORT/USER/PASSWORD/FROM; with --dry-run, printed instead.",
                    "Runs beside a running Vigie."})
    static final class Send implements Callable<Integer> {
        @Mixin
        DataOptions data;
        @Option(names = "--dry-run", description = "Print what would be sent; send nothing.")
        boolean dryRun;

        @Override
        public Integer call() throws Exception {
            Optional<SmtpMailer.Settings> smtp = SmtpMailer.Settings.from(System.getenv());
            if (smtp.isEmpty() && !dryRun) {
                System.out.println("SMTP is not configured (set VIGIE_SMTP_HOST and VIGIE_SMTP_FROM): nothing sent.");
                return 0;
            }
            try (App app = App.attach(data.config())) {
                Reminders reminders = app.reminders();
                var accounts = app.accounts().all();
                if (reminders.addressed(accounts) == 0) {
                    System.out.println("No active account has an e-mail address for its digest: nothing "
                            + (dryRun ? "would be sent" : "sent") + ". Record one with \"vigie reminders address USERNAME ADDRESS\".");
                    return 0;
                }
                List<Reminders.Outgoing> digests = reminders.outgoing(accounts, new ReminderDigest(new Messages()));
                int sent = 0;
                for (Reminders.Outgoing o : digests) {
                    if (dryRun) {
                        System.out.println("To: " + o.address() + " (" + o.username() + ", " + o.lang().code() + ")");
                        System.out.println("Subject: " + o.text().subject());
                        System.out.println(o.text().body());
                    } else {
                        new SmtpMailer(smtp.get()).send(o.address(), o.text().subject(), o.text().body());
                    }
                    sent++;
                }
                reminders.recordSent("cli", sent, dryRun);
                System.out.println((dryRun ? sent + " digest(s) would be sent" : sent + " digest(s) sent") + " to the "
                        + reminders.addressed(accounts) + " account(s) with an address; the others have nothing due.");
                return 0;
            }
        }
    }

    @Command(name = "address", mixinStandardHelpOptions = true, description = "Record the e-mail address of USERNAME's digest.")
    static final class Address implements Callable<Integer> {
        @Mixin
        DataOptions data;
        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;
        @Parameters(index = "1", paramLabel = "ADDRESS")
        String address;

        @Override
        public Integer call() throws Exception {
            try (App app = App.attach(data.config())) {
                var account = app.accounts().byUsername(username);
                if (account.isEmpty()) {
                    System.err.println("vigie: no account " + username);
                    return TextsCommand.BAD_INPUT;
                }
                app.reminders().setAddress("cli", "local", account.get(), address);
                System.out.println("Digests of " + username + " go to " + address.strip() + ".");
                return 0;
            } catch (InvalidInput e) {
                System.err.println("vigie: " + e.field() + ": not an e-mail address: " + address);
                return TextsCommand.BAD_INPUT;
            }
        }
    }
}
