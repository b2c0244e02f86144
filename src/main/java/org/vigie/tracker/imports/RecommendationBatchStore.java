package org.vigie.tracker.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.vigie.tracker.recommendations.Recommendation;
import org.vigie.tracker.recommendations.RecommendationStore;
import org.vigie.tracker.recommendations.Sdg;

/**
 * Stores the recommendations of one imported file in two statements, whatever their number: a COPY of
 * the rows into a temporary table (dropped at commit), then one {@code INSERT ... SELECT ... ON CONFLICT}
 * with the same rules as {@link RecommendationStore#insertIfNew}: a new reference is added, a known one
 * gains the other language's text if it lacked it, and nothing else changes. Row by row, 250,000 rows
 * took minutes; see docs/benchmarks.md.
 */
public final class RecommendationBatchStore {

    /** What storing a file did: recommendations added, and known ones that gained their other language. */
    public record Counts(int added, int otherLanguageAdded) {
    }

    /** Below this many new rows, adding them to the indexes one by one is quick enough. */
    static final int REBUILD_FROM = 10_000;

    private final int rebuildFrom;

    public RecommendationBatchStore() {
        this(REBUILD_FROM);
    }

    /** A store that builds the indexes anew from {@code rebuildFrom} new rows (tests use a small number). */
    public RecommendationBatchStore(int rebuildFrom) {
        this.rebuildFrom = rebuildFrom;
    }

    private static final String COLUMNS = "reference, mechanism, text, language, cycle, session, document_symbol, paragraph, "
            + "recommending_states, position, themes, affected_persons, sdgs, position_source, publication_date, imported_by, "
            + "text_fr, text_en";

    /** Runs inside the caller's transaction on {@code h}. */
    public Counts insertAllIfNew(Handle h, List<Recommendation> all, String actor) {
        return insertAllIfNew(h, all, actor, null);
    }

    /**
     * Runs inside the caller's transaction on {@code h}; the rows added get {@code state} (the State whose list the
     * file is, or null), set as they are inserted: an update after the insert would write every row twice and log
     * each one twice for search.
     */
    public Counts insertAllIfNew(Handle h, List<Recommendation> all, String actor, String state) {
        h.execute("CREATE TEMP TABLE recommendation_import ON COMMIT DROP AS SELECT " + COLUMNS
                + " FROM recommendation WITH NO DATA");
        h.execute("ALTER TABLE recommendation_import ADD COLUMN ord INTEGER");
        try {
            PGConnection pg = h.getConnection().unwrap(PGConnection.class);
            try (Writer out = new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(pg,
                    "COPY recommendation_import (" + COLUMNS + ", ord) FROM STDIN", 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
                int ord = 0;
                for (Recommendation r : all) {
                    write(out, r, actor, ord++);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("COPY of the imported recommendations failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> rebuilt = manyNew(h) ? dropSecondaryIndexes(h) : List.of();
        Counts counts = h.createQuery("WITH done AS (INSERT INTO recommendation (" + COLUMNS + ", state) SELECT " + COLUMNS
                        + ", CAST(:state AS TEXT) FROM recommendation_import ORDER BY ord ON CONFLICT (reference) DO UPDATE SET "
                        + "text_fr = coalesce(recommendation.text_fr, EXCLUDED.text_fr), "
                        + "text_en = coalesce(recommendation.text_en, EXCLUDED.text_en) "
                        + "WHERE (recommendation.text_fr IS NULL AND EXCLUDED.text_fr IS NOT NULL) "
                        + "OR (recommendation.text_en IS NULL AND EXCLUDED.text_en IS NOT NULL) RETURNING (xmax = 0) AS inserted) "
                        + "SELECT count(*) FILTER (WHERE inserted) AS added, count(*) FILTER (WHERE NOT inserted) AS other FROM done")
                .bind("state", state).map((rs, ctx) -> new Counts(rs.getInt("added"), rs.getInt("other"))).one();
        rebuilt.forEach(h::execute);
        return counts;
    }

    /**
     * Whether the file adds enough rows that building the secondary indexes anew costs less than adding
     * each row to them: a GIN index (trigrams of the text, arrays) takes a row many times slower one at a
     * time than in a build, which sorts. The build reads the whole table, so it pays only when the new
     * rows are not few beside those already there.
     */
    private boolean manyNew(Handle h) {
        long fresh = h.createQuery("SELECT count(*) FROM recommendation_import i "
                + "WHERE NOT EXISTS (SELECT 1 FROM recommendation r WHERE r.reference = i.reference)").mapTo(Long.class).one();
        if (fresh < rebuildFrom) {
            return false;
        }
        long there = h.createQuery("SELECT count(*) FROM recommendation").mapTo(Long.class).one();
        return fresh * 2 >= there;
    }

    /**
     * Drops the indexes of {@code recommendation} that no constraint owns (the primary key and the unique
     * reference, which {@code ON CONFLICT} needs, stay), and returns the statements that build them again
     * as they were. Inside the import's transaction, so a failure restores them with everything else; the
     * table is locked against readers until the commit (a bulk import is an administrator's rare act).
     * Only the table's owner may drop an index: the application role that serves does not own it (see
     * {@code db.AppGrants}), so there the indexes stay and the import is slower, not wrong.
     */
    private static List<String> dropSecondaryIndexes(Handle h) {
        List<String[]> indexes = h.createQuery("SELECT i.relname, pg_get_indexdef(x.indexrelid) FROM pg_index x "
                        + "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
                        + "WHERE t.relname = 'recommendation' AND pg_table_is_visible(t.oid) AND pg_has_role(t.relowner, 'USAGE') "
                        + "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid) ORDER BY i.relname")
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        h.execute("SET LOCAL maintenance_work_mem = '256MB'");
        for (String[] index : indexes) {
            h.execute("DROP INDEX " + quoted(index[0]));
        }
        return indexes.stream().map(index -> index[1]).toList();
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static void write(Writer out, Recommendation r, String actor, int ord) throws IOException {
        field(out, r.reference(), false);
        field(out, r.mechanism().name().toLowerCase(Locale.ROOT), false);
        field(out, r.text(), false);
        field(out, r.language(), false);
        field(out, r.cycle() == null ? null : r.cycle().toString(), false);
        field(out, r.session(), false);
        field(out, r.documentSymbol(), false);
        field(out, r.paragraph(), false);
        field(out, array(r.recommendingStates()), false);
        field(out, r.position().key(), false);
        field(out, array(r.themes()), false);
        field(out, array(r.affectedPersons()), false);
        field(out, array(r.sdgs().stream().map(Sdg::code).toList()), false);
        field(out, r.positionSource(), false);
        field(out, r.publicationDate() == null ? null : r.publicationDate().toString(), false);
        field(out, actor, false);
        field(out, "fr".equals(r.language()) ? r.text() : null, false);
        field(out, "en".equals(r.language()) ? r.text() : null, false);
        field(out, Integer.toString(ord), true);
    }

    /** One field of COPY's text format: {@code \N} for null; backslash, tab, line feed and carriage return escaped. */
    private static void field(Writer out, String value, boolean last) throws IOException {
        if (value == null) {
            out.write("\\N");
        } else {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> out.write("\\\\");
                    case '\t' -> out.write("\\t");
                    case '\n' -> out.write("\\n");
                    case '\r' -> out.write("\\r");
                    default -> out.write(c);
                }
            }
        }
        out.write(last ? '\n' : '\t');
    }

    /** A text[] literal: every element double-quoted, its backslashes and quotes escaped. */
    static String array(List<String> values) {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            s.append(i == 0 ? "\"" : ",\"").append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return s.append('}').toString();
    }
}
