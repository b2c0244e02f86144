package org.vigie.observatory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.observatory.incidents.Drafts;
import org.vigie.search.SearchHit;
import org.vigie.search.SearchQuery;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.support.TestApp;

/** An incident whose document a killed process never committed to the search index is found after the next start. */
class IncidentSearchCatchUpTest {

    @Test
    void an_incident_left_out_of_the_index_by_a_kill_is_found_after_the_next_start(@TempDir Path data) throws Exception {
        long id;
        try (App first = TestApp.create(data)) {
            id = first.observatory().record(Drafts.draft(Drafts.SANGHA, LocalDate.of(2025, 4, 2), Drafts.DISAPPEARANCE), "m", "ip");
            // As a kill between the two commits leaves it: the incident and its queue row in the database, the
            // document in no Lucene commit (removed here, since closing commits what the index holds).
            first.search().delete("incident", Long.toString(id));
            first.database().jdbi().useTransaction(h -> first.search().queue().add(h, "incident", Long.toString(id)));
        }

        try (App second = TestApp.create(data)) {
            assertThat(second.search().search(SearchQuery.of("Sangha").ofKind("incident"), new Principal(1, "a", Role.ANALYST, null))
                    .hits()).extracting(SearchHit::id).containsExactly(Long.toString(id));
            assertThat(second.search().lag().changesBehind()).isZero();
        }
    }
}
