package org.vigie.crypto;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/**
 * The key that encrypts backups: a Tink streaming AEAD keyset (AES-256-GCM with HKDF, 4 KB segments,
 * each authenticated, the last one marked so that a cut file is detected), kept in a file of its own
 * so that the operator can keep it apart from the server and its backups. A backup starts with a
 * short clear header naming the key by its id, bound to the ciphertext as associated data: a wrong
 * key is told as such, and an altered header does not decrypt.
 */
public final class BackupKey {
    private static final byte[] MAGIC = "VIGIE-BACKUP-1\n".getBytes(StandardCharsets.US_ASCII);
    private final KeysetHandle keyset;
    private final StreamingAead aead;
    private final String source;

    private BackupKey(KeysetHandle keyset, String source) throws GeneralSecurityException {
        this.keyset = keyset;
        this.aead = keyset.getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
        this.source = source;
    }

    /** The key in {@code file}, generated there (mode 0600) if the file does not exist yet. */
    public static BackupKey loadOrCreate(Path file) throws IOException {
        if (!Files.exists(file)) {
            try {
                StreamingAeadConfig.register();
                KeysetHandle fresh = KeysetHandle.generateNew(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_4KB);
                SecretFiles.writePrivate(file, TinkJsonProtoKeysetFormat.serializeKeyset(fresh, InsecureSecretKeyAccess.get()));
            } catch (GeneralSecurityException e) {
                throw new IOException("cannot generate a backup key: " + e.getMessage(), e);
            }
        }
        return load(file);
    }

    /** The key in {@code file}, which must exist. */
    public static BackupKey load(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException("no backup key at " + file + ": give the key the backup was written with (--key FILE)");
        }
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** The key given as its JSON keyset ({@code VIGIE_BACKUP_KEY}); {@code source} names where it came from. */
    public static BackupKey parse(String json, String source) throws IOException {
        try {
            StreamingAeadConfig.register();
            return new BackupKey(TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get()), source);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IOException("the backup key in " + source + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The key's id, eight hexadecimal digits, which a backup's header repeats. */
    public String id() {
        return String.format("%08x", keyset.getPrimary().getId());
    }

    /** Where the key came from: its file, or the environment variable. */
    public String source() {
        return source;
    }

    /** Encrypts what is written to the returned stream into {@code out}; closing it finishes the file. */
    public OutputStream encrypting(OutputStream out) throws IOException {
        byte[] header = header(id());
        out.write(header);
        try {
            return aead.newEncryptingStream(out, header);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot encrypt the backup: " + e.getMessage(), e);
        }
    }

    /**
     * Decrypts a backup read from {@code in}. Refuses a file that is no encrypted backup and one
     * written with another key, naming both keys; an altered or cut file fails while it is read,
     * with an {@link IOException} that says so.
     */
    public InputStream decrypting(InputStream in, String name) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] magic = new byte[MAGIC.length];
        try {
            data.readFully(magic);
        } catch (EOFException e) {
            throw new IOException(name + " is not an encrypted Vigie backup");
        }
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IOException(name + " is not an encrypted Vigie backup");
        }
        byte[] idBytes = new byte[9];
        data.readFully(idBytes);
        String written = new String(idBytes, 0, 8, StandardCharsets.US_ASCII);
        if (!written.equals(id())) {
            throw new IOException("wrong backup key: " + name + " was encrypted with backup key " + written
                    + ", the key given (" + source + ") is " + id());
        }
        try {
            return new Verified(aead.newDecryptingStream(data, header(written)), name);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot decrypt " + name + ": " + e.getMessage(), e);
        }
    }

    private static byte[] header(String id) {
        byte[] idLine = (id + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] h = Arrays.copyOf(MAGIC, MAGIC.length + idLine.length);
        System.arraycopy(idLine, 0, h, MAGIC.length, idLine.length);
        return h;
    }

    /** Turns Tink's failures of authentication into a message that names the file and what it means. */
    private static final class Verified extends java.io.FilterInputStream {
        private final String name;

        Verified(InputStream in, String name) {
            super(in);
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw altered(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw altered(e);
            }
        }

        private IOException altered(IOException e) {
            return new IOException(name + " has been altered or cut short (it does not authenticate under its key): " + e.getMessage(), e);
        }
    }
}
