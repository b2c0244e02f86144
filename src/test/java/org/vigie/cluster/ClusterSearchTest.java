package org.vigie.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.support.Eventually.within;

import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.observatory.incidents.Drafts;
import org.vigie.search.SearchQuery;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.support.NodeCluster;
import org.vigie.support.TestApp;

/** Three nodes on one database: what is written through one is found by search on the others within 2 s. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterSearchTest {
    static final Duration WITHIN = Duration.ofSeconds(2);
    static final Principal ADMIN = new Principal(1, "admin", Role.ADMINISTRATOR, null, "fr");
    static final Principal ANALYST = new Principal(2, "analyst", Role.ANALYST, null, "fr");

    @RegisterExtension
    static final NodeCluster cluster = NodeCluster.of(3).with("VIGIE_STATE", "SI");

    @Test
    @Order(1)
    void an_account_created_through_any_node_is_found_by_search_on_the_others_within_two_seconds() {
        for (int i = 0; i < 3; i++) {
            String name = "ciwara" + i;
            TestApp.account(cluster.node(i), name, Role.MONITOR);
            for (int other = 0; other < 3; other++) {
                assertFound(other, name, "account", ADMIN);
            }
        }
    }

    @Test
    @Order(2)
    void an_incident_recorded_on_one_node_is_found_on_the_others_within_two_seconds() {
        long id = cluster.node(1).observatory().record(Drafts.draft(Drafts.SANGHA, LocalDate.of(2025, 4, 2), Drafts.DISAPPEARANCE), "m", "ip");
        assertThat(id).isPositive();
        assertFound(0, "Sangha", "incident", ANALYST);
        assertFound(2, "Sangha", "incident", ANALYST);
    }

    @Test
    @Order(3)
    void recommendations_imported_on_one_node_are_found_on_the_others_within_two_seconds() throws Exception {
        try (InputStream in = ClusterSearchTest.class.getResourceAsStream("/tracker/upr48-slovenia-thematic-list.docx")) {
            cluster.node(2).tracker().importFile("analyst", "127.0.0.1", "slovenia.docx", in.readAllBytes(), "SI");
        }
        long here = hits(2, "Roma", "recommendation", ANALYST);
        assertThat(here).as("found where imported").isPositive();
        within(WITHIN, () -> hits(0, "Roma", "recommendation", ANALYST) == here && hits(1, "Roma", "recommendation", ANALYST) == here,
                "the same recommendations on every node");
    }

    @Test
    @Order(4)
    void a_node_stopped_while_others_write_catches_up_when_it_starts_again() throws Exception {
        cluster.stop(2);
        within(WITHIN, () -> cluster.node(0).database().jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'vigie-listen'").mapTo(Long.class).one()) == 2,
                "the stopped node's listening connection closed");
        TestApp.account(cluster.node(0), "absent-pendant-larret", Role.MONITOR);
        App again = cluster.restart(2);
        assertThat(again.search().search(SearchQuery.of("absent-pendant-larret").ofKind("account"), ADMIN).total())
                .as("caught up before serving").isEqualTo(1);
    }

    @Test
    @Order(6)
    void a_node_started_later_finds_what_was_written_before_it_existed() throws Exception {
        int late = cluster.startNode();
        assertThat(hits(late, "ciwara0", "account", ADMIN)).isEqualTo(1);
        assertThat(hits(late, "Sangha", "incident", ANALYST)).isPositive();
        TestApp.account(cluster.node(late), "venu-tard", Role.MONITOR);
        assertFound(0, "venu-tard", "account", ADMIN);
        cluster.stop(late);
    }

    @Test
    @Order(5)
    void a_node_rebuilt_while_another_writes_loses_none_of_the_writes_made_meanwhile() throws Exception {
        java.util.List<String> written = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread writer = new Thread(() -> {
            for (int i = 0; i < 15; i++) {
                String name = "pendant-reconstruction-" + i;
                TestApp.account(cluster.node(1), name, Role.MONITOR);
                written.add(name);
            }
        });
        writer.start();
        cluster.node(0).search().rebuild(cluster.node(0).searchSources());
        writer.join();
        assertThat(written).hasSize(15);
        for (String name : written) {
            assertFound(0, name, "account", ADMIN);
        }
    }

    @Test
    @Order(7)
    void the_log_is_pruned_once_every_live_node_passed_it_and_a_node_gone_meanwhile_rebuilds() throws Exception {
        // The node started later (stopped above) is not seen any more: with a short staleness it holds nothing back.
        for (int i = 0; i < 3; i++) {
            cluster.node(i).cluster().staleAfter(Duration.ofSeconds(3));
        }
        cluster.stop(1);
        TestApp.account(cluster.node(0), "pendant-absence", Role.MONITOR);
        long logged = maxSeq(0);
        Thread.sleep(3500);
        within(Duration.ofSeconds(30), () -> {
            cluster.node(0).search().queue().prune(Duration.ofSeconds(3));
            return minSeq(0) > logged;
        }, "every row up to the account's pruned once nodes 0 and 2 passed it");
        App back = cluster.restart(1);
        assertThat(back.search().search(SearchQuery.of("pendant-absence").ofKind("account"), ADMIN).total())
                .as("rebuilt from the database: its rows were pruned while it was away").isEqualTo(1);
    }

    @Test
    @Order(8)
    void health_names_the_node_and_its_search_lag_and_nothing_of_its_host() throws Exception {
        java.net.http.HttpResponse<String> health = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(cluster.base(0) + "/health")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(health.body()).contains("\"id\":\"" + cluster.node(0).cluster().node() + "\"")
                .contains("\"search_changes_behind\":0").contains("search_seconds_behind")
                .doesNotContain(cluster.dataDir(0).toString());
    }

    private static long maxSeq(int node) {
        return cluster.node(node).database().jdbi().withHandle(h -> h.createQuery("SELECT coalesce(max(seq), 0) FROM search_log")
                .mapTo(Long.class).one());
    }

    private static long minSeq(int node) {
        return cluster.node(node).database().jdbi().withHandle(h -> h.createQuery(
                "SELECT coalesce(min(seq), (SELECT last_value + 1 FROM search_log_seq_seq)) FROM search_log").mapTo(Long.class).one());
    }

    static long hits(int node, String text, String kind, Principal who) {
        return cluster.node(node).search().search(SearchQuery.of(text).ofKind(kind), who).total();
    }

    static void assertFound(int node, String text, String kind, Principal who) {
        within(WITHIN, () -> hits(node, text, kind, who) > 0, text + " (" + kind + ") found on node " + node);
    }
}
