package org.vigie.observatory.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.support.TestApp;

/**
 * The counts kept per cercle, status and restricted flag (V014) give what counting the incidents gives: after
 * recording, after a change of status and after a deletion. The unfiltered total and map read the kept counts;
 * the same question with a period covering every date counts incidents.
 */
class IncidentCountsTest {
    @TempDir
    static Path dir;
    static App app;
    static Observatory observatory;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.create(dir);
        observatory = app.observatory();
        List<Long> ids = new ArrayList<>();
        ids.add(observatory.record(Drafts.draft(Drafts.SANGHA, LocalDate.of(2025, 3, 14), Drafts.SUMMARY_EXECUTION), "m", "ip"));
        ids.add(observatory.record(Drafts.draft(Drafts.BANDIAGARA_COMMUNE, LocalDate.of(2024, 3, 10), Drafts.ATTACK_SCHOOL), "m", "ip"));
        ids.add(observatory.record(Drafts.draft(Drafts.MOPTI_COMMUNE, LocalDate.of(2025, 2, 1), Drafts.DISAPPEARANCE), "m", "ip"));
        ids.add(observatory.record(Drafts.draft(Drafts.SANGHA, LocalDate.of(2025, 3, 1), Drafts.RAPE), "m2", "ip"));
        ids.add(observatory.record(Drafts.draft("ML0101", LocalDate.of(2023, 6, 1), Drafts.SUMMARY_EXECUTION), "m", "ip"));
        ids.add(observatory.record(Drafts.draft("ML01", LocalDate.of(2023, 7, 1), Drafts.DISAPPEARANCE), "m", "ip"));
        app.verification().examine(IncidentRecordTest.ANALYST, "ip", ids.get(2));
        app.verification().examine(IncidentRecordTest.ANALYST, "ip", ids.get(3));
        app.database().jdbi().useHandle(h -> h.execute("DELETE FROM incident WHERE id = ?", ids.get(4)));
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    /** The same filter with a period covering every incident, which makes the list count incidents. */
    private static IncidentFilter counted(IncidentFilter f) {
        return new IncidentFilter(LocalDate.of(1900, 1, 1), LocalDate.of(2100, 12, 31), null, null, null, f.status(), null,
                f.withRestricted(), f.restrictedRecordedBy(), null, IncidentFilter.DEFAULT_LIMIT);
    }

    private static List<IncidentFilter> filters() {
        List<IncidentFilter> out = new ArrayList<>();
        List<VerificationStatus> statuses = new ArrayList<>(List.of(VerificationStatus.values()));
        statuses.add(null);
        for (VerificationStatus status : statuses) {
            for (boolean withRestricted : new boolean[] {true, false}) {
                out.add(new IncidentFilter(null, null, null, null, null, status, null, withRestricted, null, 50));
            }
            out.add(new IncidentFilter(null, null, null, null, null, status, null, false, "m2", null, 50));
        }
        return out;
    }

    @Test
    void the_kept_total_is_the_counted_total_for_every_status_and_viewer() {
        for (IncidentFilter f : filters()) {
            assertThat(observatory.count(f)).as(f.toString()).isEqualTo(observatory.count(counted(f)));
        }
        assertThat(observatory.count(IncidentFilter.all(true))).isEqualTo(5);
    }

    @Test
    void the_kept_counts_by_region_and_cercle_are_the_counted_ones() {
        for (IncidentFilter f : filters()) {
            assertThat(observatory.countsByPlace(f, false)).as(f.toString()).isEqualTo(observatory.countsByPlace(counted(f), false));
            assertThat(observatory.countsByPlace(f, true)).as(f.toString()).isEqualTo(observatory.countsByPlace(counted(f), true));
        }
    }
}
