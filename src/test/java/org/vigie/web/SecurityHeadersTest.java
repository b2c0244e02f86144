package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.support.RunningVigie;
import org.vigie.support.WebClient;

/** Every page carries the headers that keep a browser from running, framing or sniffing what Vigie did not mean. */
class SecurityHeadersTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();

    @Test
    void a_page_declares_its_policy_its_charset_and_refuses_framing_and_sniffing() {
        HttpResponse<String> r = new WebClient(vigie.base()).get("/login");
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval"));
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t.toLowerCase())
                .startsWith("text/html").contains("charset=utf-8"));
    }
}
