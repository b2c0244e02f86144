package org.vigie.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.crypto.FieldCipher;
import org.vigie.security.Role;
import org.vigie.support.ApiClient;
import org.vigie.support.NodeCluster;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;
import org.vigie.web.Cookies;

/**
 * What an account holds between requests lives in the database, so any node serves any step (issue 18, item 4):
 * the pending second step of a login, personal API tokens and their revocation, and a session's idle time.
 */
class ClusterAccountsTest {
    @RegisterExtension
    static final NodeCluster cluster = NodeCluster.of(2);

    private static String between(String s, String start, String end) {
        int i = s.indexOf(start) + start.length();
        return s.substring(i, s.indexOf(end, i));
    }

    @Test
    void a_login_whose_password_was_checked_on_one_node_takes_its_second_step_on_the_other() throws Exception {
        var fatou = cluster.account("cluster-fatou", Role.ANALYST);
        WebClient enrolling = cluster.web(0, "cluster-fatou");
        enrolling.get("/account");
        String sealed = between(enrolling.post("/account/two-factor").body(), "name=\"sealed\" value=\"", "\"");
        FieldCipher cipher = FieldCipher.load(cluster.dataDir(1).resolve("keys/fields.json"), null);
        byte[] secret = cipher.decrypt(Base64.getUrlDecoder().decode(sealed), "totp-enrolment:" + fatou.id());
        WebClient confirming = new WebClient(cluster.base(1));
        confirming.setCookie(Cookies.SESSION, enrolling.cookie(Cookies.SESSION));
        confirming.get("/account");
        assertThat(confirming.post("/account/two-factor/confirm", "sealed", sealed, "code", Totp.codeAt(secret, Instant.now())).body())
                .as("an enrolment offered by node 0 is confirmed on node 1").contains("Connexion en deux étapes activée");

        WebClient onA = new WebClient(cluster.base(0));
        assertThat(onA.login("cluster-fatou", TestApp.PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("/login/code"));
        WebClient onB = new WebClient(cluster.base(1));
        onB.setCookie(Cookies.SESSION, onA.cookie(Cookies.SESSION));
        assertThat(onB.get("/account").statusCode()).as("the password alone opens no session on node 1 either").isEqualTo(303);
        onB.get("/login/code");
        var ok = onB.post("/login/code", "code", Totp.codeAt(secret, Instant.now()), "next", "/");
        assertThat(ok.statusCode()).isEqualTo(302);
        // The session the second step made, renewed: read from the answer (the planted cookie stays in the jar beside it).
        String session = ok.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(Cookies.SESSION + "="))
                .map(c -> c.substring(Cookies.SESSION.length() + 1, c.indexOf(';'))).findFirst().orElseThrow();
        WebClient sessionOnB = new WebClient(cluster.base(1));
        sessionOnB.setCookie(Cookies.SESSION, session);
        assertThat(sessionOnB.get("/account").statusCode()).isEqualTo(200);
        WebClient backOnA = new WebClient(cluster.base(0));
        backOnA.setCookie(Cookies.SESSION, session);
        assertThat(backOnA.get("/account").statusCode()).as("the session the second step made serves on node 0").isEqualTo(200);
    }

    @Test
    void a_token_made_on_one_node_serves_on_the_other_until_either_revokes_it() {
        var moussa = cluster.account("cluster-moussa", Role.MONITOR);
        CreatedToken token = cluster.node(0).authentication().createToken(moussa.principal(), "phone", "127.0.0.1");
        ApiClient onA = new ApiClient(cluster.base(0), token.value());
        ApiClient onB = new ApiClient(cluster.base(1), token.value());
        assertThat(onB.get("/api/v1/me").body()).contains("cluster-moussa");
        assertThat(onB.delete("/api/v1/tokens/" + token.token().id()).statusCode() / 100).isEqualTo(2);
        assertThat(onA.get("/api/v1/me").statusCode()).as("revoked on node 1, refused at once on node 0").isEqualTo(401);
    }

    @Test
    void a_session_idle_too_long_is_ended_on_every_node_and_one_kept_busy_on_one_node_lives_on_the_other() {
        cluster.account("cluster-awa", Role.OBSERVER);
        WebClient idle = cluster.web(0, "cluster-awa");
        WebClient busy = cluster.web(1, "cluster-awa");
        String idleToken = idle.cookie(Cookies.SESSION);
        cluster.node(0).database().jdbi().useHandle(h -> h.execute(
                "UPDATE session SET last_seen_at = now() - interval '31 minutes'"
                        + " WHERE account_id = (SELECT id FROM account WHERE username = 'cluster-awa')"));
        assertThat(busy.get("/account").statusCode()).as("both sessions idle 31 minutes").isEqualTo(303);
        WebClient idleOnB = new WebClient(cluster.base(1));
        idleOnB.setCookie(Cookies.SESSION, idleToken);
        assertThat(idleOnB.get("/account").statusCode()).isEqualTo(303);

        WebClient kept = cluster.web(0, "cluster-awa");
        cluster.node(0).database().jdbi().useHandle(h -> h.execute(
                "UPDATE session SET last_seen_at = now() - interval '29 minutes'"
                        + " WHERE account_id = (SELECT id FROM account WHERE username = 'cluster-awa')"));
        assertThat(kept.get("/account").statusCode()).as("used within its idle time, on node 0").isEqualTo(200);
        WebClient keptOnB = new WebClient(cluster.base(1));
        keptOnB.setCookie(Cookies.SESSION, kept.cookie(Cookies.SESSION));
        assertThat(keptOnB.get("/account").statusCode()).as("node 1 sees the use node 0 recorded").isEqualTo(200);
    }
}
