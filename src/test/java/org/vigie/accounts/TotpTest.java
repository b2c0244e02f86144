package org.vigie.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** RFC 6238 appendix B test vectors (SHA-1), truncated to the six digits apps show. */
class TotpTest {
    private static final byte[] SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void codes_match_the_rfc_6238_vectors() {
        assertThat(Totp.codeAt(SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.codeAt(SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(Totp.codeAt(SECRET, Instant.ofEpochSecond(1234567890))).isEqualTo("005924");
        assertThat(Totp.codeAt(SECRET, Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
    }

    @Test
    void a_code_from_the_previous_step_is_still_accepted_but_not_one_from_two_steps_ago() {
        Instant now = Instant.ofEpochSecond(1234567890);
        assertThat(Totp.verify(SECRET, Totp.codeAt(SECRET, now.minusSeconds(30)), now)).isTrue();
        assertThat(Totp.verify(SECRET, Totp.codeAt(SECRET, now.minusSeconds(90)), now)).isFalse();
    }

    @Test
    void spaces_in_a_typed_code_are_ignored_and_letters_refused() {
        Instant now = Instant.ofEpochSecond(59);
        assertThat(Totp.verify(SECRET, "287 082", now)).isTrue();
        assertThat(Totp.verify(SECRET, "28708a", now)).isFalse();
        assertThat(Totp.verify(SECRET, null, now)).isFalse();
    }

    @Test
    void base32_matches_rfc_4648() {
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
    }
}
