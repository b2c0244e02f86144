package org.vigie.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Jdbi;
import org.vigie.App;
import org.vigie.config.Config;
import org.vigie.observatory.incidents.ActDraft;
import org.vigie.observatory.victims.Consent;
import org.vigie.observatory.victims.ConsentUse;
import org.vigie.observatory.victims.Identity;
import org.vigie.observatory.incidents.IncidentDate;
import org.vigie.observatory.incidents.IncidentDraft;
import org.vigie.observatory.incidents.IncidentFilter;
import org.vigie.observatory.incidents.Observatory;
import org.vigie.observatory.vocabulary.Origin;
import org.vigie.observatory.places.PCode;
import org.vigie.observatory.vocabulary.PerpetratorCategory;
import org.vigie.observatory.incidents.PerpetratorDraft;
import org.vigie.observatory.victims.Sex;
import org.vigie.observatory.incidents.SourceDraft;
import org.vigie.observatory.incidents.VerificationStatus;
import org.vigie.observatory.victims.VictimCategory;
import org.vigie.observatory.victims.VictimDraft;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.support.TestApp;

/**
 * The observatory at scale, run by {@code bench/observatory}: N synthetic incidents (default 1,000,000) generated
 * in SQL in an embedded database, then the filtered list, its count, counts by region and the recording of an
 * incident with two victims, each through Vigie and beside the same work in plain SQL on the same connection pool.
 * Not a test: figures depend on the machine. Options: {@code --incidents N}, {@code --runs N} (default 20),
 * {@code --record docs/benchmarks.md}.
 */
public final class ObservatoryBench {
    private static final String BEGIN = "<!-- bench:observatory:begin -->";
    private static final String END = "<!-- bench:observatory:end -->";
    private static final String MOPTI = "ML05";
    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    private static final LocalDate TO = LocalDate.of(2024, 12, 31);
    private static final String ATTACK_SCHOOL = "VG-ATTACK-SCHOOL";
    private static final String EXECUTION = "01010101000004";

    private final List<String> rows = new ArrayList<>();
    private final int runs;

    private ObservatoryBench(int runs) {
        this.runs = runs;
    }

    public static void main(String[] args) throws Exception {
        ScaleOptions options = ScaleOptions.parse(args, Map.of("incidents", 1_000_000, "runs", 20));
        int incidents = options.count("incidents");
        int runs = options.count("runs");
        Path record = options.record();
        int n = incidents;
        String loadBefore = Machine.currentLoadAverage();
        Machine machine = Machine.describe();
        Path dir = Files.createTempDirectory("vigie-obsbench");
        String markdown;
        try (App app = App.create(Config.of(dir, "localhost", 0, false, Map.of()))) {
            Jdbi jdbi = app.database().jdbi();
            long t0 = System.nanoTime();
            jdbi.useHandle(h -> IncidentGenerator.generate(h, app.observatory().gazetteer(), n));
            long generated = System.nanoTime() - t0;
            progress("generated " + incidents + " incidents in " + seconds(generated));
            long t1 = System.nanoTime();
            jdbi.useHandle(h -> h.execute("VACUUM ANALYZE"));
            long vacuumed = System.nanoTime() - t1;
            progress("VACUUM ANALYZE in " + seconds(vacuumed));
            ObservatoryBench b = new ObservatoryBench(runs);
            b.measureQueries(app.observatory(), jdbi);
            b.measureRecord(app, jdbi);
            String size = jdbi.withHandle(h -> h.createQuery("SELECT pg_size_pretty(pg_database_size(current_database()))").mapTo(String.class).one());
            long count = jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM incident").mapTo(Long.class).one());
            long acts = jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM incident_act").mapTo(Long.class).one());
            markdown = b.report(machine, loadBefore, Machine.currentLoadAverage(), count, acts, size, generated, vacuumed);
        } finally {
            deleteTree(dir);
        }
        System.out.print(markdown);
        if (record != null) {
            String doc = Files.readString(record, StandardCharsets.UTF_8);
            int begin = doc.indexOf(BEGIN);
            int end = doc.indexOf(END);
            if (begin < 0 || end < begin) {
                throw new IllegalStateException(record + " has no " + BEGIN + " ... " + END + " section to replace");
            }
            Files.writeString(record, doc.substring(0, begin + BEGIN.length()) + "\n" + markdown + doc.substring(end), StandardCharsets.UTF_8);
            System.out.println("Recorded in " + record);
        }
    }

