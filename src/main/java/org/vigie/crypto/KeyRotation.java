package org.vigie.crypto;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.vigie.audit.AuditEvent;
import org.vigie.audit.AuditStore;

/**
 * {@code vigie keys rotate}: adds a new primary key to the field keyset, re-encrypts every value of
 * every {@link EncryptedColumn} under it in one transaction, and, when asked, then drops the old keys.
 *
 * <p>Order, so that no crash leaves a value without its key: the new keyset (old keys included) is
 * written first, atomically, with a backup of the old file; the transaction re-encrypts and records
 * the rotation in the audit trail; the backup is removed only once it committed (and restored if it
 * failed). Old keys are dropped only after every value has been read back under the new primary key.
 * A keyset from {@code VIGIE_FIELD_KEYSET} cannot be rewritten by Vigie: the new keyset is printed
 * before the transaction for the operator to store, and dropping old keys is refused.
 */
public final class KeyRotation {
    /** What a rotation did: keys before and after, values re-encrypted per column. */
    public record Outcome(int keysBefore, int keysAfter, Map<String, Integer> reencrypted, boolean droppedOld) {
    }

    private final Jdbi jdbi;
    private final AuditStore audit;
    private final FieldCipher cipher;
    private final Path keyFile;
    private final List<EncryptedColumn> columns;
    private final EncryptedColumnStore store = new EncryptedColumnStore();

    public KeyRotation(Jdbi jdbi, AuditStore audit, FieldCipher cipher, Path keyFile, List<EncryptedColumn> columns) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.cipher = cipher;
        this.keyFile = keyFile;
        this.columns = List.copyOf(columns);
    }

    /**
     * Rotates; {@code printKeyset} receives the new keyset when it comes from the environment.
     *
     * @throws IllegalStateException when a value does not decrypt (nothing is changed) or when old keys
     *                               are to be dropped from a keyset held in the environment
     */
    public Outcome rotate(String actor, boolean dropOld, Consumer<String> printKeyset) throws IOException {
        if (dropOld && cipher.fromEnvironment()) {
            throw new IllegalStateException("the keyset comes from " + FieldCipher.ENV + ": Vigie cannot drop its old keys; "
                    + "rotate without --drop-old, store the printed keyset, and remove old keys from it yourself");
        }
        FieldCipher next = cipher.withNewPrimary();
        Path backup = keyFile.resolveSibling(keyFile.getFileName() + ".bak");
        if (cipher.fromEnvironment()) {
            printKeyset.accept(next.keysetJson());
        } else {
            Files.copy(keyFile, backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            SecretFiles.writePrivate(keyFile, next.keysetJson());
        }
        Map<String, Integer> counts;
        try {
            counts = jdbi.inTransaction(h -> {
                Map<String, Integer> done = new LinkedHashMap<>();
                for (EncryptedColumn c : columns) {
                    List<Long> ids = store.lockIds(h, c);
                    for (long id : ids) {
                        store.update(h, c, id, next.encrypt(readable(next, c, id, store.value(h, c, id)), c.context(id)));
                    }
                    done.put(c.toString(), ids.size());
                }
                KeyFingerprints.replace(h, next.fingerprint(), actor);
                // One detail for all columns: a column's name as a key could look like a secret to AuditEvent.
                audit.record(h, AuditEvent.of(actor, "keys.rotated", "", "").with("keys", Integer.toString(next.keyCount()))
                        .with("source", cipher.fromEnvironment() ? "environment" : "file").with("reencrypted", done.toString()));
                return done;
            });
        } catch (RuntimeException e) {
            if (!cipher.fromEnvironment()) {
                Files.move(backup, keyFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        Files.deleteIfExists(backup);
        if (!dropOld) {
            return new Outcome(cipher.keyCount(), next.keyCount(), counts, false);
        }
        FieldCipher last = next.primaryOnly();
        jdbi.useTransaction(h -> {
            for (EncryptedColumn c : columns) {
                for (long id : store.lockIds(h, c)) {
                    readable(last, c, id, store.value(h, c, id));
                }
            }
            KeyFingerprints.replace(h, last.fingerprint(), actor);
            audit.record(h, AuditEvent.of(actor, "keys.old_dropped", "", "").with("keys", Integer.toString(last.keyCount())));
        });
        SecretFiles.writePrivate(keyFile, last.keysetJson());
        return new Outcome(cipher.keyCount(), last.keyCount(), counts, true);
    }

    private static byte[] readable(FieldCipher c, EncryptedColumn column, long id, byte[] value) {
        try {
            return c.decrypt(value, column.context(id));
        } catch (IllegalStateException e) {
            throw new IllegalStateException(column + " of row " + id + " cannot be decrypted: altered or wrong key; "
                    + "nothing was changed", e);
        }
    }
}
