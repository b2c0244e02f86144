package org.vigie.reports.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.i18n.Messages;
import org.vigie.observatory.places.Gazetteer;
import org.vigie.observatory.places.PCode;
import org.vigie.observatory.incidents.VerificationStatus;
import org.vigie.observatory.vocabulary.Vocabulary;
import org.vigie.reports.statistics.Figure.Unit;
import org.vigie.reports.statistics.StatisticsStore.Dimension;
import org.vigie.support.TestApp;

/** Each incident, act and victim figure on {@link StatisticsFixture}'s hand-built data, whose answers are known. */
class StatisticsTest {
    static final PeriodScope YEAR = PeriodScope.publishedYear(2025);
    @TempDir
    static Path dir;
    static App app;
    static Statistics statistics;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.create(dir);
        StatisticsFixture.insertObservatory(app);
        statistics = new Statistics(app.database().jdbi(), Gazetteer.ochaCodAb2015(), Vocabulary.standard(), new Messages());
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    static Map<String, Long> counts(Figure f) {
        Map<String, Long> out = new LinkedHashMap<>();
        f.rows().forEach(r -> out.put(r.code(), r.count()));
        return out;
    }

    static Map<String, Long> counts(Unit unit, Dimension d, PeriodScope s) {
        return counts(statistics.figure(unit, d, s));
    }

    @Test
    void verified_incidents_starting_in_the_period_are_counted_by_region() {
        Figure f = statistics.figure(Unit.INCIDENTS, Dimension.REGION, YEAR);
        assertThat(counts(f)).containsOnly(entry("ML05", 2L), entry("ML01", 2L));
        assertThat(f.total()).isEqualTo(4L);
        assertThat(f.rows().get(0).label().french()).isIn("Mopti", "Kayes");
    }

    @Test
    void an_incident_known_only_to_its_region_is_in_the_unknown_cercle() {
        assertThat(counts(Unit.INCIDENTS, Dimension.CERCLE, YEAR))
                .containsOnly(entry("ML0502", 1L), entry("ML0503", 1L), entry("ML0101", 1L), entry("unknown", 1L));
    }

    @Test
    void acts_are_counted_by_type_and_an_incident_once_per_type() {
        assertThat(counts(Unit.ACTS, Dimension.ACT_TYPE, YEAR)).containsOnly(entry(StatisticsFixture.KILLING, 2L),
                entry("VG-CHILD-RECRUITMENT", 1L), entry("VG-CHILD-SEXUAL-VIOLENCE", 1L), entry("VG-ATTACK-SCHOOL", 1L),
                entry("VG-DENIAL-HUMANITARIAN-ACCESS", 1L));
        assertThat(counts(Unit.INCIDENTS, Dimension.ACT_TYPE, YEAR)).containsEntry(StatisticsFixture.KILLING, 2L);
        assertThat(statistics.figure(Unit.ACTS, Dimension.ACT_TYPE, YEAR).total()).isEqualTo(6L);
    }

    @Test
    void two_perpetrators_of_one_category_count_their_act_once() {
        assertThat(counts(Unit.ACTS, Dimension.PERPETRATOR, YEAR)).containsOnly(entry("terrorist_groups", 1L),
                entry("armed_groups", 2L), entry("state_forces", 1L), entry("unknown", 1L));
        assertThat(counts(Unit.INCIDENTS, Dimension.PERPETRATOR, YEAR)).containsEntry("armed_groups", 1L);
    }

    @Test
    void victims_are_the_recorded_ones_plus_those_an_act_counts_without_recording() {
        Figure f = statistics.figure(Unit.VICTIMS, Dimension.REGION, YEAR);
        assertThat(counts(f)).containsOnly(entry("ML05", 7L), entry("ML01", 1L));
        assertThat(f.total()).isEqualTo(8L);
    }

    @Test
    void unrecorded_victims_have_an_unknown_sex_and_age() {
        assertThat(counts(Unit.VICTIMS, Dimension.SEX, YEAR)).containsOnly(entry("female", 3L), entry("male", 2L), entry("unknown", 3L));
        assertThat(counts(Unit.VICTIMS, Dimension.AGE_GROUP, YEAR)).containsOnly(entry("child_12_17", 1L), entry("adult_18_59", 1L),
                entry("unknown", 4L), entry("older_60_plus", 1L), entry("child_5_11", 1L));
    }

    @Test
    void victims_are_counted_by_the_acts_they_suffered_and_their_perpetrators() {
        assertThat(counts(Unit.VICTIMS, Dimension.ACT_TYPE, YEAR)).containsOnly(entry(StatisticsFixture.KILLING, 4L),
                entry("VG-CHILD-RECRUITMENT", 3L), entry("VG-CHILD-SEXUAL-VIOLENCE", 1L));
        assertThat(counts(Unit.VICTIMS, Dimension.PERPETRATOR, YEAR)).containsOnly(entry("terrorist_groups", 2L),
                entry("armed_groups", 5L), entry("state_forces", 1L));
    }

    @Test
    void analysts_may_count_incidents_pending_verification_too() {
        PeriodScope withPending = new PeriodScope(YEAR.from(), YEAR.to(), null,
                EnumSet.of(VerificationStatus.VERIFIED, VerificationStatus.PENDING_VERIFICATION));
        assertThat(counts(Unit.INCIDENTS, Dimension.STATUS, withPending))
                .containsOnly(entry("verified", 4L), entry("pending_verification", 1L));
        assertThat(statistics.figure(Unit.VICTIMS, Dimension.SEX, withPending).total()).isEqualTo(18L);
        assertThat(counts(Unit.INCIDENTS, Dimension.STATUS, YEAR)).containsOnly(entry("verified", 4L));
    }

    @Test
    void a_region_or_cercle_scope_counts_only_what_happened_there() {
        PeriodScope mopti = new PeriodScope(YEAR.from(), YEAR.to(), PCode.of("ML05"), PeriodScope.PUBLISHED);
        PeriodScope bandiagara = new PeriodScope(YEAR.from(), YEAR.to(), PCode.of("ML0502"), PeriodScope.PUBLISHED);
        assertThat(statistics.figure(Unit.VICTIMS, Dimension.SEX, mopti).total()).isEqualTo(7L);
        assertThat(statistics.figure(Unit.INCIDENTS, Dimension.REGION, bandiagara).total()).isEqualTo(1L);
        assertThat(statistics.figure(Unit.VICTIMS, Dimension.SEX, bandiagara).total()).isEqualTo(2L);
    }

    @Test
    void an_incident_that_starts_before_the_period_is_not_in_it() {
        PeriodScope lastDay2024 = PeriodScope.published(LocalDate.of(2024, 12, 31), LocalDate.of(2024, 12, 31));
        assertThat(statistics.figure(Unit.INCIDENTS, Dimension.REGION, lastDay2024).total()).isEqualTo(1L);
        PeriodScope january = PeriodScope.published(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));
        assertThat(statistics.figure(Unit.INCIDENTS, Dimension.REGION, january).total()).isZero();
    }

    @Test
    void every_figure_says_what_it_counts_over_which_period_and_statuses() {
        assertThat(statistics.observatory(YEAR)).hasSize(17).allSatisfy(f -> {
            assertThat(f.scope()).isEqualTo(YEAR);
            assertThat(f.unit()).isNotNull();
            assertThat(new Messages().has(org.vigie.i18n.Lang.FR, f.titleKey())).as(f.titleKey()).isTrue();
        });
    }
}