    private void measureQueries(Observatory o, Jdbi jdbi) {
        IncidentFilter base = new IncidentFilter(FROM, TO, PCode.of(MOPTI), null, null, VerificationStatus.VERIFIED, null, false, null, 50);
        IncidentFilter act = new IncidentFilter(FROM, TO, PCode.of(MOPTI), ATTACK_SCHOOL, null, VerificationStatus.VERIFIED, null, false, null, 50);
        IncidentFilter perp = new IncidentFilter(FROM, TO, PCode.of(MOPTI), null, PerpetratorCategory.STATE_FORCES,
                VerificationStatus.VERIFIED, null, false, null, 50);
        IncidentFilter year = new IncidentFilter(FROM, TO, null, null, null, VerificationStatus.VERIFIED, null, false, null, 50);
        IncidentFilter all = IncidentFilter.all(false);
        String where = " FROM incident WHERE NOT restricted AND date_end >= DATE '2024-01-01' AND date_start <= DATE '2024-12-31'";
        String regionWhere = where + " AND adm1_pcode = 'ML05' AND verification_status = 'verified'";
        String page = "SELECT id, reference, date_start, date_end, date_precision, pcode, title, verification_status, restricted";
        String order = " ORDER BY date_start DESC, id DESC LIMIT 50";
        // Like Vigie since V014: the act types and perpetrator categories kept on the incident row.
        String actSql = " AND '" + ATTACK_SCHOOL + "' = ANY(act_types)";
        String perpSql = " AND 'state_forces' = ANY(perpetrator_categories)";

        pair("First page: region + year + verified", 200, () -> o.find(base).size(), sql(jdbi, page + regionWhere + order, false));
        pair("First page: region + year + verified + act type (Vigie term)", 200, () -> o.find(act).size(),
                sql(jdbi, page + regionWhere + actSql + order, false));
        pair("First page: region + year + verified + perpetrator category", 200, () -> o.find(perp).size(),
                sql(jdbi, page + regionWhere + perpSql + order, false));
        pair("Count of the list: region + year + verified", 200, () -> o.count(base), sql(jdbi, "SELECT count(*)" + regionWhere, true));
        pair("Count of the list: region + year + verified + act type", 200, () -> o.count(act),
                sql(jdbi, "SELECT count(*)" + regionWhere + actSql, true));
        pair("Count of the list: region + year + verified + perpetrator", 200, () -> o.count(perp),
                sql(jdbi, "SELECT count(*)" + regionWhere + perpSql, true));
        pair("Count of the list: no filter (observer)", 200, () -> o.count(all),
                sql(jdbi, "SELECT count(*) FROM incident WHERE NOT restricted", true));
        pair("Counts by region: year + verified", 200, () -> o.countsByPlace(year, false).size(),
                sql(jdbi, "SELECT adm1_pcode, count(*)" + where + " AND verification_status = 'verified' GROUP BY adm1_pcode", false));
        pair("Counts by region: no filter (observer)", 200, () -> o.countsByPlace(all, false).size(),
                sql(jdbi, "SELECT adm1_pcode, count(*) FROM incident WHERE NOT restricted GROUP BY adm1_pcode", false));
    }

    private static LongSupplier sql(Jdbi jdbi, String sql, boolean single) {
        return () -> jdbi.withHandle(h -> single ? h.createQuery(sql).mapTo(Long.class).one()
                : (long) h.createQuery(sql).mapToMap().list().size());
    }

