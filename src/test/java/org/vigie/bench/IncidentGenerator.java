package org.vigie.bench;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.vigie.observatory.places.AdminLevel;
import org.vigie.observatory.places.AdminUnit;
import org.vigie.observatory.places.Gazetteer;

/**
 * Fills the observatory with synthetic incidents in plain SQL ({@code INSERT ... SELECT ... generate_series}),
 * the way a decade of monitoring would: communes of the gazetteer, dates from 2012 to 2026, one or two acts
 * each (HURIDOCS terms and Vigie extension terms), a perpetrator per act, statuses mixed. Incidents with an
 * act of sexual violence are restricted, as {@code Observatory.record} would mark them, and each incident carries its act
 * types and perpetrator categories (V014) as {@code IncidentStore} writes them.
 */
final class IncidentGenerator {
    static final String RAPE = "02011101000004";
    /** Act types, repeated by how often they occur (killings and abductions most). */
    static final List<String> ACT_TYPES = List.of("01010101000004", "01010101000004", "01010101000004", "03010300000004",
            "03010300000004", RAPE, "VG-ATTACK-SCHOOL", "VG-ENFORCED-DISAPPEARANCE", "VG-CHILD-RECRUITMENT",
            "VG-ATTACK-CONVOY-PASSENGER", "VG-DENIAL-HUMANITARIAN-ACCESS", "VG-ATTACK-HOSPITAL");
    static final List<String> CATEGORIES = List.of("armed_groups", "armed_groups", "terrorist_groups", "terrorist_groups",
            "terrorist_groups", "state_forces", "state_forces", "self_defence_militia", "foreign_forces_and_private_military_companies",
            "unknown", "other");

    private IncidentGenerator() {
    }

    /** Adds {@code n} incidents with their acts and perpetrators; returns the communes used. */
    static int generate(Handle h, Gazetteer gazetteer, int n) {
        String[] communes = gazetteer.units(AdminLevel.COMMUNE).stream().map(AdminUnit::pcode).map(p -> p.value()).toArray(String[]::new);
        h.execute("SELECT setseed(0.42)");
        h.createUpdate("CREATE TEMP TABLE bench_gen AS SELECT nextval('incident_id_seq') AS id, g, "
                + "(:pcodes)[1 + floor(random() * cardinality(:pcodes))::int] AS pcode, "
                + "DATE '2012-01-01' + floor(random() * (DATE '2026-11-01' - DATE '2012-01-01'))::int AS day, "
                + "random() < 0.1 AS by_month, random() AS status_draw, "
                + "(:acts)[1 + floor(random() * cardinality(:acts))::int] AS act1, "
                + "CASE WHEN random() < 0.45 THEN (:acts)[1 + floor(random() * cardinality(:acts))::int] END AS act2, "
                + "(:categories)[1 + floor(random() * cardinality(:categories))::int] AS cat1, "
                + "(:categories)[1 + floor(random() * cardinality(:categories))::int] AS cat2 "
                + "FROM generate_series(1, :n) g")
                .bindArray("pcodes", String.class, (Object[]) communes).bindArray("acts", String.class, ACT_TYPES.toArray())
                .bindArray("categories", String.class, CATEGORIES.toArray()).bind("n", n).execute();
        h.createUpdate("INSERT INTO incident (id, reference, date_start, date_end, date_precision, gazetteer_edition, pcode, adm1_pcode, "
                        + "adm2_pcode, adm3_pcode, locality, title, description_fr, verification_status, verified_by, verified_at, "
                        + "restricted, origin, created_by, created_at, updated_at, act_types, perpetrator_categories) "
                        + "SELECT id, 'ML-' || extract(year FROM s) || '-' || lpad(id::text, 6, '0'), s, e, "
                        + "CASE WHEN by_month THEN 'month' ELSE 'day' END, :edition, pcode, substr(pcode, 1, 4), substr(pcode, 1, 6), pcode, "
                        + "'Quartier ' || (g % 40), 'Attaque signalée à ' || pcode || ' (' || g || ')', "
                        + "'Des hommes armés ont attaqué le village; plusieurs victimes selon les témoins.', st, "
                        + "CASE WHEN st = 'verified' THEN 'bench-analyst' END, CASE WHEN st = 'verified' THEN s + time '12:00' END, "
                        + "act1 = :rape OR coalesce(act2 = :rape, false), 'demo', 'bench-monitor', s + time '12:00', s + time '12:00', "
                        + "ARRAY(SELECT DISTINCT t FROM unnest(ARRAY[act1, act2]) t WHERE t IS NOT NULL ORDER BY t), "
                        + "ARRAY(SELECT DISTINCT c FROM unnest(ARRAY[cat1, CASE WHEN act2 IS NOT NULL THEN cat2 END]) c "
                        + "WHERE c IS NOT NULL ORDER BY c) "
                        + "FROM (SELECT *, CASE WHEN by_month THEN date_trunc('month', day)::date ELSE day END AS s, "
                        + "CASE WHEN by_month THEN (date_trunc('month', day) + interval '1 month - 1 day')::date ELSE day END AS e, "
                        + "CASE WHEN status_draw < 0.35 THEN 'reported' WHEN status_draw < 0.5 THEN 'pending_verification' "
                        + "WHEN status_draw < 0.9 THEN 'verified' ELSE 'dismissed' END AS st FROM bench_gen) x")
                .bind("edition", gazetteer.edition()).bind("rape", RAPE).execute();
        h.execute("INSERT INTO incident_act (incident_id, act_type, position) "
                + "SELECT id, act1, 0 FROM bench_gen UNION ALL SELECT id, act2, 1 FROM bench_gen WHERE act2 IS NOT NULL");
        h.execute("INSERT INTO act_perpetrator (act_id, category, group_name, involvement) "
                + "SELECT a.id, CASE WHEN a.position = 0 THEN b.cat1 ELSE b.cat2 END, NULL, '01060000000018' "
                + "FROM incident_act a JOIN bench_gen b ON b.id = a.incident_id");
        h.execute("DROP TABLE bench_gen");
        return communes.length;
    }
}
