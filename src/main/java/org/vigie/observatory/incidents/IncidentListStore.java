package org.vigie.observatory.incidents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.vigie.observatory.links.IncidentLink;
import org.vigie.observatory.links.LinkKind;
import org.vigie.observatory.places.PCode;

/**
 * SQL for reading incidents many at a time: the filtered list (newest first, keyset pages), its count,
 * counts by region or cercle, and an incident's links. Every filter is an indexed column of the incident
 * (act types and perpetrator categories are arrays kept on it and in the region's covering index, V014), so the list stays an index scan at a
 * million incidents; counts under no filter but a status read the counts kept per place (docs/benchmarks.md).
 */
final class IncidentListStore {
    private final Jdbi jdbi;

    IncidentListStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Below this many incidents matching the words, the list reads them through the words index and sorts them. */
    static final int FEW_MATCHES = 5000;
    /** Incidents an analyst has still to conclude on (the partial index of V080 holds exactly these). */
    private static final String OPEN = "verification_status IN ('reported', 'pending_verification')";

    List<IncidentSummary> find(IncidentFilter f) {
        String page = f.after() == null ? "" : " AND (date_start, id) < (:afterDate, :afterId)";
        return jdbi.withHandle(h -> {
            String columns = "SELECT id, reference, date_start, date_end, date_precision, pcode, title, verification_status, restricted";
            String order = " ORDER BY date_start DESC, id DESC LIMIT :limit";
            // Rare words: walking the newest-first index and testing each row's words reads most of the table
            // (1.5 s at a million rows); reading the few matches through the GIN index and sorting them is
            // milliseconds. OFFSET 0 keeps the planner from pushing the LIMIT into the inner query.
            Query q = f.words() != null && f.freeText() && fewMatches(h, f.foldedWords())
                    ? filtered(h, f, "SELECT * FROM (" + columns, page + " OFFSET 0) few" + order)
                    : filtered(h, f, columns, page + order);
            if (f.after() != null) {
                q.bind("afterDate", f.after().dateStart()).bind("afterId", f.after().id());
            }
            return q.bind("limit", f.limit()).map(IncidentStore::summary).list();
        });
    }