    private void measureRecord(App app, Jdbi jdbi) {
        Principal monitor = TestApp.account(app, "bench-monitor", Role.MONITOR).principal();
        int[] n = {0};
        LongSupplier oneStep = () -> app.incidentRecorder().record(draft(++n[0]),
                List.of(victim(Sex.FEMALE, "Awa Traoré"), victim(Sex.MALE, "Moussa Traoré")), monitor, "127.0.0.1").id();
        LongSupplier threeCalls = () -> {
            long id = app.observatory().record(draft(++n[0]), monitor.username(), "127.0.0.1");
            app.victims().record(id, victim(Sex.FEMALE, "Awa Traoré"), monitor, "127.0.0.1");
            app.victims().record(id, victim(Sex.MALE, "Moussa Traoré"), monitor, "127.0.0.1");
            return id;
        };
        LongSupplier plain = () -> jdbi.inTransaction(h -> {
            long id = h.createQuery("INSERT INTO incident (reference, date_start, date_end, date_precision, gazetteer_edition, pcode, "
                            + "adm1_pcode, adm2_pcode, adm3_pcode, locality, title, description_fr, origin, created_by, act_types, "
                            + "perpetrator_categories) VALUES ("
                            + "'ML-2025-P' || nextval('incident_id_seq'), DATE '2025-03-14', DATE '2025-03-14', 'day', 'ocha-cod-ab-2015', "
                            + "'ML050218', 'ML05', 'ML0502', 'ML050218', 'Quartier Nord', 'Attaque au marché de Sangha', "
                            + "'Des hommes armés ont attaqué le marché hebdomadaire.', 'form', 'bench-monitor', ARRAY['" + EXECUTION
                            + "'], ARRAY['armed_groups']) RETURNING id")
                    .mapTo(Long.class).one();
            long act = h.createQuery("INSERT INTO incident_act (incident_id, act_type, position) VALUES (?, ?, 0) RETURNING id")
                    .bind(0, id).bind(1, EXECUTION).mapTo(Long.class).one();
            h.execute("INSERT INTO act_perpetrator (act_id, category, group_name, involvement) VALUES (?, 'armed_groups', 'Groupe X', ?)",
                    act, Observatory.DEFAULT_INVOLVEMENT);
            h.execute("INSERT INTO incident_source (incident_id, kind, description, reported_on, reliability, added_by) "
                    + "VALUES (?, ?, 'Témoin joint par téléphone', DATE '2025-03-14', ?, 'bench-monitor')",
                    id, Observatory.DEFAULT_SOURCE_KIND, Observatory.DEFAULT_RELIABILITY);
            for (String sex : List.of("female", "male")) {
                long victim = h.createQuery("INSERT INTO victim (incident_id, pseudonym, sex, age, age_group, categories, identity, "
                                + "consent_uses, consent_given_on, consent_given_by, created_by) VALUES (?, 'V-' || upper(substr(md5(random()::text), 1, 6)), "
                                + "?, 30, 'adult_18_59', '{civilian}', ?, '{documentation}', DATE '2025-03-15', 'victim', 'bench-monitor') RETURNING id")
                        .bind(0, id).bind(1, sex).bind(2, new byte[120]).mapTo(Long.class).one();
                h.execute("INSERT INTO victim_act (victim_id, act_id) VALUES (?, ?)", victim, act);
                h.execute("INSERT INTO victim_consent_change (victim_id, uses, expressed_on, expressed_by, recorded_by) "
                        + "VALUES (?, '{documentation}', DATE '2025-03-15', 'victim', 'bench-monitor')", victim);
            }
            h.execute("INSERT INTO search_log (kind, id) VALUES ('incident', ?)", Long.toString(id));
            return id;
        });
        // Both ways of recording share most of their code (checks, Tink, the audit chain, search): warmed up together,
        // so that the first measured is not the one that pays for the JIT.
        for (int i = 0; i < 10; i++) {
            oneStep.getAsLong();
            threeCalls.getAsLong();
            plain.getAsLong();
        }
        pair("Create an incident (1 act, 1 perpetrator, 1 source) with two victims, identities encrypted, in one step "
                + "(`IncidentRecorder.record`: one transaction)", 50, oneStep, plain);
        pair("The same in three calls (`Observatory.record`, then `Victims.record` twice: three transactions)", 0, threeCalls, plain);
        long[] last = {0};
        LongSupplier incidentOnly = () -> last[0] = app.observatory().record(draft(++n[0]), monitor.username(), "127.0.0.1");
        LongSupplier victimOnly = () -> app.victims().record(last[0], victim(Sex.FEMALE, "Awa Traoré"), monitor, "127.0.0.1").id();
        pair("of which `Observatory.record` alone (one transaction, then written to the search index, committed by the next group commit)", 0, incidentOnly,
                () -> jdbi.withHandle(h -> h.execute("SELECT 1")));
        pair("of which one `Victims.record` (one transaction)", 0, victimOnly, () -> jdbi.withHandle(h -> h.execute("SELECT 1")));
    }

