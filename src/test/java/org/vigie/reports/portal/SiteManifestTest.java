package org.vigie.reports.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.audit.SigningKey;

/** A published folder's manifest, as a reader checks a copy of it on disk. */
class SiteManifestTest {
    @TempDir
    Path dir;
    @TempDir
    Path keys;
    SigningKey key;

    @BeforeEach
    void site() throws Exception {
        key = SigningKey.load(keys, "publication-signing");
        Map<String, byte[]> files = new TreeMap<>();
        files.put("fr/index.html", "<h1>Chiffres</h1>".getBytes(StandardCharsets.UTF_8));
        files.put("victims_by_sex.csv", "sex,victims\nfemale,<5\n".getBytes(StandardCharsets.UTF_8));
        files.put(SiteManifest.FILE, SiteManifest.of(files, key));
        for (var e : files.entrySet()) {
            Files.createDirectories(dir.resolve(e.getKey()).getParent());
            Files.write(dir.resolve(e.getKey()), e.getValue());
        }
    }

    @Test
    void an_intact_copy_verifies() throws Exception {
        assertThat(SiteManifest.verify(dir, key.publicKeyset())).isEmpty();
        assertThat(Files.readString(dir.resolve("manifest.json"))).contains("  fr/index.html\\n").contains("  victims_by_sex.csv\\n");
    }

    @Test
    void a_changed_file_is_found() throws Exception {
        Files.writeString(dir.resolve("victims_by_sex.csv"), "sex,victims\nfemale,1\n");
        assertThat(SiteManifest.verify(dir, key.publicKeyset())).containsExactly("changed: victims_by_sex.csv");
    }

    @Test
    void an_added_or_removed_file_is_found() throws Exception {
        Files.writeString(dir.resolve("extra.html"), "<a href=\"https://protected.example\">");
        Files.delete(dir.resolve("fr/index.html"));
        assertThat(SiteManifest.verify(dir, key.publicKeyset())).containsExactly("missing: fr/index.html", "not in the manifest: extra.html");
    }

    @Test
    void a_manifest_rewritten_with_another_key_is_refused() throws Exception {
        Files.writeString(dir.resolve("victims_by_sex.csv"), "sex,victims\nfemale,1\n");
        Map<String, byte[]> files = SiteManifest.read(dir);
        Files.write(dir.resolve(SiteManifest.FILE), SiteManifest.of(files, SigningKey.load(keys.resolve("other"), "thief")));
        assertThat(SiteManifest.verify(dir, key.publicKeyset())).containsExactly("the signature does not match the manifest");
    }
}