    /** Open incidents (reported or under verification) recorded by {@code recorder}, oldest first. */
    List<IncidentSummary> openRecordedBy(String recorder, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, reference, date_start, date_end, date_precision, pcode, title, "
                        + "verification_status, restricted FROM incident WHERE created_by = :who AND " + OPEN
                        + " ORDER BY date_start, id LIMIT :limit")
                .bind("who", recorder).bind("limit", limit).map(IncidentStore::summary).list());
    }

    long countOpenRecordedBy(String recorder) {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM incident WHERE created_by = :who AND " + OPEN)
                .bind("who", recorder).mapTo(Long.class).one());
    }

    /** The verification queue: open incidents, oldest first; restricted ones only when {@code withRestricted}. */
    List<IncidentSummary> open(boolean withRestricted, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, reference, date_start, date_end, date_precision, pcode, title, "
                        + "verification_status, restricted FROM incident WHERE " + OPEN + " AND (:all OR NOT restricted)"
                        + " ORDER BY date_start, id LIMIT :limit")
                .bind("all", withRestricted).bind("limit", limit).map(IncidentStore::summary).list());
    }

    private static boolean fewMatches(Handle h, String words) {
        return h.createQuery("SELECT count(*) FROM (SELECT 1 FROM incident WHERE words @@ plainto_tsquery('simple', :w) LIMIT :n) m")
                .bind("w", words).bind("n", FEW_MATCHES).mapTo(Integer.class).one() < FEW_MATCHES;
    }

    long count(IncidentFilter f) {
        if (f.onlyStatus()) {
            return jdbi.withHandle(h -> kept(h, f, null).mapTo(Long.class).one());
        }
        return jdbi.withHandle(h -> filtered(h, f, "SELECT count(*)", "").mapTo(Long.class).one());
    }

    Map<PCode, Long> countsByPlace(IncidentFilter f, boolean cercles) {
        String column = cercles ? "adm2_pcode" : "adm1_pcode";
        Map<PCode, Long> out = new LinkedHashMap<>();
        jdbi.useHandle(h -> (f.onlyStatus() ? kept(h, f, column)
                        : filtered(h, f, "SELECT " + column + " AS place, count(*) AS n",
                                (cercles ? " AND adm2_pcode IS NOT NULL" : "") + " GROUP BY " + column))
                .map((rs, ctx) -> Map.entry(new PCode(rs.getString("place")), rs.getLong("n")))
                .forEach(e -> out.put(e.getKey(), e.getValue())));
        return out;
    }

    /**
     * The total, or the counts by {@code placeColumn}, under a filter of a status at most: read from the counts kept
     * per cercle, status and restricted flag ({@code incident_place_count}, V014, where a region-only incident's
     * cercle is '') rather than by counting incidents. A monitor's own restricted incidents, few, are counted from
     * the incidents through their partial index.
     */
    private static Query kept(Handle h, IncidentFilter f, String placeColumn) {
        String status = f.status() == null ? "" : " AND verification_status = :status";
        String place = placeColumn == null ? "" : placeColumn + " AS place, ";
        boolean cercles = "adm2_pcode".equals(placeColumn);
        String counts = "SELECT " + place + "incidents AS n FROM incident_place_count WHERE true"
                + (f.withRestricted() ? "" : " AND NOT restricted") + (cercles ? " AND adm2_pcode <> ''" : "") + status;
        String own = f.restrictedRecordedBy() == null ? "" : " UNION ALL SELECT " + place + "1 AS n FROM incident "
                + "WHERE restricted AND created_by = :me" + (cercles ? " AND adm2_pcode IS NOT NULL" : "") + status;
        Query q = h.createQuery(placeColumn == null
                ? "SELECT coalesce(sum(n), 0) FROM (" + counts + own + ") kept"
                : "SELECT place, sum(n) AS n FROM (" + counts + own + ") kept GROUP BY place HAVING sum(n) > 0");
        if (f.status() != null) q.bind("status", f.status().name().toLowerCase(Locale.ROOT));
        if (f.restrictedRecordedBy() != null) q.bind("me", f.restrictedRecordedBy());
        return q;
    }

    /**
     * Every incident under the filter (its page ignored), newest first, read through a cursor
     * ({@code fetchSize} rows at a time) so that a million rows never sit in memory; inside a transaction,
     * which the caller opens. {@code withText} reads the locality and the descriptions; otherwise they are
     * not even selected. Victims are counted (recorded ones plus those an act counts without recording
     * them), never read.
     */
    void forEachExported(IncidentFilter f, boolean withText, java.util.function.Consumer<ExportedIncident> each) {
        String text = withText ? "locality, description_fr, description_en" : "NULL AS locality, NULL AS description_fr, NULL AS description_en";
        String select = "SELECT id, reference, date_start, date_end, date_precision, pcode, adm1_pcode, adm2_pcode, adm3_pcode, title, "
                + "verification_status, restricted, " + text + ", "
                + "(SELECT string_agg(a.act_type, ';' ORDER BY a.position) FROM incident_act a WHERE a.incident_id = incident.id) AS acts, "
                + "(SELECT string_agg(DISTINCT p.category, ';') FROM incident_act a JOIN act_perpetrator p ON p.act_id = a.id "
                + "WHERE a.incident_id = incident.id) AS perpetrators, "
                + "(SELECT coalesce(sum(a.unrecorded_victims), 0) FROM incident_act a WHERE a.incident_id = incident.id) AS unrecorded, "
                + "v.total, v.female, v.male, v.children";
        String victims = " LEFT JOIN LATERAL (SELECT count(*) AS total, count(*) FILTER (WHERE sex = 'female') AS female, "
                + "count(*) FILTER (WHERE sex = 'male') AS male, count(*) FILTER (WHERE age_group LIKE 'child%' OR 'child' = ANY(categories)) "
                + "AS children FROM victim WHERE victim.incident_id = incident.id) v ON true";
        jdbi.useTransaction(h -> {
            try (var rows = filtered(h, f.after(null), select, victims, " ORDER BY date_start DESC, id DESC").setFetchSize(1000)
                    .map((rs, ctx) -> new ExportedIncident(rs.getLong("id"), rs.getString("reference"),
                            rs.getObject("date_start", java.time.LocalDate.class), rs.getObject("date_end", java.time.LocalDate.class),
                            rs.getString("date_precision"), rs.getString("pcode"), rs.getString("adm1_pcode"), rs.getString("adm2_pcode"),
                            rs.getString("adm3_pcode"), rs.getString("title"), rs.getString("verification_status"), rs.getBoolean("restricted"),
                            rs.getString("locality"), rs.getString("description_fr"), rs.getString("description_en"),
                            split(rs.getString("acts")), split(rs.getString("perpetrators")),
                            rs.getLong("total") + rs.getLong("unrecorded"), rs.getLong("female"), rs.getLong("male"), rs.getLong("children")))
                    .stream()) {
                rows.forEach(each);
            }
        });
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(";"));
    }

    /** Links from and to an incident, with the other incident's reference. */
    List<IncidentLink> links(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT l.*, o.id AS other_id, o.reference AS other_reference, "
                        + "l.from_id = :id AS outgoing FROM incident_link l JOIN incident o ON o.id = CASE WHEN l.from_id = :id "
                        + "THEN l.to_id ELSE l.from_id END WHERE l.from_id = :id OR l.to_id = :id ORDER BY l.created_at, o.id")
                .bind("id", id)
                .map((rs, ctx) -> new IncidentLink(rs.getLong("other_id"), rs.getString("other_reference"),
                        LinkKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)), rs.getBoolean("outgoing"),
                        rs.getString("created_by"), IncidentStore.instant(rs, "created_at")))
                .list());
    }

    private static Query filtered(Handle h, IncidentFilter f, String select, String tail) {
        return filtered(h, f, select, "", tail);
    }

    /** {@code select} from the incidents the filter keeps, {@code joins} after {@code FROM incident}, then {@code tail}. */
    private static Query filtered(Handle h, IncidentFilter f, String select, String joins, String tail) {
        StringBuilder where = new StringBuilder(" FROM incident" + joins + " WHERE true");
        if (!f.withRestricted()) {
            where.append(f.restrictedRecordedBy() == null ? " AND NOT restricted" : " AND (NOT restricted OR created_by = :me)");
        }
        if (f.from() != null) where.append(" AND date_end >= :from");
        if (f.to() != null) where.append(" AND date_start <= :to");
        if (f.place() != null) {
            where.append(switch (f.place().level()) {
                case REGION -> " AND adm1_pcode = :place";
                case CERCLE -> " AND adm2_pcode = :place";
                case COMMUNE -> " AND adm3_pcode = :place";
            });
        }
        if (f.status() != null) where.append(" AND verification_status = :status");
        // The incident's act types and perpetrator categories, kept on the row (V014). Deliberately not the
        // GIN-indexable @>: the planner then mixed in a GIN scan of a tenth to a quarter of the table (docs/benchmarks.md).
        if (f.actType() != null) where.append(" AND CAST(:act AS text) = ANY(act_types)");
        if (f.perpetrator() != null) where.append(" AND CAST(:perpetrator AS text) = ANY(perpetrator_categories)");
        // Roles that see only coded fields search the reference: a match on free text would tell what it holds.
        if (f.words() != null) where.append(f.freeText() ? " AND words @@ plainto_tsquery('simple', :words)" : " AND reference ILIKE :words");
        Query q = h.createQuery(select + where + tail);
        if (f.from() != null) q.bind("from", f.from());
        if (f.to() != null) q.bind("to", f.to());
        if (f.place() != null) q.bind("place", f.place().value());
        if (f.status() != null) q.bind("status", f.status().name().toLowerCase(Locale.ROOT));
        if (f.actType() != null) q.bind("act", f.actType());
        if (f.perpetrator() != null) q.bind("perpetrator", f.perpetrator().name().toLowerCase(Locale.ROOT));
        if (f.words() != null) q.bind("words", f.freeText() ? f.foldedWords() : f.referencePattern());
        if (!f.withRestricted() && f.restrictedRecordedBy() != null) q.bind("me", f.restrictedRecordedBy());
        return q;
    }
}
