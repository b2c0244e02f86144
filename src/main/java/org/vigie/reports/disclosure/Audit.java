package org.vigie.reports.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.LocalizedOptimFormats;
import org.hipparchus.optim.MaxIter;
import org.hipparchus.optim.linear.LinearConstraint;
import org.hipparchus.optim.linear.LinearConstraintSet;
import org.hipparchus.optim.linear.LinearObjectiveFunction;
import org.hipparchus.optim.linear.NonNegativeConstraint;
import org.hipparchus.optim.linear.PivotSelectionRule;
import org.hipparchus.optim.linear.Relationship;
import org.hipparchus.optim.linear.SimplexSolver;
import org.hipparchus.optim.nonlinear.scalar.GoalType;

/**
 * What a reader can work out about each suppressed count of a {@link CellSystem}, knowing every shown
 * count, every equation, that a "&lt;5" lies between 0 and 4 and that an "x" is at least 5: the feasible
 * interval of each suppressed count, by linear programming (its minimum and its maximum), solved by
 * Hipparchus's simplex with Bland's rule, so a degenerate table cannot make it cycle.
 */
final class Audit {
    private final CellSystem system;
    /** Far more pivots than a table's few dozen unknowns need; Hipparchus stops at 100 by default. */
    private static final int MAX_PIVOTS = 100_000;
    private final Disclosure[] disclosure;
    private final int[] column;
    private final int width;
    private final LinearConstraintSet constraints;

    Audit(CellSystem system, Disclosure[] disclosure) {
        this.system = system;
        this.disclosure = disclosure.clone();
        column = new int[system.size()];
        Arrays.fill(column, -1);
        int hidden = 0;
        int small = 0;
        for (int v = 0; v < system.size(); v++) {
            if (disclosure[v] != Disclosure.SHOWN) {
                column[v] = hidden++;
                small += disclosure[v] == Disclosure.SMALL ? 1 : 0;
            }
        }
        List<double[]> rows = new ArrayList<>();
        List<Double> rhs = new ArrayList<>();
        int width = hidden + small;
        for (int[] eq : system.equations()) {
            addEquation(eq, width, rows, rhs);
        }
        int slack = hidden;
        for (int v = 0; v < system.size(); v++) {
            if (disclosure[v] == Disclosure.SMALL) {
                double[] row = new double[width];
                row[column[v]] = 1;
                row[slack++] = 1;
                rows.add(row);
                rhs.add((double) (Suppression.THRESHOLD - 1));
            }
        }
        this.width = width;
        List<LinearConstraint> equations = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            equations.add(new LinearConstraint(rows.get(i), Relationship.EQ, rhs.get(i)));
        }
        constraints = new LinearConstraintSet(equations);
    }

    /** Lower bound a reader knows for a suppressed count; the program's variable is the count minus it. */
    private double lower(int v) {
        return disclosure[v] == Disclosure.SMALL ? 0 : Suppression.THRESHOLD;
    }

    private void addEquation(int[] eq, int width, List<double[]> rows, List<Double> rhs) {
        double[] row = new double[width];
        double constant = 0;
        boolean unknown = false;
        for (int i = 0; i < eq.length; i++) {
            int v = eq[i];
            double coefficient = i == eq.length - 1 ? -1 : 1;
            if (column[v] < 0) {
                constant += coefficient * system.value(v);
            } else {
                unknown = true;
                row[column[v]] += coefficient;
                constant += coefficient * lower(v);
            }
        }
        if (unknown) {
            rows.add(row);
            rhs.add(-constant);
        }
    }

    /** The smallest and largest values a suppressed count could take given what is published. */
    Interval interval(int v) {
        if (column[v] < 0) {
            return new Interval(system.value(v), system.value(v));
        }
        double[] c = new double[width];
        c[column[v]] = 1;
        double min = minimize(c);
        c[column[v]] = -1;
        double max = -minimize(c);
        return new Interval(min + lower(v), max + lower(v));
    }

    /**
     * The minimum of {@code c . y} over the equations and {@code y >= 0}, or negative infinity when nothing
     * bounds it.
     *
     * @throws IllegalStateException when no {@code y} satisfies the equations (published counts that
     *     contradict each other)
     */
    private double minimize(double[] c) {
        try {
            return new SimplexSolver().optimize(new MaxIter(MAX_PIVOTS), new LinearObjectiveFunction(c, 0), constraints,
                    GoalType.MINIMIZE, new NonNegativeConstraint(true), PivotSelectionRule.BLAND).getValue();
        } catch (MathIllegalStateException e) {
            if (e.getSpecifier() == LocalizedOptimFormats.UNBOUNDED_SOLUTION) {
                return Double.NEGATIVE_INFINITY;
            }
            throw new IllegalStateException("no table is consistent with the published counts: " + e.getMessage(), e);
        }
    }

    /** The first suppressed count a reader could pin to one value, if any. */
    OptionalInt firstExposed() {
        for (int v = 0; v < system.size(); v++) {
            if (disclosure[v] != Disclosure.SHOWN && interval(v).width() < 1 - 1e-6) {
                return OptionalInt.of(v);
            }
        }
        return OptionalInt.empty();
    }

    record Interval(double low, double high) {
        double width() {
            return high - low;
        }
    }
}
