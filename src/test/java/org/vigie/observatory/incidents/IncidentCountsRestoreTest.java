package org.vigie.observatory.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.db.Backup;
import org.vigie.observatory.places.PlaceCount;
import org.vigie.support.TestApp;

/** A restore gives back the counts kept per place once, rebuilt from the restored incidents, not copied beside them. */
class IncidentCountsRestoreTest {

    @Test
    void a_restored_database_counts_its_incidents_once(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("backup.zip");
        List<PlaceCount> before;
        try (App source = TestApp.create(tmp.resolve("source"))) {
            source.observatory().record(Drafts.draft(Drafts.SANGHA, LocalDate.of(2025, 3, 14), Drafts.SUMMARY_EXECUTION), "m", "ip");
            source.observatory().record(Drafts.draft("ML0101", LocalDate.of(2024, 6, 1), Drafts.DISAPPEARANCE), "m", "ip");
            before = source.observatory().countsByPlace(IncidentFilter.all(true), false);
            new Backup(source.database(), org.vigie.crypto.BackupKey.loadOrCreate(tmp.resolve("backup-key.json"))).write(file);
        }
        try (App target = TestApp.create(tmp.resolve("target"))) {
            new Backup(target.database(), org.vigie.crypto.BackupKey.loadOrCreate(tmp.resolve("backup-key.json"))).restore(file);

            assertThat(target.observatory().countsByPlace(IncidentFilter.all(true), false)).isEqualTo(before).hasSize(2);
            assertThat(target.observatory().count(IncidentFilter.all(true))).isEqualTo(2);
        }
    }
}
