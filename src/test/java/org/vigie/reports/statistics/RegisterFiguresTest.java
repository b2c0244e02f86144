package org.vigie.reports.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.i18n.Messages;
import org.vigie.observatory.places.Gazetteer;
import org.vigie.observatory.places.PCode;
import org.vigie.observatory.vocabulary.Vocabulary;
import org.vigie.support.TestApp;

/** Closed schools over time and by region, proceedings, reparations and recommendations on {@link StatisticsFixture}'s data. */
class RegisterFiguresTest {
    static final PeriodScope FIRST_HALF = PeriodScope.published(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));
    @TempDir
    static Path dir;
    static App app;
    static Statistics statistics;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.create(dir);
        StatisticsFixture.insertSchools(app);
        StatisticsFixture.insertFollowUp(app);
        statistics = new Statistics(app.database().jdbi(), Gazetteer.ochaCodAb2015(), Vocabulary.standard(), new Messages());
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    static Figure figure(List<Figure> figures, String id) {
        return figures.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void schools_closed_at_the_end_of_each_month_follow_closures_and_reopenings() {
        // Jan: S1 closes, S2 still closed since 2024; Mar: S1 reopens; May: S1 closes again. S3 is only reported.
        Figure open = figure(statistics.schools(FIRST_HALF), "schools.open_by_month");
        assertThat(open.rows()).extracting(Figure.Row::code).containsExactly("2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06");
        assertThat(open.rows()).extracting(Figure.Row::count).containsExactly(2L, 2L, 1L, 1L, 2L, 2L);
        assertThat(open.total()).isEqualTo(2L);
    }

    @Test
    void new_closures_are_counted_in_the_month_they_begin() {
        Figure opened = figure(statistics.schools(FIRST_HALF), "schools.new_by_month");
        assertThat(opened.rows()).extracting(Figure.Row::count).containsExactly(1L, 0L, 0L, 0L, 1L, 0L);
    }

    @Test
    void a_period_ending_mid_month_counts_that_month_up_to_its_last_day() {
        PeriodScope toMarch5 = PeriodScope.published(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 5));
        assertThat(figure(statistics.schools(toMarch5), "schools.open_by_month").rows())
                .extracting(Figure.Row::count).containsExactly(2L);
    }

    @Test
    void schools_closed_at_the_end_of_the_period_are_counted_by_region() {
        assertThat(StatisticsTest.counts(figure(statistics.schools(FIRST_HALF), "schools.open_by_region")))
                .containsOnly(entry("ML05", 1L), entry("ML01", 1L));
        PeriodScope mopti = new PeriodScope(FIRST_HALF.from(), FIRST_HALF.to(), PCode.of("ML05"), PeriodScope.PUBLISHED);
        assertThat(figure(statistics.schools(mopti), "schools.open_by_region").total()).isEqualTo(1L);
    }

    @Test
    void proceedings_are_counted_by_stage_and_claims_by_status_as_they_stand() {
        List<Figure> figures = statistics.registries();
        assertThat(StatisticsTest.counts(figure(figures, "proceedings.by_stage"))).containsOnly(entry("trial", 2L), entry("complaint_filed", 1L));
        assertThat(StatisticsTest.counts(figure(figures, "reparations.by_status"))).containsOnly(entry("granted", 1L), entry("submitted", 1L));
        assertThat(figures).allSatisfy(f -> assertThat(f.atGeneration()).isTrue());
    }

    @Test
    void recommendations_are_counted_by_status_mechanism_theme_and_institution() {
        List<Figure> figures = statistics.recommendations();
        assertThat(StatisticsTest.counts(figure(figures, "recommendations.by_status")))
                .containsOnly(entry("implemented", 1L), entry("in_progress", 1L), entry("not_started", 1L));
        assertThat(StatisticsTest.counts(figure(figures, "recommendations.by_mechanism")))
                .containsOnly(entry("upr", 2L), entry("independent_expert", 1L));
        Figure themes = figure(figures, "recommendations.by_theme");
        assertThat(StatisticsTest.counts(themes)).containsOnly(entry("Justice", 2L), entry("Women", 1L));
        assertThat(themes.total()).isEqualTo(3L);
        assertThat(StatisticsTest.counts(figure(figures, "recommendations.by_institution")))
                .containsOnly(entry("DNDH", 2L), entry("MJDH", 1L));
        assertThat(figure(figures, "recommendations.by_status").rows().get(0).label().french()).isNotBlank();
    }
}