    private static IncidentDraft draft(int n) {
        return new IncidentDraft(IncidentDate.on(LocalDate.of(2025, 3, 14)), PCode.of("ML050218"), "Quartier Nord", null, null,
                "Attaque au marché de Sangha " + n, "Des hommes armés ont attaqué le marché hebdomadaire.", null,
                List.of(new ActDraft(EXECUTION, 0, List.of(new PerpetratorDraft(PerpetratorCategory.ARMED_GROUPS, "Groupe X",
                        Observatory.DEFAULT_INVOLVEMENT)))),
                List.of(new SourceDraft(Observatory.DEFAULT_SOURCE_KIND, "Témoin joint par téléphone", LocalDate.of(2025, 3, 14),
                        Observatory.DEFAULT_RELIABILITY)), Origin.FORM, null);
    }

    private static VictimDraft victim(Sex sex, String name) {
        return new VictimDraft(sex, 34, null, Set.of(VictimCategory.CIVILIAN), List.of(0), new Identity(name, null, "+223 76 12 34 56", null, null),
                new Consent(Set.of(ConsentUse.DOCUMENTATION), LocalDate.of(2025, 3, 15), "victim"));
    }

    /** Warm-up, then {@code runs} timed calls of each, interleaved so that load on the machine weighs on both alike. */
    private void pair(String what, int goalMs, LongSupplier vigie, LongSupplier plain) {
        progress(what);
        long result = 0;
        for (int i = 0; i < 3; i++) {
            result = vigie.getAsLong();
            plain.getAsLong();
        }
        long[] v = new long[runs];
        long[] p = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            vigie.getAsLong();
            v[i] = System.nanoTime() - t;
            t = System.nanoTime();
            plain.getAsLong();
            p[i] = System.nanoTime() - t;
        }
        java.util.Arrays.sort(v);
        java.util.Arrays.sort(p);
        double median = ms(v[runs / 2]);
        rows.add(String.format(Locale.ROOT, "| %s | %s | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %s | %s |", what,
                what.startsWith("Create") || what.startsWith("The same") || what.startsWith("of which") ? "" : Long.toString(result), median, ms(v[(int) Math.ceil(runs * 0.95) - 1]),
                ms(p[runs / 2]), ms(p[(int) Math.ceil(runs * 0.95) - 1]), goalMs == 0 ? "" : "< " + goalMs + " ms",
                goalMs == 0 ? "" : median < goalMs ? "yes" : "**no**"));
    }

    private String report(Machine m, String loadBefore, String loadAfter, long incidents, long acts, String size, long generated, long vacuumed) {
        StringBuilder s = new StringBuilder();
        s.append("Measured ").append(m.date()).append(" with `bench/observatory`.\n\n");
        s.append("- Machine: ").append(m.processors()).append(" processors (").append(m.cpu()).append("), ").append(m.memoryMib())
                .append(" MiB memory, ").append(m.java()).append(".\n");
        s.append("- Load average (1, 5, 15 min) before: ").append(loadBefore).append("; after: ").append(loadAfter)
                .append(". The machine is shared: other work competes for the same processors.\n");
        s.append(String.format(Locale.ROOT, "- Data: %,d incidents, %,d acts (as many perpetrators), database %s; generated in %s, "
                + "then `VACUUM ANALYZE` in %s. Filters: region Mopti (ML05), year 2024, status verified, as an observer (restricted "
                + "incidents left out); pages of 50. %d runs after 3 of warm-up, Vigie and plain SQL interleaved. The plain SQL twin of the "
                + "recording rows inserts the same rows (incident, act, perpetrator, source, two victims with their act and consent, the "
                + "search queue's row) in one transaction, without the checks, the encryption and the audit chain. In the two \"of which\" "
                + "rows the plain SQL column is a bare `SELECT 1` round trip.\n\n",
                incidents, acts, size, seconds(generated), seconds(vacuumed), runs));
        s.append("| Measure | Rows or count | Vigie median | Vigie p95 | Plain SQL median | Plain SQL p95 | Goal | Met |\n");
        s.append("|---|---:|---:|---:|---:|---:|---|---|\n");
        rows.forEach(r -> s.append(r).append('\n'));
        return s.toString();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    private static void progress(String what) {
        System.err.println("obsbench: " + what);
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
