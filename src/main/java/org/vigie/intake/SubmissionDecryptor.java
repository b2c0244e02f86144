package org.vigie.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.spec.MGF1ParameterSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;

/**
 * Decrypts an encrypted record in memory, as the ODK encryption spec describes it: the AES-256 key unwrapped
 * with RSA/OAEP-SHA-256; each file with AES/CFB and PKCS#7 padding, media first then the XML, each with the
 * next initialisation vector (the MD5 of the instanceID and the key, one byte incremented per file); then the
 * element signature, an RSA-encrypted MD5 of the manifest's lines and of each clear file's MD5, compared with
 * what was decrypted, so a file swapped, dropped or altered is refused. The JCA does all the cryptography.
 *
 * <p>The spec names Java's {@code RSA/NONE/OAEPWithSHA256AndMGF1Padding}, whose mask function uses SHA-256
 * under BouncyCastle (Collect on older Android) and SHA-1 under other providers; both are tried, an OAEP
 * decryption with the wrong parameters failing its padding check.
 */
final class SubmissionDecryptor {
    private static final List<OAEPParameterSpec> OAEP = List.of(
            new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT),
            new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA1, PSource.PSpecified.DEFAULT));

    /** The record in clear: the XML and the media by their original names (without {@code .enc}), in order. */
    record Clear(byte[] xml, Map<String, byte[]> media) {
    }

    private SubmissionDecryptor() {
    }

    /** How to read an encrypted part of the request, once, as it is decrypted. */
    interface Opener {
        InputStream open() throws IOException;
    }

    /** An encrypted part of the request: its size, announced before it is read, and how to read it. */
    record Part(long size, Opener opener) {
        InputStream open() throws IOException {
            return opener.open();
        }
    }

    /** {@code files} are the encrypted parts by file name; any failure refuses the record. */
    static Clear decrypt(SubmissionManifest m, Map<String, Part> files, PrivateKey key) {
        byte[] aesKey = unwrap(m.encryptedKey(), key);
        if (aesKey.length != 32) {
            throw new IntakeRefused(400, "intake.refused.decryption");
        }
        byte[] iv = md5(concat(m.instanceId().getBytes(StandardCharsets.UTF_8), aesKey));
        List<String> order = new ArrayList<>(m.media());
        order.add(m.xmlFile());
        Map<String, byte[]> clear = new LinkedHashMap<>();
        StringBuilder signed = new StringBuilder(m.formId()).append('\n');
        if (!m.version().isEmpty()) {
            signed.append(m.version()).append('\n');
        }
        signed.append(m.encryptedKey()).append('\n').append(m.instanceId()).append('\n');
        for (int i = 0; i < order.size(); i++) {
            String name = order.get(i);
            Part encrypted = files.get(name);
            if (encrypted == null || !name.endsWith(".enc")) {
                throw new IntakeRefused(400, "intake.refused.file_missing", name);
            }
            iv[i % 16]++;
            byte[] plain = aes(aesKey, iv.clone(), encrypted);
            String original = name.substring(0, name.length() - 4);
            if (clear.put(original, plain) != null) {
                throw new IntakeRefused(400, "intake.refused.file_repeated", original);
            }
            signed.append(original).append("::").append(IntakeForm.hex("MD5", plain)).append('\n');
        }
        byte[] expected = md5(signed.toString().getBytes(StandardCharsets.UTF_8));
        if (!MessageDigest.isEqual(expected, unwrap(m.signature(), key))) {
            throw new IntakeRefused(400, "intake.refused.signature");
        }
        byte[] xml = clear.remove(m.xmlFile().substring(0, m.xmlFile().length() - 4));
        return new Clear(xml, clear);
    }

    private static byte[] unwrap(String base64, PrivateKey key) {
        byte[] wrapped;
        try {
            wrapped = Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IntakeRefused(400, "intake.refused.decryption");
        }
        for (OAEPParameterSpec spec : OAEP) {
            try {
                Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
                rsa.init(Cipher.DECRYPT_MODE, key, spec);
                return rsa.doFinal(wrapped);
            } catch (GeneralSecurityException e) {
                // the other mask function, then refuse
            }
        }
        throw new IntakeRefused(400, "intake.refused.decryption");
    }

    /**
     * Decrypts a part as it is read from the request, into one array the size of the ciphertext: no copy of
     * the whole encrypted file is made first. PKCS#7 padding makes the clear text 1 to 16 bytes shorter than
     * the ciphertext, so the array is trimmed once at the end.
     */
    private static byte[] aes(byte[] key, byte[] iv, Part encrypted) {
        if (encrypted.size() > Integer.MAX_VALUE - 16) {
            throw new IntakeRefused(413, "intake.refused.media_too_large", org.vigie.observatory.evidence.Evidence.MAX_BYTES / (1024 * 1024));
        }
        byte[] out = new byte[(int) encrypted.size()];
        int n = 0;
        long read = 0;
        try (InputStream in = encrypted.open()) {
            Cipher aes = Cipher.getInstance("AES/CFB/PKCS5Padding");
            aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
            byte[] buffer = new byte[64 * 1024];
            for (int r = in.read(buffer); r >= 0; r = in.read(buffer)) {
                read += r;
                if (read > out.length) {
                    // More bytes than the part announced: refused rather than grown.
                    throw new IntakeRefused(400, "intake.refused.decryption");
                }
                n += aes.update(buffer, 0, r, out, n);
            }
            n += aes.doFinal(out, n);
        } catch (GeneralSecurityException e) {
            throw new IntakeRefused(400, "intake.refused.decryption");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private static byte[] md5(byte[] bytes) {
        try {
            return MessageDigest.getInstance("MD5").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
