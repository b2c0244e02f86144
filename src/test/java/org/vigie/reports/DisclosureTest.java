package org.vigie.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigie.observatory.Label;
import org.vigie.reports.PublishedTable.Cell;
import org.vigie.reports.PublishedTable.Mark;

/** Small-cell and complementary suppression of published figures. */
class DisclosureTest {

    static Figure table(long... counts) {
        List<Figure.Row> rows = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            rows.add(new Figure.Row("r" + i, new Label("R" + i, "R" + i), counts[i]));
        }
        return Figure.additive("victims.by_sex", Figure.Unit.VICTIMS, PeriodScope.publishedYear(2025), rows);
    }

    static List<String> shown(PublishedTable t) {
        List<String> out = new ArrayList<>(t.rows().stream().map(c -> c.display(Long::toString)).toList());
        out.add(t.total().display(Long::toString));
        return out;
    }

    @Test
    void counts_from_one_to_four_are_shown_as_under_five() {
        assertThat(shown(Disclosure.publish(table(3, 2, 40)))).containsExactly("<5", "<5", "40", "45");
    }

    @Test
    void a_lone_small_cell_hides_the_smallest_other_cell_too() {
        assertThat(shown(Disclosure.publish(table(3, 20, 7, 30)))).containsExactly("<5", "20", "x", "30", "60");
    }

    @Test
    void two_small_cells_that_would_add_up_to_a_known_sum_are_covered() {
        // 1 and 1 hidden under a total of 52 with 50 shown: both would be 1.
        assertThat(shown(Disclosure.publish(table(1, 1, 50)))).containsExactly("<5", "<5", "x", "52");
    }

    @Test
    void a_small_total_is_itself_shown_as_under_five() {
        assertThat(shown(Disclosure.publish(table(2, 1)))).containsExactly("<5", "<5", "<5");
    }

    @Test
    void rows_of_zero_are_left_out() {
        assertThat(Disclosure.publish(table(0, 12, 9)).rows()).extracting(Cell::code).containsExactly("r1", "r2");
    }

    @Test
    void no_published_cell_ever_shows_a_count_under_five() {
        Random random = new Random(42);
        for (int n = 0; n < 2000; n++) {
            PublishedTable t = Disclosure.publish(table(random(random)));
            assertThat(t.rows()).allSatisfy(c -> assertThat(c.count() == null || c.count() >= Disclosure.THRESHOLD).isTrue());
        }
    }

    /**
     * Proof by exhaustion on 2,000 random tables: every way of filling the suppressed cells that agrees with
     * what is published (small cells 1 to 4, other hidden cells 5 or more, the total when shown) gives each
     * suppressed cell at least two possible values, so none can be recovered.
     */
    @Test
    void no_suppressed_cell_can_be_recovered_from_the_total_and_the_cells_shown() {
        Random random = new Random(7);
        for (int n = 0; n < 2000; n++) {
            long[] counts = random(random);
            PublishedTable t = Disclosure.publish(table(counts));
            if (!t.total().mark().equals(Mark.SHOWN)) {
                continue;
            }
            List<Integer> suppressed = new ArrayList<>();
            long rest = t.total().count();
            for (int i = 0; i < t.rows().size(); i++) {
                if (t.rows().get(i).mark() == Mark.SHOWN) {
                    rest -= t.rows().get(i).count();
                } else {
                    suppressed.add(i);
                }
            }
            List<Set<Long>> possible = new ArrayList<>();
            suppressed.forEach(i -> possible.add(new HashSet<>()));
            fill(t, suppressed, 0, rest, new long[suppressed.size()], possible);
            for (int k = 0; k < suppressed.size(); k++) {
                assertThat(possible.get(k)).as("cell %d of %s", suppressed.get(k), java.util.Arrays.toString(counts)).hasSizeGreaterThan(1);
            }
        }
    }

    private static void fill(PublishedTable t, List<Integer> suppressed, int k, long rest, long[] chosen, List<Set<Long>> possible) {
        if (k == suppressed.size()) {
            if (rest == 0) {
                for (int j = 0; j < chosen.length; j++) {
                    possible.get(j).add(chosen[j]);
                }
            }
            return;
        }
        boolean small = t.rows().get(suppressed.get(k)).mark() == Mark.SMALL;
        long from = small ? 1 : Disclosure.THRESHOLD;
        long to = small ? Disclosure.THRESHOLD - 1 : rest;
        for (long v = from; v <= Math.min(to, rest); v++) {
            chosen[k] = v;
            fill(t, suppressed, k + 1, rest - v, chosen, possible);
        }
    }

    private static long[] random(Random random) {
        long[] counts = new long[1 + random.nextInt(5)];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(15);
        }
        return counts;
    }
}
