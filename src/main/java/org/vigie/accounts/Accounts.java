package org.vigie.accounts;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.vigie.audit.AuditEvent;
import org.vigie.audit.AuditStore;
import org.vigie.errors.Conflict;
import org.vigie.errors.InvalidInput;
import org.vigie.errors.NotFound;
import org.vigie.i18n.Lang;
import org.vigie.search.SearchIndex;
import org.vigie.security.Role;

/**
 * Managing accounts: creating them, changing their role, disabling them, their passwords. Every
 * change is audited in the same transaction as the change itself.
 */
public final class Accounts {
    private final Jdbi jdbi;
    private final AccountStore store;
    private final InstitutionStore institutions;
    private final SessionStore sessions;
    private final TokenStore tokens;
    private final AuditStore audit;
    private final SearchIndex search;

    public Accounts(Jdbi jdbi, AuditStore audit, SearchIndex search) {
        this.jdbi = jdbi;
        this.store = new AccountStore(jdbi);
        this.institutions = new InstitutionStore(jdbi);
        this.sessions = new SessionStore(jdbi);
        this.tokens = new TokenStore(jdbi);
        this.audit = audit;
        this.search = search;
    }

    public Account create(String actor, String ip, NewAccount req) {
        return create(actor, ip, req, false);
    }

    /** Creates an account; {@code demo} marks accounts of the demonstration data set. */
    public Account create(String actor, String ip, NewAccount req, boolean demo) {
        PasswordPolicy.check(req.password(), req.username().value());
        Long institutionId = req.institutionCode() == null ? null : institutions.byCode(req.institutionCode())
                .orElseThrow(() -> new InvalidInput("institution", "error.institution.unknown", req.institutionCode())).id();
        String hash = PasswordHasher.hash(req.password());
        long id = jdbi.inTransaction(h -> {
            if (store.usernameTaken(h, req.username())) {
                throw new Conflict("username", "error.username.taken", req.username().value());
            }
            long newId = store.insert(h, req.username(), req.displayName(), req.role(), institutionId, hash, demo);
            audit.record(h, AuditEvent.of(actor, "account.created", "account:" + newId, ip)
                    .with("username", req.username().value()).with("role", req.role().code()));
            return newId;
        });
        return indexed(id);
    }

    public Account byId(long id) {
        return store.byId(id).orElseThrow(() -> new NotFound("account " + id));
    }

    private Account indexed(long id) {
        Account a = byId(id);
        search.index(AccountSearchSource.document(a));
        return a;
    }

    public Optional<Account> byUsername(String username) {
        return store.byUsername(username);
    }

    public List<Account> all() {
        return store.all();
    }

    public List<Institution> institutions() {
        return institutions.all();
    }

    public InstitutionStore institutionStore() {
        return institutions;
    }

    /** Changes an account's role (and institution); the last active administrator keeps the role. */
    public Account changeRole(String actor, String ip, long id, Role role, String institutionCode) {
        Long institutionId = resolveInstitution(role, institutionCode);
        Account before = byId(id);
        jdbi.useTransaction(h -> {
            if (before.role() == Role.ADMINISTRATOR && role != Role.ADMINISTRATOR) {
                requireAnotherAdministrator(h);
            }
            store.setRole(h, id, role, institutionId);
            sessions.deleteAllOf(h, id);
            audit.record(h, AuditEvent.of(actor, "account.role_changed", "account:" + id, ip)
                    .with("from", before.role().code()).with("to", role.code()));
        });
        return indexed(id);
    }

    /** Disables or enables an account; disabling ends its sessions and revokes its API tokens, which re-enabling does not bring back. */
    public Account setDisabled(String actor, String ip, long id, boolean disabled) {
        Account before = byId(id);
        jdbi.useTransaction(h -> {
            if (disabled && before.role() == Role.ADMINISTRATOR && !before.disabled()) {
                requireAnotherAdministrator(h);
            }
            store.setDisabled(h, id, disabled);
            sessions.deleteAllOf(h, id);
            audit.record(h, AuditEvent.of(actor, disabled ? "account.disabled" : "account.enabled", "account:" + id, ip));
            if (disabled) {
                tokens.revokeAll(h, audit, actor, ip, id, "account_disabled");
            }
        });
        return indexed(id);
    }

    /** The owner changes their password, proving they know the current one. */
    public void changePassword(String ip, long id, String current, String next) {
        Account a = byId(id);
        if (!PasswordHasher.matches(current, store.passwordHash(id).orElse(null))) {
            throw new InvalidInput("current_password", "error.password.current_wrong");
        }
        setPassword(a.username(), ip, a, next);
    }

    /** An administrator sets a new password for someone who lost theirs. */
    public void resetPassword(String actor, String ip, long id, String next) {
        setPassword(actor, ip, byId(id), next);
    }

    private void setPassword(String actor, String ip, Account a, String next) {
        PasswordPolicy.check(next, a.username());
        String hash = PasswordHasher.hash(next);
        jdbi.useTransaction(h -> {
            store.setPassword(h, a.id(), hash);
            sessions.deleteAllOf(h, a.id());
            audit.record(h, AuditEvent.of(actor, "account.password_changed", "account:" + a.id(), ip));
            tokens.revokeAll(h, audit, actor, ip, a.id(), "password_changed");
        });
    }

    /** Whether {@code password} is the account's current one (to confirm a sensitive change). */
    public boolean passwordMatches(long id, String password) {
        return PasswordHasher.matches(password, store.passwordHash(id).orElse(null));
    }

    public void setLanguage(long id, Lang lang) {
        store.setLanguage(id, lang);
    }

    private Long resolveInstitution(Role role, String code) {
        if (!Account.needsInstitution(role)) {
            return null;
        }
        if (code == null || code.isBlank()) {
            throw new InvalidInput("institution", "error.institution.required");
        }
        return institutions.byCode(code).orElseThrow(() -> new InvalidInput("institution", "error.institution.unknown", code)).id();
    }

    private void requireAnotherAdministrator(Handle h) {
        if (store.countAdministrators(h) <= 1) {
            throw new Conflict("role", "error.account.last_administrator");
        }
    }
}
