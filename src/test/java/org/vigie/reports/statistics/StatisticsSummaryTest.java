package org.vigie.reports.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.i18n.Lang;
import org.vigie.i18n.Messages;
import org.vigie.observatory.incidents.VerificationStatus;
import org.vigie.observatory.places.PCode;
import org.vigie.reports.portal.PublicStatistics;
import org.vigie.reports.portal.PublicTable;
import org.vigie.reports.statistics.Figure.Unit;
import org.vigie.reports.statistics.StatisticsStore.Dimension;
import org.vigie.support.RunningVigie;

/**
 * The statistics summary (V017) answers every figure it covers exactly as the queries over the incidents do:
 * on {@link StatisticsFixture}'s data, on a few hundred random incidents, and again after verifications, new
 * victims, deleted acts, moved dates and consents recorded or withdrawn, which its triggers mark stale; and so do
 * the public statistics page's tables as published, which read the national summary (V019).
 */
class StatisticsSummaryTest {
    static final Set<VerificationStatus> ALL = EnumSet.allOf(VerificationStatus.class);
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;
    static Statistics summarised;
    static Statistics direct;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        StatisticsFixture.insertObservatory(app);
        StatisticsFixture.insertSchools(app);
        StatisticsFixture.insertFollowUp(app);
        Messages messages = new Messages();
        summarised = new Statistics(app.database().jdbi(), app.observatory().gazetteer(), app.observatory().vocabulary(), messages, true);
        direct = new Statistics(app.database().jdbi(), app.observatory().gazetteer(), app.observatory().vocabulary(), messages, false);
    }

    static List<PeriodScope> scopes() {
        return List.of(PeriodScope.publishedYear(2025), PeriodScope.publishedYear(2024),
                new PeriodScope(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 6, 30), null, ALL),
                new PeriodScope(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 12, 31), PCode.of("ML05"), ALL),
                new PeriodScope(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), PCode.of("ML0502"), PeriodScope.PUBLISHED));
    }

    static void assertSameFigures() {
        for (PeriodScope s : scopes()) {
            for (Unit u : List.of(Unit.INCIDENTS, Unit.ACTS, Unit.VICTIMS)) {
                for (Dimension d : Dimension.values()) {
                    if (!StatisticsSummaryStore.covers(u, d, s)) {
                        continue;
                    }
                    assertThat(summarised.figure(u, d, s)).as(u + " by " + d + " over " + s).isEqualTo(direct.figure(u, d, s));
                }
            }
        }
    }

    @Test
    void the_summary_covers_the_public_pages_figures_and_not_a_period_of_odd_days() {
        PeriodScope year = PeriodScope.publishedYear(2025);
        assertThat(StatisticsSummaryStore.covers(Unit.INCIDENTS, Dimension.REGION, year)).isTrue();
        assertThat(StatisticsSummaryStore.covers(Unit.ACTS, Dimension.ACT_TYPE, year)).isTrue();
        assertThat(StatisticsSummaryStore.covers(Unit.VICTIMS, Dimension.AGE_GROUP, year)).isTrue();
        assertThat(StatisticsSummaryStore.covers(Unit.VICTIMS, Dimension.ACT_TYPE, year)).isFalse();
        assertThat(StatisticsSummaryStore.covers(Unit.INCIDENTS, Dimension.REGION,
                PeriodScope.published(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 12, 31)))).isFalse();
    }

    @Test
    void the_public_pages_figures_and_totals_are_read_from_the_national_summary() {
        PeriodScope year = PeriodScope.publishedYear(2025);
        assertThat(StatisticsSummaryStore.national(Unit.INCIDENTS, Dimension.REGION, year)).isTrue();
        assertThat(StatisticsSummaryStore.national(Unit.VICTIMS, Dimension.REGION, year)).isTrue();
        assertThat(StatisticsSummaryStore.national(Unit.ACTS, Dimension.ACT_TYPE, year)).isTrue();
        assertThat(StatisticsSummaryStore.national(Unit.VICTIMS, Dimension.SEX, year)).isTrue();
        assertThat(StatisticsSummaryStore.national(Unit.VICTIMS, Dimension.AGE_GROUP, year)).isTrue();
        assertThat(StatisticsSummaryStore.coversTotal(Unit.ACTS, year)).isTrue();
        assertThat(StatisticsSummaryStore.national(Unit.INCIDENTS, Dimension.CERCLE, year)).isFalse();
        assertThat(StatisticsSummaryStore.national(Unit.INCIDENTS, Dimension.REGION, new PeriodScope(year.from(), year.to(), PCode.of("ML05"),
                PeriodScope.PUBLISHED))).isFalse();
    }

    @Test
    void the_public_tables_are_the_same_with_the_summary_as_without() {
        assertSamePublicTables();
        assertThat(publicTables(summarised, 2025).get(0)).hasSizeGreaterThan(2);
    }

    /** The public statistics page's tables, as published (suppression marks included), with the summary and without. */
    static void assertSamePublicTables() {
        for (int year : List.of(2024, 2025, 2026)) {
            assertThat(publicTables(summarised, year)).as("public tables of " + year).isEqualTo(publicTables(direct, year));
        }
    }

    private static List<List<String>> publicTables(Statistics statistics, int year) {
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
        List<List<String>> out = new ArrayList<>();
        for (PublicTable t : new PublicStatistics(statistics, clock).publication(year)) {
            List<String> cells = new ArrayList<>(List.of(t.source().toString()));
            for (int i = 0; i < t.size(); i++) {
                cells.add(t.count(i, Lang.EN));
            }
            cells.add(t.total(Lang.EN));
            out.add(cells);
        }
        return out;
    }

    @Test
    void every_covered_figure_is_the_same_on_random_incidents_and_after_changes() {
        insertRandom(300, new Random(42));
        assertSameFigures();
        app.database().jdbi().useTransaction(h -> {
            h.execute("UPDATE incident SET verification_status = 'verified' WHERE id IN (SELECT id FROM incident WHERE verification_status = 'reported' ORDER BY id LIMIT 20)");
            h.execute("UPDATE incident SET date_start = date_start - 45, date_end = date_end - 45 WHERE id % 7 = 0");
            h.execute("UPDATE incident SET adm1_pcode = 'ML01', adm2_pcode = 'ML0101', pcode = 'ML0101' WHERE id % 11 = 0");
            h.execute("DELETE FROM incident_act WHERE id % 13 = 0");
            h.execute("UPDATE incident_act SET unrecorded_victims = unrecorded_victims + 2 WHERE id % 5 = 0");
            h.execute("DELETE FROM incident WHERE id % 17 = 0");
            h.execute("UPDATE victim SET sex = 'unknown', age_group = 'unknown' WHERE id % 3 = 0");
        });
        assertSameFigures();
        assertSamePublicTables();
        app.database().jdbi().useTransaction(h -> {
            // Consents recorded: refusing statistics (documentation only, or withdrawn), then allowing them again.
            h.execute("UPDATE victim SET consent_uses = '{documentation}', consent_given_on = DATE '2025-01-02', consent_given_by = 'victim' WHERE id % 4 = 0");
            h.execute("UPDATE victim SET consent_uses = '{}', consent_given_on = DATE '2025-01-02', consent_given_by = 'parent' WHERE id % 5 = 1");
            h.execute("UPDATE victim SET consent_uses = '{anonymised_statistics}', consent_given_on = DATE '2025-01-02', consent_given_by = 'victim' WHERE id % 8 = 0");
        });
        assertSameFigures();
        assertSamePublicTables();
        insertRandom(50, new Random(7));
        assertSameFigures();
        assertSamePublicTables();
    }

    static void insertRandom(int n, Random random) {
        String[] places = {"ML0101", "ML0502", "ML0503", "ML05", "ML0701", "ML01"};
        String[] statuses = {"reported", "pending_verification", "verified", "dismissed"};
        String[] acts = {StatisticsFixture.KILLING, "VG-ATTACK-SCHOOL", "VG-CHILD-RECRUITMENT", "01010101000004"};
        String[] sexes = {"female", "male", "unknown"};
        String[] ages = {"child_0_4", "adult_18_59", "older_60_plus", "unknown"};
        app.database().jdbi().useTransaction(h -> {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                LocalDate day = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(900));
                long id = StatisticsFixture.incident(h, statuses[random.nextInt(4)], day.toString(), places[random.nextInt(places.length)]);
                ids.add(id);
                for (int a = 0; a < 1 + random.nextInt(3); a++) {
                    long act = StatisticsFixture.act(h, id, acts[random.nextInt(acts.length)], random.nextInt(3) == 0 ? random.nextInt(6) : 0);
                    for (int v = 0; v < random.nextInt(3); v++) {
                        StatisticsFixture.victim(h, id, sexes[random.nextInt(3)], ages[random.nextInt(4)], "{}", act);
                    }
                }
            }
        });
    }
}
