package org.vigie.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.security.Role;
import org.vigie.support.NodeCluster;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;

/** Sessions, CSRF tokens and login throttling live in the database: a session made on one node serves on another. */
class ClusterSessionsTest {
    @RegisterExtension
    static final NodeCluster cluster = NodeCluster.of(2);

    @BeforeAll
    static void accounts() {
        cluster.account("amina", Role.ANALYST);
        cluster.account("moussa", Role.ANALYST);
    }

    @Test
    void a_session_and_its_csrf_token_made_on_one_node_work_on_the_other() {
        WebClient onA = cluster.web(0, "amina");
        assertThat(onA.get("/").statusCode()).isEqualTo(200); // the page's form carries the session's token, made by A
        WebClient onB = new WebClient(cluster.base(1));
        onB.setCookie("vigie_session", onA.cookie("vigie_session"));
        HttpResponse<String> home = onB.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("amina");
        HttpResponse<String> logout = onB.postRaw("/logout", java.util.Map.of("_csrf", onA.csrf()));
        assertThat(logout.statusCode()).isBetween(300, 399);
        assertThat(onA.get("/").body()).doesNotContain("amina");
    }

    @Test
    void failed_logins_are_counted_on_every_node_together() {
        for (int i = 0; i < 6; i++) {
            new WebClient(cluster.base(i % 2)).login("moussa", "wrong-password-" + i);
        }
        HttpResponse<String> right = new WebClient(cluster.base(1)).login("moussa", TestApp.PASSWORD);
        assertThat(right.statusCode() / 100).as("locked out after failures on both nodes").isNotEqualTo(3);
    }
}
