package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A field device's token is in its URLs' path; the log, read by operators, never holds it. */
class LoggablePathTest {
    @Test
    void a_device_token_is_left_out_of_a_logged_path() {
        assertThat(ErrorPages.loggable("/odk/key/s3cr3t-T0ken/submission")).isEqualTo("/odk/key/(token)/submission");
        assertThat(ErrorPages.loggable("/odk/key/s3cr3t-T0ken")).doesNotContain("s3cr3t");
        assertThat(ErrorPages.loggable("/incidents/12")).isEqualTo("/incidents/12");
    }
}
