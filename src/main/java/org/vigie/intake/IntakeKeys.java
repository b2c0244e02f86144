package org.vigie.intake;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.vigie.audit.AuditEvent;
import org.vigie.audit.AuditStore;
import org.vigie.crypto.EncryptedColumn;
import org.vigie.crypto.FieldCipher;

/**
 * The RSA key pairs of encrypted forms. The private key never lies in clear: PKCS#8, encrypted by the field
 * keyset bound to its row, so {@code vigie keys rotate} re-encrypts it with the other encrypted columns and
 * a copy of the database alone decrypts no submission. {@link #rotate} retires the current pair for a new
 * one; a retired pair still decrypts the submissions of its form version for {@link #KEEP_RETIRED}, as
 * phones may hold records finalised with the old form, then it is deleted.
 *
 * <p>A pair is unsealed once and kept in memory for the life of the process: unsealing (a Tink decryption and
 * the parsing of an RSA key) on every submission cost milliseconds and gave nothing, since the clear private
 * key is in this process's memory while it decrypts anyway. {@link #rotate} empties the cache; the 30 days
 * are checked against the clock on every use, so a cached retired pair stops decrypting when it should.
 */
public final class IntakeKeys {
    static final Duration KEEP_RETIRED = Duration.ofDays(30);
    private static final EncryptedColumn COLUMN = new EncryptedColumn("intake_key", "private_key");
    private static final int RSA_BITS = 2048;

    private final Jdbi jdbi;
    private final FieldCipher cipher;
    private final AuditStore audit;
    private final Clock clock;
    private final Map<Long, IntakeKey> unsealed = new ConcurrentHashMap<>();

    public IntakeKeys(Jdbi jdbi, FieldCipher cipher, AuditStore audit, Clock clock) {
        this.jdbi = jdbi;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    /** The encrypted column this capability owns, for key rotation. */
    public static List<EncryptedColumn> encryptedColumns() {
        return List.of(COLUMN);
    }

    /** The pair new forms carry, created on first use. */
    IntakeKey current() {
        Optional<IntakeKey> existing = jdbi.withHandle(h -> IntakeKeyStore.currentId(h).flatMap(id -> cached(h, id)));
        if (existing.isPresent()) {
            return existing.get();
        }
        // The first form download creates the pair; the lock keeps two first downloads from creating two.
        return jdbi.inTransaction(h -> {
            IntakeKeyStore.lock(h);
            Optional<Long> id = IntakeKeyStore.currentId(h);
            return cached(h, id.isPresent() ? id.get() : create(h, "system")).orElseThrow();
        });
    }

    /** The pair of this id if it still decrypts: the current one, or one retired less than 30 days ago. */
    Optional<IntakeKey> usable(long id) {
        IntakeKey known = unsealed.get(id);
        Optional<IntakeKey> key = known != null ? Optional.of(known) : jdbi.withHandle(h -> cached(h, id));
        return key.filter(k -> k.retiredAt() == null
                || k.retiredAt().plus(KEEP_RETIRED).isAfter(clock.instant()));
    }

    /**
     * Retires the current pair and creates a new one, deleting pairs retired more than 30 days ago; new forms
     * carry the new public key (a new form version). Returns the new pair's id.
     */
    public long rotate(String actor) {
        return jdbi.inTransaction(h -> {
            IntakeKeyStore.lock(h);
            Instant now = clock.instant();
            IntakeKeyStore.retireCurrent(h, now);
            int dropped = IntakeKeyStore.deleteRetiredBefore(h, now.minus(KEEP_RETIRED));
            long id = create(h, actor);
            audit.record(h, AuditEvent.of(actor, "intake.key.rotated", "intake_key:" + id, "").with("deleted", Integer.toString(dropped)));
            // The retired pair's cached copy would still say it is current.
            unsealed.clear();
            return id;
        });
    }

    private long create(Handle h, String actor) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(RSA_BITS);
            KeyPair pair = g.generateKeyPair();
            long id = IntakeKeyStore.nextId(h);
            IntakeKeyStore.insert(h, id, pair.getPublic().getEncoded(),
                    cipher.encrypt(pair.getPrivate().getEncoded(), FieldCipher.context(COLUMN.table(), COLUMN.column(), id)));
            audit.record(h, AuditEvent.of(actor, "intake.key.created", "intake_key:" + id, ""));
            return id;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot create an RSA key pair", e);
        }
    }

    /** A pair read and unsealed only the first time it is asked for. */
    private Optional<IntakeKey> cached(Handle h, long id) {
        IntakeKey known = unsealed.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<IntakeKey> loaded = load(h, id);
        loaded.ifPresent(k -> unsealed.put(id, k));
        return loaded;
    }

    private Optional<IntakeKey> load(Handle h, long id) {
        return IntakeKeyStore.find(h, id).map(r -> new IntakeKey(r.id(), publicKey(r.publicKey()),
                privateKey(cipher.decrypt(r.sealedPrivateKey(), FieldCipher.context(COLUMN.table(), COLUMN.column(), id))),
                r.createdAt(), r.retiredAt()));
    }

    private static PublicKey publicKey(byte[] x509) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(x509));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("an intake public key cannot be read", e);
        }
    }

    private static PrivateKey privateKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("an intake private key cannot be read", e);
        }
    }
}
