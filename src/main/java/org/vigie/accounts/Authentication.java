package org.vigie.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.vigie.audit.AuditEvent;
import org.vigie.audit.AuditStore;
import org.vigie.crypto.FieldCipher;
import org.vigie.security.Principal;
import org.vigie.web.Authenticator;

/**
 * Proving who a caller is: password and optional one-time code, throttled; browser sessions that
 * expire when idle and are replaced at each login step; personal API tokens.
 */
public final class Authentication implements Authenticator {
    /** Failures for one username, within {@link #WINDOW}, before logins for it are refused. */
    static final int MAX_USERNAME_FAILURES = 5;
    /** Failures from one address, within {@link #WINDOW}, before its logins are refused. */
    static final int MAX_IP_FAILURES = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration MAX_SESSION = Duration.ofHours(12);
    private static final Duration PENDING_SECOND_FACTOR = Duration.ofMinutes(5);

    private final Jdbi jdbi;
    private final AccountStore accounts;
    private final SessionStore sessions;
    private final LoginAttemptStore attempts;
    private final TokenStore tokens;
    private final AuditStore audit;
    private final FieldCipher cipher;
    private final Clock clock;
    private final Duration idleTimeout;

    public Authentication(Jdbi jdbi, AuditStore audit, FieldCipher cipher, Clock clock, Duration idleTimeout) {
        this.jdbi = jdbi;
        this.accounts = new AccountStore(jdbi);
        this.sessions = new SessionStore(jdbi);
        this.attempts = new LoginAttemptStore(jdbi);
        this.tokens = new TokenStore(jdbi);
        this.audit = audit;
        this.cipher = cipher;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
    }

    public Duration idleTimeout() {
        return idleTimeout;
    }

    /** First login step. Unknown users cost the same time as known ones, and fail the same way. */
    public LoginResult login(String username, String password, String ip) {
        String name = username == null ? "" : username.trim();
        Optional<Long> wait = throttled(name, ip);
        if (wait.isPresent()) {
            audit.record(AuditEvent.of(name.isEmpty() ? "anonymous" : name, "login.throttled", "", ip));
            return new LoginResult.Throttled(wait.get());
        }
        Optional<Account> account = accounts.byUsername(name).filter(a -> !a.disabled());
        boolean ok = account.isPresent()
                ? PasswordHasher.matches(password, accounts.passwordHash(account.get().id()).orElse(null))
                : burn(password);
        if (!ok) {
            return fail(name, ip);
        }
        Account a = account.get();
        if (a.twoFactor()) {
            return new LoginResult.SecondFactorNeeded(newSession(a.id(), true, ip));
        }
        return succeed(a, ip);
    }

    /** Second login step: the pending session is replaced by a full one when the code is right. */
    public LoginResult secondFactor(String pendingToken, String code, String ip) {
        Optional<SessionStore.Row> row = pendingToken == null ? Optional.empty() : sessions.find(Secrets.digest(pendingToken));
        if (row.isEmpty() || !row.get().secondFactorPending()
                || row.get().createdAt().plus(PENDING_SECOND_FACTOR).isBefore(clock.instant())) {
            return new LoginResult.Failed();
        }
        Account a = accounts.byId(row.get().accountId()).orElseThrow();
        Optional<Long> wait = throttled(a.username(), ip);
        if (wait.isPresent()) {
            return new LoginResult.Throttled(wait.get());
        }
        byte[] secret = totpSecret(a.id()).orElseThrow();
        if (!Totp.verify(secret, code, clock.instant())) {
            return fail(a.username(), ip);
        }
        sessions.delete(Secrets.digest(pendingToken));
        return succeed(a, ip);
    }

    /** Whether a session is waiting for its second factor (to show the code form). */
    public boolean isPendingSecondFactor(String token) {
        return token != null && sessions.find(Secrets.digest(token)).map(SessionStore.Row::secondFactorPending).orElse(false);
    }

