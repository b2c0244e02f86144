package org.vigie.reports.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigie.reports.disclosure.SuppressionProofTest.table;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.errors.InvalidInput;
import org.vigie.i18n.Lang;
import org.vigie.reports.statistics.StatTable;

class SuppressionTest {

    @Test
    void a_table_without_small_counts_is_published_whole() {
        PublishedTable p = Suppression.protect(table(new long[][] {{12, 30}, {7, 1500}}));

        assertThat(p.hasSuppression()).isFalse();
        assertThat(p.text(2, 2, Lang.EN)).isEqualTo("1,549");
        assertThat(p.text(2, 2, Lang.FR)).isEqualTo("1\u202f549");
    }

    @Test
    void a_count_under_five_is_printed_as_less_than_five() {
        PublishedTable p = Suppression.protect(table(new long[][] {{3, 30, 40}, {20, 25, 50}}));

        assertThat(p.disclosure(0, 0)).isEqualTo(Disclosure.SMALL);
        assertThat(p.text(0, 0, Lang.FR)).isEqualTo("<5");
        assertThat(p.count(0, 0)).isEmpty();
    }

    @Test
    void a_small_count_alone_in_its_row_and_column_gets_hidden_partners_until_each_hidden_count_is_protected() {
        PublishedTable p = Suppression.protect(table(new long[][] {{3, 30, 40}, {20, 25, 50}}));

        assertThat(p.disclosure(0, 1)).isEqualTo(Disclosure.HIDDEN);
        assertThat(p.disclosure(1, 0)).isEqualTo(Disclosure.HIDDEN);
        assertThat(p.disclosure(1, 1)).isEqualTo(Disclosure.HIDDEN);
        assertThat(p.text(1, 1, Lang.EN)).isEqualTo("x");
        // 3, 30, 20 and 25 alone would move together by at most one upwards (the "<5" is at most 4): 30 could
        // not be 28, so a third column is hidden too.
        assertThat(p.disclosure(0, 2)).isEqualTo(Disclosure.HIDDEN);
        assertThat(p.count(2, 3)).hasValue(168);
    }

    @Test
    void a_zero_is_hidden_like_any_count_under_five() {
        PublishedTable p = Suppression.protect(table(new long[][] {{0, 30, 40}, {20, 25, 50}}));

        assertThat(p.text(0, 0, Lang.EN)).isEqualTo("<5");
    }

    @Test
    void tables_published_together_hide_their_shared_row_totals_alike() {
        StatTable bySex = table(new long[][] {{2, 1}, {20, 30}, {15, 15}});
        StatTable byAge = table(new long[][] {{1, 1, 1}, {10, 20, 20}, {10, 10, 10}});

        List<PublishedTable> p = Suppression.protectTogether(List.of(bySex, byAge));

        for (int r = 0; r <= 3; r++) {
            assertThat(p.get(0).disclosure(r, 2)).as("row %d", r).isEqualTo(p.get(1).disclosure(r, 3));
        }
        assertThat(p.get(0).text(0, 2, Lang.EN)).isEqualTo("<5");
    }

    @Test
    void tables_with_different_row_totals_cannot_be_published_together() {
        StatTable bySex = table(new long[][] {{20, 10}, {20, 30}});
        StatTable byAge = table(new long[][] {{20, 11}, {20, 30}});

        assertThatThrownBy(() -> Suppression.protectTogether(List.of(bySex, byAge)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("tables"));
    }

    @Test
    void a_table_whose_rows_do_not_match_its_counts_is_refused() {
        assertThatThrownBy(() -> table(new long[][] {{1, 2}, {3}}))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("cells"));
    }

    @Test
    void a_table_keeps_its_counts_when_the_caller_changes_the_array() {
        long[][] cells = {{1, 2}, {3, 4}};
        StatTable t = table(cells);
        cells[0][0] = 99;

        assertThat(t.count(0, 0)).isEqualTo(1);
        assertThat(t.rowTotal(0)).isEqualTo(3);
        assertThat(t.columnTotal(1)).isEqualTo(6);
        assertThat(t.grandTotal()).isEqualTo(10);
    }
}
