package org.vigie.db;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/** What backup and restore need to know about Vigie's tables, read from PostgreSQL's catalogue. */
final class Tables {
    private Tables() {
    }

    /**
     * Vigie's tables, each after the tables its foreign keys point to; Flyway's own table excluded, and tables
     * whose comment starts with {@code derived:} (kept by triggers from other tables, such as the incident
     * counts of V014: restoring their source rebuilds them, and copying them too would count twice).
     */
    static List<String> inDependencyOrder(Handle h) {
        List<String> names = h.createQuery("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                + "AND tablename <> 'flyway_schema_history' "
                + "AND coalesce(obj_description(format('%I.%I', schemaname, tablename)::regclass, 'pg_class'), '') NOT LIKE 'derived:%' "
                + "ORDER BY tablename").mapTo(String.class).list();
        Map<String, Set<String>> deps = new LinkedHashMap<>();
        names.forEach(n -> deps.put(n, new LinkedHashSet<>()));
        h.createQuery("SELECT c.conrelid::regclass::text, c.confrelid::regclass::text FROM pg_constraint c "
                        + "WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace")
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                .forEach(e -> {
                    if (deps.containsKey(e[0]) && !e[0].equals(e[1])) {
                        deps.get(e[0]).add(e[1]);
                    }
                });
        List<String> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (ordered.size() < names.size()) {
            int before = ordered.size();
            for (String n : names) {
                if (!placed.contains(n) && placed.containsAll(deps.get(n))) {
                    ordered.add(n);
                    placed.add(n);
                }
            }
            if (ordered.size() == before) {
                throw new IllegalStateException("foreign keys form a cycle among " + deps);
            }
        }
        return ordered;
    }

    static long count(Handle h, String table) {
        return h.createQuery("SELECT count(*) FROM " + quote(table)).mapTo(Long.class).one();
    }

    /** Moves every serial sequence past the largest id restored into its table. */
    static void resetSequences(Handle h) {
        List<String[]> serials = h.createQuery("SELECT table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), column_name) "
                        + "FROM information_schema.columns WHERE table_schema = current_schema() "
                        + "AND pg_get_serial_sequence(quote_ident(table_name), column_name) IS NOT NULL")
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
        for (String[] s : serials) {
            h.createQuery("SELECT setval(:seq, coalesce((SELECT max(" + quote(s[1]) + ") FROM " + quote(s[0]) + "), 0) + 1, false)")
                    .bind("seq", s[2]).mapTo(Long.class).one();
        }
    }

    /** Table names come from the catalogue, never from a user; quoting still keeps them literal. */
    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
