package org.vigie.reports.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.i18n.Messages;
import org.vigie.observatory.places.Gazetteer;
import org.vigie.observatory.vocabulary.GraveViolation;
import org.vigie.observatory.incidents.VerificationStatus;
import org.vigie.observatory.vocabulary.Vocabulary;
import org.vigie.reports.statistics.Figure.Unit;
import org.vigie.support.TestApp;

/** The six grave violations against children counted by the UN's rule on {@link StatisticsFixture}'s data. */
class GraveViolationsTest {
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

    static Map<GraveViolation, GraveViolationCount> counts(PeriodScope s) {
        return statistics.graveViolations(s).stream().collect(Collectors.toMap(GraveViolationCount::violation, c -> c));
    }

    @Test
    void killing_and_maiming_counts_child_victims_of_killings_recorded_under_huridocs_terms() {
        // V1 (12 to 17) and V3 (category child) were killed; V2 and V4, adults, are not counted.
        GraveViolationCount c = counts(StatisticsTest.YEAR).get(GraveViolation.KILLING_AND_MAIMING);
        assertThat(c.unit()).isEqualTo(Unit.VICTIMS);
        assertThat(c.count()).isEqualTo(2);
    }

    @Test
    void victims_counted_without_being_recorded_are_children_when_the_act_is_against_a_child() {
        assertThat(counts(StatisticsTest.YEAR).get(GraveViolation.RECRUITMENT_AND_USE).count()).isEqualTo(3);
    }

    @Test
    void unrecorded_victims_of_a_killing_are_not_assumed_to_be_children() {
        PeriodScope withPending = new PeriodScope(StatisticsTest.YEAR.from(), StatisticsTest.YEAR.to(), null,
                EnumSet.of(VerificationStatus.VERIFIED, VerificationStatus.PENDING_VERIFICATION));
        assertThat(counts(withPending).get(GraveViolation.KILLING_AND_MAIMING).count()).isEqualTo(2);
    }

    @Test
    void sexual_violence_against_a_restricted_record_is_counted_without_detail() {
        assertThat(counts(StatisticsTest.YEAR).get(GraveViolation.SEXUAL_VIOLENCE).count()).isEqualTo(1);
    }

    @Test
    void a_dismissed_abduction_is_not_counted() {
        assertThat(counts(StatisticsTest.YEAR).get(GraveViolation.ABDUCTION).count()).isZero();
    }

    @Test
    void attacks_on_schools_and_denial_of_access_are_counted_in_incidents() {
        Map<GraveViolation, GraveViolationCount> c = counts(StatisticsTest.YEAR);
        assertThat(c.get(GraveViolation.ATTACKS_ON_SCHOOLS_AND_HOSPITALS)).isEqualTo(
                new GraveViolationCount(GraveViolation.ATTACKS_ON_SCHOOLS_AND_HOSPITALS, Unit.INCIDENTS, 1));
        assertThat(c.get(GraveViolation.DENIAL_OF_HUMANITARIAN_ACCESS).count()).isEqualTo(1);
    }

    @Test
    void the_two_figures_split_the_six_violations_by_unit() {
        assertThat(statistics.children(StatisticsTest.YEAR)).extracting(f -> f.rows().size()).containsExactly(4, 2);
    }
}
