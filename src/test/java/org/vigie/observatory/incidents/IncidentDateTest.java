package org.vigie.observatory.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.vigie.errors.InvalidInput;

class IncidentDateTest {

    // Mali keeps UTC all year.
    private static final Clock NOV_29_2026 = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void a_day_is_a_one_day_period() {
        IncidentDate date = IncidentDate.on(LocalDate.of(2024, 3, 14));
        assertThat(date.start()).isEqualTo(date.end()).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(date.isRange()).isFalse();
    }

    @Test
    void a_month_runs_from_its_first_to_its_last_day() {
        IncidentDate date = IncidentDate.in(YearMonth.of(2024, 2));
        assertThat(date.start()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(date.end()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(date.isRange()).isFalse();
    }

    @Test
    void a_year_runs_from_january_first_to_december_thirty_first() {
        IncidentDate date = IncidentDate.in(Year.of(2023));
        assertThat(date.start()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(date.end()).isEqualTo(LocalDate.of(2023, 12, 31));
    }

    @Test
    void a_range_known_to_the_month_is_stretched_to_whole_months() {
        IncidentDate date = IncidentDate.between(LocalDate.of(2024, 3, 20), LocalDate.of(2024, 5, 2), DatePrecision.MONTH);
        assertThat(date.start()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(date.end()).isEqualTo(LocalDate.of(2024, 5, 31));
        assertThat(date.isRange()).isTrue();
    }

    @Test
    void a_single_date_given_without_an_end_ends_where_it_starts() {
        assertThat(new IncidentDate(LocalDate.of(2024, 3, 14), null, DatePrecision.DAY)).isEqualTo(IncidentDate.on(LocalDate.of(2024, 3, 14)));
    }

    @Test
    void an_end_before_the_start_is_refused_on_the_end_field() {
        assertThatThrownBy(() -> IncidentDate.between(LocalDate.of(2024, 3, 14), LocalDate.of(2024, 3, 13), DatePrecision.DAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("date_end");
                    assertThat(e.messageKey()).isEqualTo("observatory.date.end_before_start");
                });
    }

    @Test
    void a_missing_start_is_refused_on_the_start_field() {
        assertThatThrownBy(() -> new IncidentDate(null, null, DatePrecision.DAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("date_start"));
    }

    @Test
    void today_is_not_in_the_future() {
        assertThat(IncidentDate.on(LocalDate.of(2026, 11, 29)).notAfterToday(NOV_29_2026)).isNotNull();
    }

    @Test
    void tomorrow_is_refused_as_in_the_future() {
        assertThatThrownBy(() -> IncidentDate.on(LocalDate.of(2026, 11, 30)).notAfterToday(NOV_29_2026))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("date_start");
                    assertThat(e.messageKey()).isEqualTo("observatory.date.in_future");
                });
    }

    @Test
    void the_current_month_and_year_are_accepted_though_they_have_not_ended() {
        assertThat(IncidentDate.in(YearMonth.of(2026, 11)).notAfterToday(NOV_29_2026)).isNotNull();
        assertThat(IncidentDate.in(Year.of(2026)).notAfterToday(NOV_29_2026)).isNotNull();
    }

    @Test
    void a_range_ending_in_a_month_not_yet_begun_is_refused_on_the_end_field() {
        IncidentDate date = IncidentDate.between(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 1), DatePrecision.MONTH);
        assertThatThrownBy(() -> date.notAfterToday(NOV_29_2026))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("date_end"));
    }

    @Test
    void a_day_inside_a_month_overlaps_it_and_not_the_next_month() {
        IncidentDate day = IncidentDate.on(LocalDate.of(2024, 3, 14));
        assertThat(day.overlaps(IncidentDate.in(YearMonth.of(2024, 3)))).isTrue();
        assertThat(day.overlaps(IncidentDate.in(YearMonth.of(2024, 4)))).isFalse();
    }
}
