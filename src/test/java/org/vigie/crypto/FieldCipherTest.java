package org.vigie.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The field cipher's two formats: Tink's one-shot AEAD for small values, the envelope for large ones. */
class FieldCipherTest {
    @TempDir
    Path dir;
    FieldCipher cipher;

    @BeforeEach
    void keys() throws Exception {
        cipher = FieldCipher.load(dir.resolve("fields.json"), null);
    }

    @Test
    void aLargeValueIsSealedByEnvelopeAndComesBackWhole() {
        for (int size : new int[] {FieldCipher.LARGE, FieldCipher.LARGE + 1, 4096 * 37, 2 * 1024 * 1024 + 5}) {
            byte[] value = bytes(size, size);
            byte[] sealed = cipher.encrypt(value, "incident_evidence.content:7");
            assertThat(new String(sealed, 0, 2, StandardCharsets.US_ASCII)).as("size %d", size).isEqualTo("VS");
            assertThat(cipher.decrypt(sealed, "incident_evidence.content:7")).as("size %d", size).isEqualTo(value);
        }
    }

    @Test
    void aSmallValueKeepsTinksOwnFormat() {
        byte[] value = bytes(FieldCipher.LARGE - 1, 1);
        byte[] sealed = cipher.encrypt(value, "victim.identity:1");
        assertThat(sealed[0]).as("Tink's prefix byte").isEqualTo((byte) 1);
        assertThat(cipher.decrypt(sealed, "victim.identity:1")).isEqualTo(value);
        assertThat(cipher.decrypt(cipher.encrypt(new byte[0], "x:1"), "x:1")).isEmpty();
    }

    @Test
    void theClearValueAppearsNowhereInTheSealedOne() {
        byte[] value = ("Fatoumata Maïga, née à Mopti. ".repeat(5000)).getBytes(StandardCharsets.UTF_8);
        byte[] sealed = cipher.encrypt(value, "victim_photo.content:3");
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Fatoumata").doesNotContain("Mopti");
    }

    @Test
    void aLargeValueMovedToAnotherRecordDoesNotDecrypt() {
        byte[] sealed = cipher.encrypt(bytes(200_000, 2), "incident_evidence.content:7");
        assertThatThrownBy(() -> cipher.decrypt(sealed, "incident_evidence.content:8"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("moved from another record");
    }

    @Test
    void anyAlteredCutOrLengthenedLargeValueIsRefused() {
        byte[] sealed = cipher.encrypt(bytes(300_000, 3), "job_input.content:5");
        int wrappedEnd = 5 + (((sealed[3] & 0xff) << 8) | (sealed[4] & 0xff));
        for (int at : new int[] {3, 4, 10, wrappedEnd - 1, wrappedEnd + 3, wrappedEnd + 40, sealed.length / 2, sealed.length - 1}) {
            byte[] altered = sealed.clone();
            altered[at] ^= 0x20;
            assertThatThrownBy(() -> cipher.decrypt(altered, "job_input.content:5")).as("byte %d altered", at)
                    .isInstanceOf(IllegalStateException.class);
        }
        for (int length : new int[] {2, 4, wrappedEnd, wrappedEnd + 100, sealed.length - 4096 - 16, sealed.length - 1}) {
            byte[] cut = Arrays.copyOf(sealed, length);
            assertThatThrownBy(() -> cipher.decrypt(cut, "job_input.content:5")).as("cut to %d", length)
                    .isInstanceOf(IllegalStateException.class);
        }
        byte[] longer = Arrays.copyOf(sealed, sealed.length + 16);
        assertThatThrownBy(() -> cipher.decrypt(longer, "job_input.content:5")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aLargeValueSealedInOneShotBeforeTheEnvelopeStillDecrypts() throws Exception {
        Aead oneShot = TinkJsonProtoKeysetFormat.parseKeyset(cipher.keysetJson(), InsecureSecretKeyAccess.get())
                .getPrimitive(RegistryConfiguration.get(), Aead.class);
        byte[] value = bytes(500_000, 4);
        byte[] older = oneShot.encrypt(value, "incident_evidence.content:9".getBytes(StandardCharsets.UTF_8));
        assertThat(cipher.decrypt(older, "incident_evidence.content:9")).isEqualTo(value);
    }

    @Test
    void rotationReadsOldEnvelopesAndItsNewOnesOutliveTheOldKey() {
        byte[] value = bytes(150_000, 5);
        byte[] underOld = cipher.encrypt(value, "victim_photo.content:4");
        FieldCipher rotated = cipher.withNewPrimary();
        assertThat(rotated.keyCount()).isEqualTo(2);
        assertThat(rotated.decrypt(underOld, "victim_photo.content:4")).isEqualTo(value);
        byte[] underNew = rotated.encrypt(rotated.decrypt(underOld, "victim_photo.content:4"), "victim_photo.content:4");
        FieldCipher newOnly = rotated.primaryOnly();
        assertThat(newOnly.decrypt(underNew, "victim_photo.content:4")).isEqualTo(value);
        assertThatThrownBy(() -> newOnly.decrypt(underOld, "victim_photo.content:4")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt(underNew, "victim_photo.content:4")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anotherKeysetCannotOpenAnEnvelope() throws Exception {
        FieldCipher other = FieldCipher.load(dir.resolve("other.json"), null);
        byte[] sealed = cipher.encrypt(bytes(100_000, 6), "incident_evidence.content:1");
        assertThatThrownBy(() -> other.decrypt(sealed, "incident_evidence.content:1")).isInstanceOf(IllegalStateException.class);
    }

    private static byte[] bytes(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }
}
