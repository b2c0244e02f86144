package org.vigie.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Numbers, plurals, ordinals and dates as a French or an English reader expects them (ICU, CLDR rules). */
class MessagesFormatTest {
    private static final String NNBSP = "\u202f";
    private final Messages messages = new Messages();

    @Test
    void french_puts_zero_and_one_in_the_singular_and_two_in_the_plural() {
        assertThat(messages.get(Lang.FR, "reports.report.annex.linked_incidents", 0)).isEqualTo("0 incident vérifié lié");
        assertThat(messages.get(Lang.FR, "reports.report.annex.linked_incidents", 1)).isEqualTo("1 incident vérifié lié");
        assertThat(messages.get(Lang.FR, "reports.report.annex.linked_incidents", 2)).isEqualTo("2 incidents vérifiés liés");
    }

    @Test
    void english_puts_only_one_in_the_singular() {
        assertThat(messages.get(Lang.EN, "reports.report.annex.linked_incidents", 0)).isEqualTo("0 linked verified incidents");
        assertThat(messages.get(Lang.EN, "reports.report.annex.linked_incidents", 1)).isEqualTo("1 linked verified incident");
        assertThat(messages.get(Lang.EN, "tracker.days_late", 1)).isEqualTo("1 day late");
        assertThat(messages.get(Lang.EN, "tracker.days_late", 3)).isEqualTo("3 days late");
    }

    @Test
    void a_count_of_records_agrees_with_its_number_and_says_none_in_words() {
        assertThat(messages.get(Lang.FR, "registries.count", 0)).isEqualTo("aucun enregistrement");
        assertThat(messages.get(Lang.FR, "registries.count", 1)).isEqualTo("1 enregistrement");
        assertThat(messages.get(Lang.FR, "registries.count", 12)).isEqualTo("12 enregistrements");
        assertThat(messages.get(Lang.EN, "registries.count", 1)).isEqualTo("1 record");
    }

    @Test
    void a_count_passed_as_text_still_chooses_its_plural() {
        assertThat(messages.get(Lang.FR, "registries.count", "1")).isEqualTo("1 enregistrement");
        assertThat(messages.get(Lang.EN, "registries.count", "3")).isEqualTo("3 records");
    }

    @Test
    void large_counts_are_grouped_as_each_language_groups_them() {
        assertThat(messages.get(Lang.FR, "tracker.count", 1234)).isEqualTo("1" + NNBSP + "234 recommandations ou engagements");
        assertThat(messages.get(Lang.EN, "tracker.count", 1234)).isEqualTo("1,234 recommendations or commitments");
    }

    @Test
    void the_first_of_the_month_is_an_ordinal_in_french_only() {
        assertThat(messages.date(Lang.FR, LocalDate.of(2026, 1, 1))).isEqualTo("1er janvier 2026");
        assertThat(messages.date(Lang.FR, LocalDate.of(2026, 1, 2))).isEqualTo("2 janvier 2026");
        assertThat(messages.date(Lang.FR, LocalDate.of(2026, 12, 31))).isEqualTo("31 décembre 2026");
        assertThat(messages.date(Lang.EN, LocalDate.of(2026, 1, 1))).isEqualTo("January 1, 2026");
        assertThat(messages.get(Lang.FR, "reports.report.period", messages.date(Lang.FR, LocalDate.of(2026, 1, 1)),
                messages.date(Lang.FR, LocalDate.of(2026, 6, 30)))).isEqualTo("Du 1er janvier 2026 au 30 juin 2026");
    }

    @Test
    void a_date_known_to_the_month_or_the_year_is_written_as_such() {
        assertThat(messages.period(Lang.FR, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), "MONTH")).isEqualTo("octobre 2026");
        assertThat(messages.period(Lang.EN, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), "MONTH")).isEqualTo("October 2026");
        assertThat(messages.period(Lang.FR, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "YEAR")).isEqualTo("2025");
        assertThat(messages.period(Lang.FR, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30), "MONTH")).isEqualTo("mars 2026 – avril 2026");
        assertThat(messages.period(Lang.FR, LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 5), "DAY")).isEqualTo("5 mars 2026");
    }

    @Test
    void a_date_and_time_writes_the_date_as_every_other_date_then_bamako_time() {
        Instant at = Instant.parse("2026-12-01T09:05:00Z");
        assertThat(messages.dateTime(Lang.FR, at)).isEqualTo("1er décembre 2026 à 9 h 05");
        assertThat(messages.dateTime(Lang.EN, at)).isEqualTo("December 1, 2026 at 9:05");
    }
}
