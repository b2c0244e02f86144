package org.vigie.tracker.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExcelDatesTest {

    @Test
    void a_serial_number_counts_days_from_excels_epoch() {
        assertThat(ExcelDates.parse("45681")).contains(LocalDate.of(2025, 1, 24));
    }

    @Test
    void a_serial_number_with_a_time_of_day_is_its_day() {
        assertThat(ExcelDates.parse("45681.75")).contains(LocalDate.of(2025, 1, 24));
    }

    @Test
    void an_iso_date_with_or_without_a_time_is_read() {
        assertThat(ExcelDates.parse("2025-01-24")).contains(LocalDate.of(2025, 1, 24));
        assertThat(ExcelDates.parse("2025-01-24T00:00:00Z")).contains(LocalDate.of(2025, 1, 24));
    }

    @Test
    void a_blank_date_is_absent() {
        assertThat(ExcelDates.parse(" ")).isEmpty();
    }

    @Test
    void a_small_number_typed_in_a_date_column_is_refused() {
        assertThatThrownBy(() -> ExcelDates.parse("48")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_impossible_iso_date_is_refused() {
        assertThatThrownBy(() -> ExcelDates.parse("2025-02-30")).isInstanceOf(IllegalArgumentException.class);
    }
}