    /** The principal of a live, complete session; an idle or too old session is ended. */
    @Override
    public Optional<Principal> bySession(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        byte[] digest = Secrets.digest(token);
        Optional<SessionStore.Row> row = sessions.find(digest);
        if (row.isEmpty() || row.get().secondFactorPending()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (row.get().lastSeenAt().plus(idleTimeout).isBefore(now) || row.get().createdAt().plus(MAX_SESSION).isBefore(now)) {
            sessions.delete(digest);
            return Optional.empty();
        }
        sessions.touch(digest, now);
        return accounts.byId(row.get().accountId()).filter(a -> !a.disabled()).map(Account::principal);
    }

    /** The principal of an active personal API token. */
    @Override
    public Optional<Principal> byToken(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        return tokens.use(Secrets.digest(token), clock.instant())
                .flatMap(accounts::byId).filter(a -> !a.disabled()).map(Account::principal);
    }

    public void logout(String token, String actor, String ip) {
        if (token != null) {
            sessions.delete(Secrets.digest(token));
            audit.record(AuditEvent.of(actor, "session.logout", "", ip));
        }
    }

    /** Removes sessions past their idle or absolute limit and login attempts older than a day. */
    public int purgeExpired() {
        Instant now = clock.instant();
        attempts.deleteBefore(now.minus(Duration.ofDays(1)));
        return sessions.deleteIdleSince(now.minus(idleTimeout), now.minus(MAX_SESSION));
    }

    static final String TOKEN_PREFIX = "vigie_";

    /** How long a token lives unless its owner chooses otherwise, and the longest they may choose. */
    public static final int DEFAULT_TOKEN_DAYS = 90;
    public static final int MAX_TOKEN_DAYS = 365;

    public CreatedToken createToken(Principal owner, String name, String ip) {
        return createToken(owner, name, null, ip);
    }

    /** A new token for {@code owner}, living {@code days} days ({@value #DEFAULT_TOKEN_DAYS} when null, at most a year). */
    public CreatedToken createToken(Principal owner, String name, Integer days, String ip) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 100) {
            throw new org.vigie.errors.InvalidInput("name", "error.token.name");
        }
        int lifetime = days == null ? DEFAULT_TOKEN_DAYS : days;
        if (lifetime < 1 || lifetime > MAX_TOKEN_DAYS) {
            throw new org.vigie.errors.InvalidInput("expires_in_days", "error.between", 1, MAX_TOKEN_DAYS);
        }
        String value = TOKEN_PREFIX + Secrets.random(32);
        String prefix = value.substring(0, TOKEN_PREFIX.length() + 6);
        Instant expires = clock.instant().plus(Duration.ofDays(lifetime));
        long id = jdbi.inTransaction(h -> {
            long tokenId = tokens.insert(h, owner.accountId(), clean, prefix, Secrets.digest(value), expires);
            audit.record(h, AuditEvent.of(owner.username(), "token.created", "token:" + tokenId, ip).with("name", clean)
                    .with("expires_at", expires.toString()));
            return tokenId;
        });
        ApiToken created = tokens.ofAccount(owner.accountId()).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
        return new CreatedToken(created, value);
    }

    public java.util.List<ApiToken> tokensOf(Principal owner) {
        return tokens.ofAccount(owner.accountId());
    }

    public void revokeToken(Principal owner, long tokenId, String ip) {
        jdbi.useTransaction(h -> {
            if (!tokens.revoke(h, owner.accountId(), tokenId, clock.instant())) {
                throw new org.vigie.errors.NotFound("token " + tokenId);
            }
            audit.record(h, AuditEvent.of(owner.username(), "token.revoked", "token:" + tokenId, ip));
        });
    }

    private LoginResult succeed(Account a, String ip) {
        attempts.add(a.username(), ip, true, clock.instant());
        String token = newSession(a.id(), false, ip);
        audit.record(AuditEvent.of(a.username(), "login.succeeded", "account:" + a.id(), ip));
        return new LoginResult.Success(token, a);
    }

    private LoginResult fail(String username, String ip) {
        attempts.add(username, ip, false, clock.instant());
        audit.record(AuditEvent.of(username.isEmpty() ? "anonymous" : username, "login.failed", "", ip));
        return new LoginResult.Failed();
    }

    private Optional<Long> throttled(String username, String ip) {
        Instant since = clock.instant().minus(WINDOW);
        boolean tooMany = attempts.failuresForUsername(username, since) >= MAX_USERNAME_FAILURES
                || attempts.failuresFromIp(ip, since) >= MAX_IP_FAILURES;
        return tooMany ? Optional.of(WINDOW.toMinutes()) : Optional.empty();
    }

    private String newSession(long accountId, boolean pending, String ip) {
        String token = Secrets.random(32);
        jdbi.useHandle(h -> sessions.insert(h, Secrets.digest(token), accountId, pending, ip, clock.instant()));
        return token;
    }

    private static boolean burn(String password) {
        PasswordHasher.burnTime(password);
        return false;
    }

    Optional<byte[]> totpSecret(long accountId) {
        return accounts.totpSecret(accountId).map(c -> cipher.decrypt(c, totpContext(accountId)));
    }

    /** The encrypted columns of accounts, for {@code vigie keys rotate}. */
    public static java.util.List<org.vigie.crypto.EncryptedColumn> encryptedColumns() {
        return java.util.List.of(new org.vigie.crypto.EncryptedColumn("account", "totp_secret"));
    }

    static String totpContext(long accountId) {
        return FieldCipher.context("account", "totp_secret", accountId);
    }
}
