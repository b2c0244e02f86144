package org.vigie.reports.statistics;

import java.time.LocalDate;
import org.jdbi.v3.core.Handle;
import org.vigie.App;

/**
 * A hand-built data set with known answers, written with SQL because the observatory's incident service
 * and the registries are built on other branches. The expected counts are worked out in the comments and
 * asserted in {@link StatisticsTest}. Period of interest: 2025; distinctive strings mark the free text
 * that must never reach a public page.
 *
 * <pre>
 * incident  status     date        region/cercle    acts (type, unrecorded victims, perpetrators)             recorded victims
 * I1        verified   2025-03-10  ML05 / ML0502    A1 killing 01010300000004, 0, terrorist_groups             V1 F child_12_17 (A1), V2 M adult_18_59 (A1)
 * I2        verified   2025-06-01  ML05 / ML0503    A2 VG-CHILD-RECRUITMENT, 3, armed_groups x2                V3 M unknown age, category child (A3), V4 F older_60_plus (A3)
 *                                                   A3 killing 01010300000004, 0, armed_groups x2
 * I3        verified   2025-09-15  ML01 / ML0101    A4 VG-CHILD-SEXUAL-VIOLENCE, 0, state_forces (restricted)  V5 F child_5_11 (A4)
 * I4        verified   2025-11-20  ML01 / -         A5 VG-ATTACK-SCHOOL, 0, unknown; A6 VG-DENIAL-HUMANITARIAN-ACCESS, 0, none
 * I5        pending    2025-04-01  ML05 / ML0502    A7 killing, 10, state_forces
 * I6        verified   2024-12-31  ML05 / ML0502    A8 killing, 7 (starts before 2025: outside the period)
 * I7        dismissed  2025-05-05  ML01 / ML0101    A9 VG-CHILD-ABDUCTION, 2
 * </pre>
 */
public final class StatisticsFixture {
    public static final String KILLING = "01010300000004";
    public static final String SECRET_TITLE = "ZQ-TITLE-KOUMBIA-7781";
    public static final String SECRET_DESCRIPTION = "ZQ-DESCRIPTION-WITNESS-4417";
    public static final String SECRET_LOCALITY = "ZQ-LOCALITY-SOKOURA-9051";

    private StatisticsFixture() {
    }

    public static void insertObservatory(App app) {
        app.database().jdbi().useTransaction(h -> {
            long i1 = incident(h, "verified", "2025-03-10", "ML0502");
            long a1 = act(h, i1, KILLING, 0, "terrorist_groups");
            victim(h, i1, "female", "child_12_17", "{}", a1);
            victim(h, i1, "male", "adult_18_59", "{}", a1);
            long i2 = incident(h, "verified", "2025-06-01", "ML0503");
            act(h, i2, "VG-CHILD-RECRUITMENT", 3, "armed_groups", "armed_groups");
            long a3 = act(h, i2, KILLING, 0, "armed_groups", "armed_groups");
            victim(h, i2, "male", "unknown", "{child}", a3);
            victim(h, i2, "female", "older_60_plus", "{civilian}", a3);
            long i3 = incident(h, "verified", "2025-09-15", "ML0101");
            h.execute("UPDATE incident SET restricted = true WHERE id = ?", i3);
            long a4 = act(h, i3, "VG-CHILD-SEXUAL-VIOLENCE", 0, "state_forces");
            victim(h, i3, "female", "child_5_11", "{child}", a4);
            long i4 = incident(h, "verified", "2025-11-20", "ML01");
            act(h, i4, "VG-ATTACK-SCHOOL", 0, "unknown");
            act(h, i4, "VG-DENIAL-HUMANITARIAN-ACCESS", 0);
            act(h, incident(h, "pending_verification", "2025-04-01", "ML0502"), KILLING, 10, "state_forces");
            act(h, incident(h, "verified", "2024-12-31", "ML0502"), KILLING, 7);
            act(h, incident(h, "dismissed", "2025-05-05", "ML0101"), "VG-CHILD-ABDUCTION", 2);
        });
    }

    /**
     * Schools: S1 (ML0502) closed 2025-01-15, reopened 2025-03-10, closed again 2025-05-01 (open); S2 (ML0101)
     * closed 2024-11-01 (open); S3 (ML0503) closed 2025-02-01 but only reported, never verified.
     */
    public static void insertSchools(App app) {
        app.database().jdbi().useTransaction(h -> {
            long s1 = school(h, "École de Bandiagara", "ML0502");
            closure(h, s1, "2025-01-15", "2025-03-10", "verified");
            closure(h, s1, "2025-05-01", null, "verified");
            closure(h, school(h, "École de Kayes", "ML0101"), "2024-11-01", null, "verified");
            closure(h, school(h, "École de Bankass", "ML0503"), "2025-02-01", null, "reported");
        });
    }

