package org.vigie.accounts;

import java.time.Clock;
import java.util.Base64;
import org.jdbi.v3.core.Jdbi;
import org.vigie.audit.AuditEvent;
import org.vigie.audit.AuditStore;
import org.vigie.crypto.FieldCipher;
import org.vigie.errors.InvalidInput;
import org.vigie.security.Principal;

/**
 * Turning two-factor login on and off. Enrolment is stateless: the proposed secret travels in the
 * form encrypted and bound to the account, and is stored only once a code from it is confirmed.
 */
public final class TwoFactor {
    /** A secret offered to an account: {@code sealed} goes back in the confirmation form. */
    public record Enrolment(String secretBase32, String otpauthUri, String sealed) {
    }

    private final Jdbi jdbi;
    private final AccountStore accounts;
    private final TokenStore tokens;
    private final AuditStore audit;
    private final FieldCipher cipher;
    private final Clock clock;

    public TwoFactor(Jdbi jdbi, AuditStore audit, FieldCipher cipher, Clock clock) {
        this.jdbi = jdbi;
        this.accounts = new AccountStore(jdbi);
        this.tokens = new TokenStore(jdbi);
        this.audit = audit;
        this.cipher = cipher;
        this.clock = clock;
    }

    public Enrolment propose(Principal who) {
        byte[] secret = Totp.newSecret();
        String sealed = Base64.getUrlEncoder().encodeToString(cipher.encrypt(secret, enrolContext(who)));
        return new Enrolment(Totp.base32(secret), Totp.uri("Vigie", who.username(), secret), sealed);
    }

    public void confirm(Principal who, String sealed, String code, String ip) {
        byte[] secret;
        try {
            secret = cipher.decrypt(Base64.getUrlDecoder().decode(sealed == null ? "" : sealed), enrolContext(who));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInput("sealed", "error.totp.expired");
        }
        if (!Totp.verify(secret, code, clock.instant())) {
            throw new InvalidInput("code", "error.totp.wrong_code");
        }
        byte[] stored = cipher.encrypt(secret, Authentication.totpContext(who.accountId()));
        jdbi.useTransaction(h -> {
            accounts.setTotpSecret(h, who.accountId(), stored);
            audit.record(h, AuditEvent.of(who.username(), "account.two_factor_enabled", "account:" + who.accountId(), ip));
            // A token made before would let a program in without the second factor.
            tokens.revokeAll(h, audit, who.username(), ip, who.accountId(), "two_factor_enabled");
        });
    }

    public void disable(Principal who, String actor, String ip) {
        jdbi.useTransaction(h -> {
            accounts.setTotpSecret(h, who.accountId(), null);
            audit.record(h, AuditEvent.of(actor, "account.two_factor_disabled", "account:" + who.accountId(), ip));
        });
    }

    private static String enrolContext(Principal who) {
        return "totp-enrolment:" + who.accountId();
    }
}
