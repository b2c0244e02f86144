package org.vigie.tracker.reminders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.vigie.accounts.Account;
import org.vigie.audit.AuditEvent;
import org.vigie.audit.AuditStore;
import org.vigie.errors.InvalidInput;
import org.vigie.errors.NotFound;
import org.vigie.i18n.Lang;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.tracker.followup.Actions;
import org.vigie.tracker.followup.DashboardStore;
import org.vigie.tracker.followup.FollowUp;
import org.vigie.tracker.followup.ProgressReport;

/**
 * Deadlines and reminders: reporting deadlines (data that administrators correct), and for each person
 * what is due within {@link Actions#DUE_SOON_DAYS} days or overdue in their scope, as a page and as a digest.
 */
public final class Reminders {
    /** One person's digest, ready to send. */
    public record Outgoing(String username, String address, Lang lang, ReminderDigest.Text text) {
    }

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>]+@[^@\\s<>]+");
    private static final int SHOWN = 100;
    private final Jdbi jdbi;
    private final ReminderStore store;
    private final DashboardStore reports;
    private final Actions actions;
    private final AuditStore audit;

    public Reminders(Jdbi jdbi, AuditStore audit, Actions actions) {
        this.jdbi = jdbi;
        this.store = new ReminderStore(jdbi);
        this.reports = new DashboardStore(jdbi);
        this.actions = actions;
        this.audit = audit;
    }

    public List<Deadline> deadlines() {
        return store.deadlines();
    }

    /** An administrator moves a reporting deadline; audited. */
    public void setDeadline(Principal admin, String ip, long id, LocalDate dueOn) {
        if (admin.role() != Role.ADMINISTRATOR) {
            throw new org.vigie.errors.Forbidden("only administrators edit deadlines");
        }
        Deadline d = store.deadline(id).orElseThrow(() -> new NotFound("deadline " + id));
        if (dueOn == null) {
            throw new InvalidInput("due_on", "error.required");
        }
        jdbi.useTransaction(h -> {
            store.setDeadline(h, id, dueOn, admin.username());
            audit.record(h, AuditEvent.of(admin.username(), "deadline.updated", "tracker_deadline:" + id, ip)
                    .with("deadline", d.code()).with("from", d.dueOn().toString()).with("to", dueOn.toString()));
        });
    }

    /** What {@code p} should see: deadlines within the window or passed, their scope's due actions and reports. */
    public ReminderList forViewer(Principal p) {
        LocalDate today = actions.today();
        LocalDate horizon = today.plusDays(Actions.DUE_SOON_DAYS);
        List<Deadline> deadlines = store.deadlines().stream().filter(d -> !d.dueOn().isAfter(horizon)).toList();
        Long scope = FollowUp.heldToInstitution(p) ? (p.institutionId() == null ? -1L : p.institutionId()) : null;
        boolean seesReports = p.role() != Role.OBSERVER && p.role() != Role.MONITOR;
        List<ProgressReport> pending = seesReports && p.role() != Role.FOCAL_POINT
                ? reports.reports(scope, ProgressReport.State.SUBMITTED, SHOWN) : List.of();
        List<ProgressReport> returned = p.role() == Role.FOCAL_POINT ? reports.reports(scope, ProgressReport.State.RETURNED, SHOWN) : List.of();
        return new ReminderList(today, deadlines, actions.dueOrOverdue(p), pending, returned);
    }

    /** Records where {@code account}'s digest is sent; audited. */
    public void setAddress(String actor, String ip, Account account, String address) {
        String a = address == null ? "" : address.strip();
        if (!ADDRESS.matcher(a).matches() || a.length() > 254) {
            throw new InvalidInput("address", "error.tracker.bad_address", a);
        }
        jdbi.useTransaction(h -> {
            store.setAddress(h, account.id(), a, actor);
            audit.record(h, AuditEvent.of(actor, "reminders.address_set", "account:" + account.id(), ip));
        });
    }

    /** How many active accounts among {@code accounts} have an address for their digest. */
    public int addressed(List<Account> accounts) {
        Map<Long, String> addresses = store.addresses();
        return (int) accounts.stream().filter(a -> !a.disabled() && addresses.containsKey(a.id())).count();
    }

    /** The digests to send: one per active account that has an address and something due. */
    public List<Outgoing> outgoing(List<Account> accounts, ReminderDigest digest) {
        Map<Long, String> addresses = store.addresses();
        List<Outgoing> out = new ArrayList<>();
        for (Account a : accounts) {
            String address = addresses.get(a.id());
            if (a.disabled() || address == null) {
                continue;
            }
            ReminderList list = forViewer(a.principal());
            if (!list.isEmpty()) {
                Lang lang = a.language() == null ? Lang.FR : a.language();
                out.add(new Outgoing(a.username(), address, lang, digest.text(lang, list)));
            }
        }
        return out;
    }

    /**
     * Sends every digest due through {@code mailer} and records how many, as {@code actor}: the server's schedule
     * (one node per period, issue 18) as {@code vigie reminders send} does. A message the server refuses stops
     * the run with its error.
     */
    public int send(List<Account> accounts, ReminderDigest digest, SmtpMailer mailer, String actor) throws java.io.IOException {
        int sent = 0;
        for (Outgoing o : outgoing(accounts, digest)) {
            mailer.send(o.address(), o.text().subject(), o.text().body());
            sent++;
        }
        recordSent(actor, sent, false);
        return sent;
    }

    public void recordSent(String actor, int sent, boolean dryRun) {
        audit.record(AuditEvent.of(actor, dryRun ? "reminders.previewed" : "reminders.sent", "", "local")
                .with("digests", Integer.toString(sent)));
    }
}