    /**
     * Recommendations R1 (UPR, implemented, themes justice and women), R2 (UPR, in progress, justice), R3
     * (Independent Expert, not started); R1 and R2 assigned to DNDH, R1 to MJDH. Proceedings: two at trial,
     * one at complaint. Claims: one granted, one submitted.
     */
    public static void insertFollowUp(App app) {
        app.database().jdbi().useTransaction(h -> {
            long r1 = recommendation(h, "R1", "upr", "implemented", "{Justice,Women}");
            long r2 = recommendation(h, "R2", "upr", "in_progress", "{Justice}");
            recommendation(h, "R3", "independent_expert", "not_started", "{}");
            assign(h, r1, "DNDH");
            assign(h, r2, "DNDH");
            assign(h, r1, "MJDH");
            proceeding(h, "P1", "trial");
            proceeding(h, "P2", "trial");
            proceeding(h, "P3", "complaint_filed");
            claim(h, "CVJR-2025-0001", "granted");
            claim(h, "CVJR-2025-0002", "submitted");
        });
    }

    /** An incident with the distinctive free text, at a cercle (ML0502) or region (ML01) code. */
    public static long incident(Handle h, String status, String date, String pcode) {
        return h.createUpdate("INSERT INTO incident (reference, date_start, date_end, date_precision, gazetteer_edition, pcode, "
                        + "adm1_pcode, adm2_pcode, locality, title, description_fr, description_en, verification_status, created_by) "
                        + "VALUES (:ref, :d, :d, 'day', 'ocha-cod-ab-2015', :p, :adm1, :adm2, :loc, :title, :desc, :desc, :status, 'fixture')")
                .bind("ref", "FIX-" + System.nanoTime()).bind("d", LocalDate.parse(date)).bind("p", pcode)
                .bind("adm1", pcode.substring(0, 4)).bind("adm2", pcode.length() >= 6 ? pcode.substring(0, 6) : null)
                .bind("loc", SECRET_LOCALITY).bind("title", SECRET_TITLE).bind("desc", SECRET_DESCRIPTION).bind("status", status)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    public static long act(Handle h, long incident, String type, int unrecorded, String... perpetrators) {
        long id = h.createUpdate("INSERT INTO incident_act (incident_id, act_type, unrecorded_victims, position) VALUES (:i, :t, :u, 0)")
                .bind("i", incident).bind("t", type).bind("u", unrecorded).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        for (int n = 0; n < perpetrators.length; n++) {
            h.execute("INSERT INTO act_perpetrator (act_id, category, group_name, involvement) VALUES (?, ?, ?, 'perpetrator')",
                    id, perpetrators[n], "group " + n);
        }
        return id;
    }

    private static int victims;

    public static void victim(Handle h, long incident, String sex, String ageGroup, String categories, long act) {
        long id = h.createUpdate("INSERT INTO victim (incident_id, pseudonym, sex, age_group, categories, created_by) "
                        + "VALUES (:i, :p, :s, :g, CAST(:c AS text[]), 'fixture')")
                .bind("i", incident).bind("p", String.format("V-%06d", ++victims)).bind("s", sex).bind("g", ageGroup).bind("c", categories)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        h.execute("INSERT INTO victim_act (victim_id, act_id) VALUES (?, ?)", id, act);
    }

    public static long school(Handle h, String name, String pcode) {
        return h.createUpdate("INSERT INTO school (name, pcode, level, created_by) VALUES (:n, :p, 'fundamental_1', 'fixture')")
                .bind("n", name).bind("p", pcode).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    public static void closure(Handle h, long school, String closed, String reopened, String verification) {
        h.createUpdate("INSERT INTO school_closure (school_id, closed_on, cause, reopened_on, verification, recorded_by) "
                        + "VALUES (:s, :c, 'threat', :r, :v, 'fixture')")
                .bind("s", school).bind("c", LocalDate.parse(closed)).bind("r", reopened == null ? null : LocalDate.parse(reopened))
                .bind("v", verification).execute();
    }

    public static long recommendation(Handle h, String ref, String mechanism, String status, String themes) {
        return h.createUpdate("INSERT INTO recommendation (reference, mechanism, text, language, position, themes, status, imported_by) "
                        + "VALUES (:r, :m, :t, 'fr', 'supported', CAST(:th AS text[]), :s, 'fixture')")
                .bind("r", "FIX#" + ref).bind("m", mechanism).bind("t", "Recommendation " + ref).bind("th", themes).bind("s", status)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    static void assign(Handle h, long recommendation, String institution) {
        h.execute("INSERT INTO recommendation_assignment (recommendation_id, institution_id, assigned_by) "
                + "SELECT ?, id, 'fixture' FROM institution WHERE code = ?", recommendation, institution);
    }

    static void proceeding(Handle h, String ref, String stage) {
        h.execute("INSERT INTO proceeding (reference, court, charge_classes, stage, stage_on, created_by) "
                + "VALUES (?, 'Tribunal de grande instance de Mopti', '{murder}', ?, DATE '2025-06-01', 'fixture')", ref, stage);
    }

    static void claim(Handle h, String pseudonym, String status) {
        h.execute("INSERT INTO reparation_claim (pseudonym, harm_classes, programme, measures, status, status_on, submitted_on, "
                + "created_by) VALUES (?, '{physical}', 'cvjr', '{compensation}', ?, DATE '2025-06-01', DATE '2025-01-01', 'fixture')",
                pseudonym, status);
    }
}
