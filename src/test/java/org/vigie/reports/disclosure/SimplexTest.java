package org.vigie.reports.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SimplexTest {

    @Test
    void the_minimum_of_a_bounded_program_is_found() {
        // x + y = 10, x + s = 4 (x <= 4): the least y is 6.
        double[][] a = {{1, 1, 0}, {1, 0, 1}};
        double[] b = {10, 4};

        assertThat(Simplex.minimize(a, b, new double[] {0, 1, 0})).isCloseTo(6, within(1e-9));
        assertThat(-Simplex.minimize(a, b, new double[] {0, -1, 0})).isCloseTo(10, within(1e-9));
    }

    @Test
    void a_program_unbounded_below_gives_negative_infinity() {
        // x - y = 3 lets y grow without end.
        assertThat(Simplex.minimize(new double[][] {{1, -1}}, new double[] {3}, new double[] {0, -1}))
                .isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void a_repeated_equation_does_not_stop_the_solver() {
        double[][] a = {{1, 1}, {1, 1}, {2, 2}};

        assertThat(Simplex.minimize(a, new double[] {5, 5, 10}, new double[] {1, 0})).isCloseTo(0, within(1e-9));
    }

    @Test
    void an_infeasible_program_is_reported() {
        assertThatThrownBy(() -> Simplex.minimize(new double[][] {{1, 1}}, new double[] {-1}, new double[] {1, 0}))
                .isInstanceOf(IllegalStateException.class);
    }
}
