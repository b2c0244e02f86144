package org.vigie.reports.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.signature.SignatureConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteManifestTest {
    @TempDir
    Path dir;
    KeysetHandle key;

    @BeforeEach
    void site() throws Exception {
        SignatureConfig.register();
        key = KeysetHandle.generateNew(KeyTemplates.get("ED25519"));
        Files.createDirectories(dir.resolve("fr"));
        Files.writeString(dir.resolve("fr/index.html"), "<h1>Chiffres</h1>");
        Files.writeString(dir.resolve("victims_by_sex.csv"), "sex,victims\nfemale,<5\n");
        SiteManifest.write(dir, key);
    }

    @Test
    void an_intact_copy_verifies() throws Exception {
        assertThat(SiteManifest.verify(dir, key.getPublicKeysetHandle())).isEmpty();
        assertThat(Files.readString(dir.resolve("manifest.json"))).contains("  fr/index.html\\n").contains("  victims_by_sex.csv\\n");
    }

    @Test
    void a_changed_file_is_found() throws Exception {
        Files.writeString(dir.resolve("victims_by_sex.csv"), "sex,victims\nfemale,1\n");
        assertThat(SiteManifest.verify(dir, key.getPublicKeysetHandle())).containsExactly("the files differ from the manifest");
    }

    @Test
    void an_added_file_is_found() throws Exception {
        Files.writeString(dir.resolve("extra.html"), "<a href=\"https://protected.example\">");
        assertThat(SiteManifest.verify(dir, key.getPublicKeysetHandle())).containsExactly("the files differ from the manifest");
    }

    @Test
    void a_manifest_rewritten_without_the_key_is_refused() throws Exception {
        Files.writeString(dir.resolve("victims_by_sex.csv"), "sex,victims\nfemale,1\n");
        SiteManifest.write(dir, KeysetHandle.generateNew(KeyTemplates.get("ED25519")));
        assertThat(SiteManifest.verify(dir, key.getPublicKeysetHandle())).containsExactly("the signature does not match the manifest");
    }
}
