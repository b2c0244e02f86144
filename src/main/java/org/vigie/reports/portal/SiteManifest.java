package org.vigie.reports.portal;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.signature.SignatureConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The manifest of a published static portal: the SHA-256 of every file under its folder, in path order,
 * signed with Vigie's publication key (Ed25519, Tink), written as {@code manifest.json} beside them.
 * {@link #verify} checks a copy: every file listed present and unchanged, none added, the signature good.
 * The manifest's signed bytes are its lines {@code <sha256>  <path>} (as {@code sha256sum} prints them),
 * so a reader can check the hashes with standard tools and the signature with the public key alone.
 */
public final class SiteManifest {
    /** The manifest's file name, at the root of the published folder. */
    public static final String FILE = "manifest.json";

    private SiteManifest() {
    }

    /** Writes {@code manifest.json} for every other file under {@code dir}. */
    public static void write(Path dir, KeysetHandle privateKeyset) throws IOException, GeneralSecurityException {
        SignatureConfig.register();
        String lines = lines(hashes(dir));
        byte[] signature = privateKeyset.getPrimitive(PublicKeySign.class).sign(lines.getBytes(StandardCharsets.UTF_8));
        StringBuilder json = new StringBuilder("{\n  \"algorithm\": \"Ed25519 (Tink) over the lines below, SHA-256 per file\",\n");
        json.append("  \"lines\": \"").append(lines.replace("\n", "\\n")).append("\",\n");
        json.append("  \"signature\": \"").append(Base64.getEncoder().encodeToString(signature)).append("\"\n}\n");
        Files.writeString(dir.resolve(FILE), json.toString(), StandardCharsets.UTF_8);
    }

    /** What is wrong with a copy of a published folder, or nothing when it is intact and signed by {@code publicKeyset}. */
    public static List<String> verify(Path dir, KeysetHandle publicKeyset) throws IOException, GeneralSecurityException {
        SignatureConfig.register();
        List<String> problems = new ArrayList<>();
        Path manifest = dir.resolve(FILE);
        if (!Files.isRegularFile(manifest)) {
            return List.of("no " + FILE);
        }
        String json = Files.readString(manifest, StandardCharsets.UTF_8);
        String signed = field(json, "lines").replace("\\n", "\n");
        try {
            publicKeyset.getPrimitive(PublicKeyVerify.class).verify(Base64.getDecoder().decode(field(json, "signature")),
                    signed.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException badSignature) {
            problems.add("the signature does not match the manifest");
        }
        String actual = lines(hashes(dir));
        if (!actual.equals(signed)) {
            problems.add("the files differ from the manifest");
        }
        return problems;
    }

    private static String field(String json, String name) {
        int start = json.indexOf("\"" + name + "\": \"");
        if (start < 0) {
            return "";
        }
        start += name.length() + 5;
        return json.substring(start, json.indexOf('"', start));
    }

    private static Map<String, String> hashes(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String path = dir.relativize(f).toString().replace('\\', '/');
                if (!path.equals(FILE)) {
                    out.put(path, sha256(Files.readAllBytes(f)));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return out;
    }

    private static String lines(Map<String, String> hashes) {
        StringBuilder out = new StringBuilder();
        hashes.forEach((path, hash) -> out.append(hash).append("  ").append(path).append('\n'));
        return out.toString();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
