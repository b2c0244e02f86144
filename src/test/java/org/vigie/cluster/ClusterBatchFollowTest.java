package org.vigie.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.support.Eventually.within;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.search.SearchQuery;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.support.GeneratedUhri;
import org.vigie.support.NodeCluster;

/**
 * A node following the change log reads changed records in batches (of 500): an import larger than a batch, and
 * changes and deletions among its rows, reach the other node's search whole.
 */
class ClusterBatchFollowTest {
    static final Principal ANALYST = new Principal(2, "analyst", Role.ANALYST, null, "fr");

    @RegisterExtension
    static final NodeCluster cluster = NodeCluster.of(2);

    @Test
    void an_import_of_more_than_two_batches_then_edits_and_deletions_reach_the_other_node() throws Exception {
        cluster.node(0).tracker().importFile("analyst", "127.0.0.1", "uhri.csv", GeneratedUhri.csv(1_203));
        assertThat(hits(0, "recruitment")).as("on the importing node").isEqualTo(1_203);
        within(Duration.ofSeconds(20), () -> hits(1, "recruitment") == 1_203, "every imported recommendation on the other node");

        List<Long> ids = cluster.node(0).database().jdbi().withHandle(h -> h.createQuery(
                "SELECT id FROM recommendation ORDER BY id").mapTo(Long.class).list());
        cluster.node(0).database().jdbi().useTransaction(h -> {
            h.createUpdate("UPDATE recommendation SET text = 'Ratify the Optional Protocol' WHERE id = ANY(:ids)")
                    .bind("ids", new Long[] {ids.get(0), ids.get(600), ids.get(1_202)}).execute();
            h.createUpdate("DELETE FROM recommendation WHERE id = ANY(:ids)")
                    .bind("ids", new Long[] {ids.get(1), ids.get(1_201)}).execute();
        });
        within(Duration.ofSeconds(10), () -> hits(1, "Optional Protocol") == 3 && hits(1, "recruitment") == 1_198,
                "edited rows found by their new words, deleted rows gone (" + hits(1, "recruitment") + " left)");
    }

    static long hits(int node, String text) {
        return cluster.node(node).search().search(SearchQuery.of(text).ofKind("recommendation"), ANALYST).total();
    }
}
