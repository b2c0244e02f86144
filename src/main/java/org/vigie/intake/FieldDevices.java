package org.vigie.intake;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.vigie.accounts.Account;
import org.vigie.accounts.Accounts;
import org.vigie.audit.AuditEvent;
import org.vigie.audit.AuditStore;
import org.vigie.errors.InvalidInput;
import org.vigie.errors.NotFound;
import org.vigie.security.Principal;
import org.vigie.security.Role;

/**
 * The phones that may talk to Vigie as ODK Collect or KoboCollect: enrolled by an administrator or an
 * analyst for an account that collects (monitor, analyst, administrator), revoked at once when lost. The
 * token is shown once, at enrolment, and stored hashed; every use, accepted or refused, is audited.
 */
public final class FieldDevices {
    /** The roles whose accounts may hold a device: those that record incidents with victims' identities. */
    static final Set<Role> COLLECTORS = Set.of(Role.ADMINISTRATOR, Role.ANALYST, Role.MONITOR);

    /** A device just enrolled, with the token that will never be shown again. */
    public record Enrolled(FieldDevice device, String token) {
    }

    /** A device recognised by its token, and the account it submits for. */
    public record Caller(FieldDevice device, Principal principal) {
    }

    private final Jdbi jdbi;
    private final FieldDeviceStore store;
    private final Accounts accounts;
    private final AuditStore audit;
    private final Clock clock;

    public FieldDevices(Jdbi jdbi, Accounts accounts, AuditStore audit, Clock clock) {
        this.jdbi = jdbi;
        this.store = new FieldDeviceStore(jdbi);
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    public List<FieldDevice> all() {
        return store.all();
    }

    /** Enrols a phone for {@code username}; the label says whose phone it is ("Mopti 2, A. Traoré"). */
    public Enrolled enrol(Principal actor, String ip, String username, String label) {
        String name = label == null ? "" : label.strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new InvalidInput("label", name.isEmpty() ? "error.required" : "error.too_long", 100);
        }
        Account account = accounts.byUsername(username == null ? "" : username.strip())
                .orElseThrow(() -> new InvalidInput("username", "intake.device.unknown_account", username));
        if (!COLLECTORS.contains(account.role()) || account.disabled()) {
            throw new InvalidInput("username", "intake.device.not_a_collector", account.username());
        }
        String token = DeviceToken.create();
        return jdbi.inTransaction(h -> {
            long id = store.insert(h, account.id(), name, DeviceToken.hash(token), actor.username());
            audit.record(h, AuditEvent.of(actor.username(), "intake.device.enrolled", "field_device:" + id, ip)
                    .with("account", account.username()));
            return new Enrolled(store.find(h, id).orElseThrow(), token);
        });
    }

    /** Revokes a device: its token is refused from now on. Revoking twice changes nothing more. */
    public FieldDevice revoke(Principal actor, String ip, long id) {
        return jdbi.inTransaction(h -> {
            FieldDevice d = store.find(h, id).orElseThrow(() -> new NotFound("field device " + id));
            if (store.revoke(h, id, actor.username(), clock.instant())) {
                audit.record(h, AuditEvent.of(actor.username(), "intake.device.revoked", "field_device:" + id, ip)
                        .with("account", d.username()));
            }
            return store.find(h, id).orElseThrow();
        });
    }

    /**
     * The device whose token this is, if it is enrolled, not revoked and its account may still collect; the use
     * ({@code formList}, {@code form}, {@code submission}) is audited either way. The token itself is never logged.
     */
    public Optional<Caller> authenticate(String token, String ip, String use) {
        if (!DeviceToken.wellFormed(token)) {
            audit.record(AuditEvent.of("device", "intake.device.refused", "field_device:?", ip).with("use", use)
                    .with("reason", "malformed"));
            return Optional.empty();
        }
        return jdbi.inTransaction(h -> {
            Optional<FieldDevice> found = store.byTokenHash(h, DeviceToken.hash(token));
            Optional<Account> account = found.map(d -> accounts.byId(d.accountId()));
            String reason = found.isEmpty() ? "unknown" : found.get().revoked() ? "revoked"
                    : account.get().disabled() || !COLLECTORS.contains(account.get().role()) ? "account" : null;
            String target = found.map(d -> "field_device:" + d.id()).orElse("field_device:?");
            if (reason != null) {
                audit.record(h, AuditEvent.of("device", "intake.device.refused", target, ip).with("use", use).with("reason", reason));
                return Optional.empty();
            }
            store.used(h, found.get().id(), clock.instant());
            audit.record(h, AuditEvent.of(account.get().username(), "intake.device.used", target, ip).with("use", use));
            return Optional.of(new Caller(found.get(), account.get().principal()));
        });
    }
}
