package org.vigie.support;

import java.time.LocalDate;
import org.vigie.App;

/**
 * Incidents for tests of what hangs on them (victims), written with SQL because the observatory's
 * incident service is built on another branch; once it is merged, these should go through it.
 */
public final class TestIncidents {
    private TestIncidents() {
    }

    /** An incident in Mopti recorded by {@code recordedBy}, with one act per type given; returns its id. */
    public static long insert(App app, String recordedBy, boolean restricted, String... actTypes) {
        return app.database().jdbi().inTransaction(h -> {
            long id = h.createUpdate("INSERT INTO incident (reference, date_start, date_end, date_precision, gazetteer_edition, "
                            + "pcode, adm1_pcode, title, restricted, created_by) VALUES (:ref, :d, :d, 'day', '2015', 'ML05', 'ML05', "
                            + ":title, :restricted, :by)")
                    .bind("ref", "TEST-" + System.nanoTime()).bind("d", LocalDate.of(2025, 3, 14))
                    .bind("title", "Test incident").bind("restricted", restricted).bind("by", recordedBy)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            for (int i = 0; i < actTypes.length; i++) {
                h.createUpdate("INSERT INTO incident_act (incident_id, act_type, position) VALUES (:i, :t, :p)")
                        .bind("i", id).bind("t", actTypes[i]).bind("p", i).execute();
            }
            // The list's act-type filter reads the types kept on the incident (V014), as IncidentStore writes them.
            h.createUpdate("UPDATE incident SET act_types = ARRAY(SELECT DISTINCT act_type FROM incident_act WHERE incident_id = :i "
                    + "ORDER BY act_type) WHERE id = :i").bind("i", id).execute();
            return id;
        });
    }
}
