package org.vigie.reports.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.vigie.observatory.incidents.VerificationStatus;
import org.vigie.reports.documents.ReportPeriod;
import org.vigie.reports.statistics.StatTable;

/**
 * The proof that suppression protects: on randomised tables (fixed seed), a reader who knows everything a
 * published table implies cannot pin any suppressed count to one value ({@link Reader} searches every
 * consistent table). And the reader is not blind: it does recover a small count left alone in its row.
 */
class SuppressionProofTest {
    private static final ReportPeriod YEAR = new ReportPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

    @Test
    void no_suppressed_count_of_a_random_table_can_be_worked_out() {
        Random random = new Random(20251231L);
        int checked = 0;
        for (int n = 0; n < 300; n++) {
            StatTable table = randomTable(random, 2 + random.nextInt(3), 2 + random.nextInt(3));
            PublishedTable published = Suppression.protect(table);
            Reader reader = new Reader(List.of(published), List.of(table), 2 * table.grandTotal() + 20);
            for (int v : reader.suppressed()) {
                assertThat(reader.determines(v)).as("count %d of %s", v, table).isFalse();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(300);
    }

    @Test
    void no_suppressed_count_can_be_worked_out_from_two_tables_that_share_their_row_totals() {
        Random random = new Random(64L);
        int checked = 0;
        for (int n = 0; n < 150; n++) {
            int rows = 2 + random.nextInt(3);
            StatTable bySex = randomTable(random, rows, 2);
            StatTable byAge = splitRows(random, bySex, 2 + random.nextInt(2));
            List<PublishedTable> published = Suppression.protectTogether(List.of(bySex, byAge));
            Reader reader = new Reader(published, List.of(bySex, byAge), 2 * bySex.grandTotal() + 20);
            for (int v : reader.suppressed()) {
                assertThat(reader.determines(v)).as("count %d of %s and %s", v, bySex, byAge).isFalse();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(150);
    }

    @Test
    void mali_sized_tables_by_region_sex_and_age_group_are_protected_together() {
        Random random = new Random(9L);
        StatTable bySex = randomTable(random, 9, 2);
        StatTable byAge = splitRows(random, bySex, 4);
        List<PublishedTable> published = Suppression.protectTogether(List.of(bySex, byAge));
        Reader reader = new Reader(published, List.of(bySex, byAge), 2 * bySex.grandTotal() + 20);

        assertThat(reader.suppressed()).isNotEmpty().noneMatch(reader::determines);
    }

    @Test
    void the_reader_recovers_a_small_count_when_only_small_counts_are_hidden() {
        StatTable table = table(new long[][] {{3, 10}, {7, 12}});
        PublishedTable naive = new PublishedTable(table, new Disclosure[][] {
            {Disclosure.SMALL, Disclosure.SHOWN, Disclosure.SHOWN},
            {Disclosure.SHOWN, Disclosure.SHOWN, Disclosure.SHOWN},
            {Disclosure.SHOWN, Disclosure.SHOWN, Disclosure.SHOWN}});
        Reader reader = new Reader(List.of(naive), List.of(table), 2 * table.grandTotal() + 20);

        assertThat(reader.determines(reader.suppressed().get(0))).isTrue();
    }

    @Test
    void the_reader_recovers_a_small_count_from_a_second_table_that_shows_the_shared_total() {
        StatTable bySex = table(new long[][] {{3, 0}, {20, 30}});
        StatTable byAge = table(new long[][] {{0, 3}, {25, 25}});
        Disclosure s = Disclosure.SHOWN;
        Disclosure small = Disclosure.SMALL;
        Disclosure h = Disclosure.HIDDEN;
        // The first table hides its row total of 3; the second shows it as its own total... were it not linked.
        PublishedTable first = new PublishedTable(bySex, new Disclosure[][] {{small, s, small}, {h, h, s}, {h, h, s}});
        PublishedTable second = new PublishedTable(byAge, new Disclosure[][] {{s, small, small}, {s, s, s}, {s, s, s}});
        Reader reader = new Reader(List.of(first, second), List.of(bySex, byAge), 2 * bySex.grandTotal() + 20);

        assertThat(reader.suppressed()).anyMatch(reader::determines);
    }

    static StatTable randomTable(Random random, int rows, int columns) {
        long[][] cells = new long[rows][columns];
        for (long[] row : cells) {
            for (int c = 0; c < columns; c++) {
                row[c] = random.nextInt(10) < 4 ? random.nextInt(5) : 5 + random.nextInt(20);
            }
        }
        return table(cells);
    }

    /** A second breakdown of the same rows: each row total spread at random over other columns. */
    private static StatTable splitRows(Random random, StatTable table, int columns) {
        long[][] cells = new long[table.rows()][columns];
        for (int r = 0; r < table.rows(); r++) {
            long left = table.rowTotal(r);
            for (int c = 0; c < columns - 1; c++) {
                cells[r][c] = left == 0 ? 0 : random.nextInt((int) left + 1);
                left -= cells[r][c];
            }
            cells[r][columns - 1] = left;
        }
        return table(cells);
    }

    static StatTable table(long[][] cells) {
        List<String> rows = new ArrayList<>(IntStream.range(0, cells.length).mapToObj(r -> "R" + r).toList());
        List<String> columns = IntStream.range(0, cells[0].length).mapToObj(c -> "C" + c).toList();
        return new StatTable("victims", YEAR, EnumSet.of(VerificationStatus.VERIFIED), rows, columns, cells);
    }
}
