package org.vigie.reports.portal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.vigie.audit.SigningKey;

/**
 * The manifest of a published portal: the SHA-256 of every file, in path order, signed with Vigie's
 * publication key (Ed25519, Tink), kept as {@code manifest.json} at the site's root. The signed bytes are the
 * lines {@code <sha256>  <path>} as {@code sha256sum} prints them, so that anyone can check the files with
 * standard tools and the signature with the public key alone. {@link #verify} checks a copy: every file
 * listed present and unchanged, none added, the signature good.
 */
public final class SiteManifest {
    /** The manifest's file name, at the root of the published folder. */
    public static final String FILE = "manifest.json";

    private SiteManifest() {
    }

    /** The manifest of {@code files} (path to content), signed with {@code key}. */
    public static byte[] of(Map<String, byte[]> files, SigningKey key) {
        String lines = lines(hashes(files));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("algorithm", "Ed25519 (Tink) over the lines below; SHA-256 of each file");
        json.put("lines", lines);
        json.put("signature", Base64.getEncoder().encodeToString(key.sign(lines.getBytes(StandardCharsets.UTF_8))));
        json.put("public_key", key.publicKeyset());
        try {
            return SnapshotStore.JSON.writeValueAsBytes(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What is wrong with a copy of a published folder, or nothing when it is intact and signed by the key
     * whose public keyset is {@code publicKeyset} (Tink JSON). The key written in the manifest is not trusted:
     * the one to check against comes from elsewhere ({@code vigie publish --verify DIR --key FILE}).
     */
    public static List<String> verify(Path dir, String publicKeyset) throws IOException {
        return verify(read(dir), publicKeyset);
    }

    static List<String> verify(Map<String, byte[]> files, String publicKeyset) {
        byte[] manifest = files.get(FILE);
        if (manifest == null) {
            return List.of("no " + FILE);
        }
        List<String> problems = new ArrayList<>();
        String signed;
        try {
            JsonNode json = SnapshotStore.JSON.readTree(manifest);
            signed = json.path("lines").asText();
            byte[] signature = Base64.getDecoder().decode(json.path("signature").asText());
            if (!SigningKey.verifies(publicKeyset, signature, signed.getBytes(StandardCharsets.UTF_8))) {
                problems.add("the signature does not match the manifest");
            }
        } catch (IOException | IllegalArgumentException unreadable) {
            return List.of(FILE + " cannot be read");
        }
        Map<String, byte[]> others = new TreeMap<>(files);
        others.remove(FILE);
        SortedMap<String, String> listed = new TreeMap<>();
        for (String line : signed.split("\n")) {
            if (line.length() > 66) {
                listed.put(line.substring(66), line.substring(0, 64));
            }
        }
        SortedMap<String, String> actual = hashes(others);
        for (var e : listed.entrySet()) {
            String now = actual.get(e.getKey());
            if (now == null) {
                problems.add("missing: " + e.getKey());
            } else if (!now.equals(e.getValue())) {
                problems.add("changed: " + e.getKey());
            }
        }
        actual.keySet().stream().filter(p -> !listed.containsKey(p)).forEach(p -> problems.add("not in the manifest: " + p));
        return problems;
    }

    /** Every file under {@code dir}, by its path relative to it with forward slashes. */
    static Map<String, byte[]> read(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return out;
    }

    private static SortedMap<String, String> hashes(Map<String, byte[]> files) {
        SortedMap<String, String> out = new TreeMap<>();
        files.forEach((path, bytes) -> {
            if (!path.equals(FILE)) {
                out.put(path, SnapshotStore.sha256(bytes));
            }
        });
        return out;
    }

    private static String lines(Map<String, String> hashes) {
        StringBuilder out = new StringBuilder();
        hashes.forEach((path, hash) -> out.append(hash).append("  ").append(path).append('\n'));
        return out.toString();
    }
}
