package org.vigie.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.config.Config;
import org.vigie.observatory.incidents.IncidentFilter;
import org.vigie.observatory.incidents.IncidentSummary;
import org.vigie.observatory.incidents.VerificationStatus;

/** The demonstration gains synthetic incidents, marked as such, across Mali's regions, once. */
class DemoIncidentsTest {
    @TempDir
    Path dir;

    @Test
    void demo_incidents_cover_every_region_are_marked_and_are_loaded_once() throws Exception {
        try (App app = App.create(Config.of(dir, "localhost", 0, true, Map.of()))) {
            assertThat(DemoData.load(app).incidents()).isEqualTo(DemoIncidents.COUNT);
            IncidentFilter all = IncidentFilter.all(true).withLimit(IncidentFilter.MAX_LIMIT);
            var incidents = app.observatory().find(all);
            assertThat(incidents).hasSize(DemoIncidents.COUNT).allMatch(i -> i.title().startsWith("[DÉMO]"));
            assertThat(app.observatory().countsByPlace(all, false)).hasSize(9);
            assertThat(incidents).extracting(IncidentSummary::status).contains(VerificationStatus.VERIFIED, VerificationStatus.DISMISSED,
                    VerificationStatus.REPORTED);
            long victims = app.database().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM victim").mapTo(Long.class).one());
            long named = app.database().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM victim WHERE identity IS NOT NULL")
                    .mapTo(Long.class).one());
            assertThat(victims).isGreaterThan(20);
            assertThat(named).isPositive().isLessThan(victims);
            assertThat(DemoData.load(app).incidents()).as("a second start adds nothing").isZero();
        }
    }
}
