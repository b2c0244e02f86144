package org.vigie.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.support.Eventually.within;

import java.io.InputStream;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.observatory.vocabulary.ExtensionTerm;
import org.vigie.observatory.vocabulary.NewTerm;
import org.vigie.observatory.vocabulary.Vocabulary;
import org.vigie.reports.portal.Publisher;
import org.vigie.reports.statistics.StatisticsFixture;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.support.NodeCluster;

/** What a node keeps in memory follows a change made through another node within 2 s. */
class ClusterCachesTest {
    static final Duration WITHIN = Duration.ofSeconds(2);
    static final Principal ADMIN = new Principal(1, "admin", Role.ADMINISTRATOR, null);

    @RegisterExtension
    static final NodeCluster cluster = NodeCluster.of(2).with("VIGIE_STATE", "SI");

    @Test
    void a_vocabulary_term_added_through_one_node_is_known_to_the_other_within_two_seconds() {
        ExtensionTerm added = cluster.node(0).vocabularyTerms().add(ADMIN, "ip",
                new NewTerm(Vocabulary.VIGIE_EXTENSIONS, "", "Burning of granaries", "Incendie de greniers", Set.of(), Set.of()));
        String code = added.term().code();
        within(WITHIN, () -> cluster.node(1).vocabularyTerms().current().extension(code).isPresent(), "the term on node 1");
        within(WITHIN, () -> cluster.node(1).observatory().vocabulary().extension(code).isPresent(),
                "the incident checks' vocabulary on node 1");
    }

    @Test
    void the_tracker_facets_follow_an_import_made_through_the_other_node_within_two_seconds() throws Exception {
        assertThat(cluster.node(1).tracker().facets().states()).doesNotContain("Brazil");
        try (InputStream in = ClusterCachesTest.class.getResourceAsStream("/tracker/upr48-slovenia-thematic-list.docx")) {
            cluster.node(0).tracker().importFile("analyst", "127.0.0.1", "slovenia.docx", in.readAllBytes(), "SI");
        }
        java.util.List<String> onA = cluster.node(0).tracker().facets().states();
        assertThat(onA).isNotEmpty();
        within(WITHIN, () -> cluster.node(1).tracker().facets().states().equals(onA), "node 1's facets equal node 0's");
    }

    @Test
    void the_public_portal_serves_a_publication_made_on_another_node_within_two_seconds() {
        long before = cluster.node(1).portal().site().snapshotId();
        StatisticsFixture.insertObservatory(cluster.node(0));
        Publisher.Publication made = cluster.node(0).publisher().publish("analyst", "manual");
        assertThat(made.changed()).as("the verified incidents change the public figures").isTrue();
        assertThat(made.id()).isNotEqualTo(before);
        within(WITHIN, () -> cluster.node(1).portal().site().snapshotId() == made.id(), "node 1 serves the new snapshot");
    }

    @Test
    void a_verification_on_one_node_changes_the_public_page_of_the_other_within_two_seconds() {
        java.util.List<Long> pending = cluster.node(0).database().jdbi().inTransaction(h -> {
            java.util.List<Long> ids = new java.util.ArrayList<>();
            for (int n = 0; n < 6; n++) {
                long i = StatisticsFixture.incident(h, "pending_verification", "2023-08-0" + (n + 1), "ML0502");
                StatisticsFixture.act(h, i, StatisticsFixture.KILLING, 3);
                ids.add(i);
            }
            return ids;
        });
        long start = cluster.node(0).publisher().publish("analyst", "manual").id();
        within(Duration.ofSeconds(5), () -> cluster.node(1).portal().site().snapshotId() == start, "node 1 serves the starting snapshot");
        Principal analyst = new Principal(1, "analyst-verifies", Role.ANALYST, null);
        for (long id : pending) {
            cluster.node(0).verification().verify(analyst, "127.0.0.1", id);
        }
        within(WITHIN, () -> cluster.node(1).portal().site().snapshotId() != start, "node 1 serves a snapshot with the verified incidents");
    }

    @Test
    void a_listener_whose_connection_is_cut_listens_again_and_misses_nothing_meanwhile() {
        assertThat(listeners()).as("one listening connection per node, outside the pool").isEqualTo(2);
        cluster.node(0).database().jdbi().useHandle(h -> h.createQuery(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'vigie-listen'").mapTo(Boolean.class).list());
        ExtensionTerm added = cluster.node(0).vocabularyTerms().add(ADMIN, "ip",
                new NewTerm(Vocabulary.VIGIE_EXTENSIONS, "", "Cattle raiding", "Vol de bétail", Set.of(), Set.of()));
        within(WITHIN, () -> cluster.node(1).vocabularyTerms().current().extension(added.term().code()).isPresent(), "the term on node 1");
        within(Duration.ofSeconds(10), () -> listeners() == 2, "both nodes listening again");
    }

    private static long listeners() {
        return cluster.node(0).database().jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'vigie-listen'").mapTo(Long.class).one());
    }
}
