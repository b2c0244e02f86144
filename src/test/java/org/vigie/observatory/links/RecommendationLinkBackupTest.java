package org.vigie.observatory.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.db.Backup;
import org.vigie.observatory.incidents.Drafts;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.support.TestApp;
import org.vigie.tracker.recommendations.RecommendationFilter;
import org.vigie.tracker.recommendations.TrackedRecommendation;

/** A backup carries the links between incidents and recommendations, notes and authors included. */
class RecommendationLinkBackupTest {
    @TempDir
    Path tmp;

    @Test
    void a_restored_backup_gives_back_the_links_between_incidents_and_recommendations() throws Exception {
        Path file = tmp.resolve("backup.zip");
        long incident;
        TrackedRecommendation r;
        try (App source = TestApp.create(tmp.resolve("source"))) {
            Principal analyst = TestApp.account(source, "analyst", Role.ANALYST).principal();
            try (InputStream in = getClass().getResourceAsStream("/tracker/upr48-slovenia-thematic-list.docx")) {
                source.tracker().importFile("analyst", "127.0.0.1", "slovenia.docx", in.readAllBytes(), "SI");
            }
            r = source.tracker().find(RecommendationFilter.all()).get(0);
            incident = source.observatory().record(Drafts.draft(Drafts.SANGHA, LocalDate.of(2025, 3, 14), Drafts.SUMMARY_EXECUTION),
                    "analyst", "127.0.0.1");
            source.observatory().recommendationLinks().link(analyst, "127.0.0.1", incident, r.reference(), new LinkNote("Preuve"));
            new Backup(source.database(), org.vigie.crypto.BackupKey.loadOrCreate(tmp.resolve("backup-key.json"))).write(file);
        }
        try (App target = TestApp.create(tmp.resolve("target"))) {
            new Backup(target.database(), org.vigie.crypto.BackupKey.loadOrCreate(tmp.resolve("backup-key.json"))).restore(file);
            Principal analyst = target.accounts().byUsername("analyst").orElseThrow().principal();

            assertThat(target.observatory().recommendationLinks().recommendationsOf(analyst, incident))
                    .singleElement().satisfies(l -> {
                        assertThat(l.recommendation().reference()).isEqualTo(r.reference());
                        assertThat(l.note()).isEqualTo("Preuve");
                        assertThat(l.linkedBy()).isEqualTo("analyst");
                    });
        }
    }
}
