package org.vigie.reports.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.LocalizedOptimFormats;
import org.hipparchus.optim.MaxIter;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.linear.LinearConstraint;
import org.hipparchus.optim.linear.LinearConstraintSet;
import org.hipparchus.optim.linear.LinearObjectiveFunction;
import org.hipparchus.optim.linear.NonNegativeConstraint;
import org.hipparchus.optim.linear.PivotSelectionRule;
import org.hipparchus.optim.linear.Relationship;
import org.hipparchus.optim.linear.SimplexSolver;
import org.hipparchus.optim.nonlinear.scalar.GoalType;

/**
 * The interval attack statistical offices audit against (tau-ARGUS, sdcTable): what a reader can work out
 * about each suppressed count of a {@link CellSystem}, knowing every shown count, every equation and
 * inequality, that a "&lt;5" lies between its floor (0, or 1 where zero rows are left out) and 4 and that an
 * "x" is at least 5. The feasible interval of each suppressed count is its minimum and maximum by linear
 * programming, solved by Hipparchus's {@link SimplexSolver} (Bland's rule, so a degenerate table cannot
 * cycle).
 *
 * <p>A suppressed count is protected when its interval reaches {@link #PROTECTION} below and above its true
 * value, as far as the marks themselves allow: never beyond the interval the count would have if every
 * count but the "&lt;5" were hidden as "x" (the reference). A "&lt;5" never needs to look like 6, and two
 * "&lt;5" that add up to an "x" are each at least 1 whatever else is hidden; the reference makes that the
 * limit, so hiding more always ends (hiding everything meets it) and is never asked where it cannot help.
 */
final class Audit {
    /** How far on either side of a suppressed count its interval must reach. */
    static final int PROTECTION = 2;
    /** Far more pivots than a year's few dozen unknowns need; Hipparchus stops at 100 by default. */
    private static final int MAX_PIVOTS = 100_000;
    private static final double EPS = 1e-6;
    private final CellSystem system;
    private final Disclosure[] disclosure;
    private final int[] column;
    private final int width;
    private final LinearConstraintSet constraints;
    /** What the marks alone allow (every shown count hidden as "x"); null when this is that reference. */
    private final Audit reference;
    private final Interval[] limits;
    /**
     * Tables found feasible so far, a value for every count (a shown one's own): optima of this audit's programs
     * and of the audits before it, whose marks hid less, so that each is a table this audit's reader cannot rule
     * out either. A count some such table puts far enough from its true value needs no program solved to say so.
     */
    private final List<double[]> feasible;

    /** The audit of a publication, against the reference its "&lt;5" marks allow. */
    Audit(CellSystem system, Disclosure[] disclosure) {
        this(system, disclosure, new Audit(system, everythingHidden(disclosure), null, List.of()), List.of());
    }

    private Audit(CellSystem system, Disclosure[] disclosure, Audit reference, List<double[]> feasible) {
        this.reference = reference;
        this.feasible = new ArrayList<>(feasible);
        this.limits = new Interval[system.size()];
        this.system = system;
        this.disclosure = disclosure.clone();
        column = new int[system.size()];
        Arrays.fill(column, -1);
        int hidden = 0;
        for (int v = 0; v < system.size(); v++) {
            if (disclosure[v] != Disclosure.SHOWN) {
                column[v] = hidden++;
            }
        }
        width = Math.max(hidden, 1);
        List<LinearConstraint> all = new ArrayList<>();
        for (int[] eq : system.equations()) {
            line(eq, Relationship.EQ, all);
        }
        for (int[] eq : system.atLeast()) {
            line(eq, Relationship.GEQ, all);
        }
        for (int[] pair : system.atMost()) {
            line(pair, Relationship.LEQ, all);
        }
        for (int v = 0; v < system.size(); v++) {
            if (column[v] >= 0) {
                all.add(new LinearConstraint(unit(v), Relationship.GEQ, priorLow(v)));
                if (disclosure[v] == Disclosure.SMALL) {
                    all.add(new LinearConstraint(unit(v), Relationship.LEQ, Suppression.THRESHOLD - 1));
                }
            }
        }
        constraints = new LinearConstraintSet(all);
    }

    /**
     * The same suppression with the next audit's marks, sharing this one's reference. The next marks only hide more
     * (a shown count of 5 or more becomes an "x"), so every table feasible here stays feasible there.
     */
    Audit with(Disclosure[] next) {
        return new Audit(system, next, reference, feasible);
    }

    private static Disclosure[] everythingHidden(Disclosure[] disclosure) {
        Disclosure[] all = disclosure.clone();
        for (int v = 0; v < all.length; v++) {
            all[v] = all[v] == Disclosure.SMALL ? Disclosure.SMALL : Disclosure.HIDDEN;
        }
        return all;
    }

    private double[] unit(int v) {
        double[] row = new double[width];
        row[column[v]] = 1;
        return row;
    }

    /** The parts minus the whole (the last variable), against zero; shown counts move to the right side. */
    private void line(int[] eq, Relationship relationship, List<LinearConstraint> into) {
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
            }
        }
        if (unknown) {
            into.add(new LinearConstraint(row, relationship, -constant));
        }
    }

    private double priorLow(int v) {
        return disclosure[v] == Disclosure.SMALL ? system.floor(v) : Suppression.THRESHOLD;
    }

    private double priorHigh(int v) {
        return disclosure[v] == Disclosure.SMALL ? Suppression.THRESHOLD - 1 : Double.POSITIVE_INFINITY;
    }

    /** The smallest and largest values a suppressed count could take given what is published. */
    Interval interval(int v) {
        if (column[v] < 0) {
            return new Interval(system.value(v), system.value(v));
        }
        double[] c = new double[width];
        c[column[v]] = 1;
        double min = optimum(c, GoalType.MINIMIZE);
        double max = optimum(c, GoalType.MAXIMIZE);
        return new Interval(min, max);
    }

    /**
     * The optimum of {@code c . x} over what is published, or an infinity when nothing bounds it.
     *
     * @throws IllegalStateException when no table is consistent with the published counts
     */
    private double optimum(double[] c, GoalType goal) {
        try {
            PointValuePair optimum = new SimplexSolver().optimize(new MaxIter(MAX_PIVOTS), new LinearObjectiveFunction(c, 0),
                    constraints, goal, new NonNegativeConstraint(true), PivotSelectionRule.BLAND);
            remember(optimum.getPoint());
            return optimum.getValue();
        } catch (MathIllegalStateException e) {
            if (e.getSpecifier() == LocalizedOptimFormats.UNBOUNDED_SOLUTION) {
                return goal == GoalType.MAXIMIZE ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            }
            throw new IllegalStateException("no table is consistent with the published counts: " + e.getMessage(), e);
        }
    }

    /** A solution of this audit's program as a table: the hidden counts from it, the shown ones as they are. */
    private void remember(double[] point) {
        double[] table = new double[system.size()];
        for (int v = 0; v < table.length; v++) {
            table[v] = column[v] < 0 ? system.value(v) : point[column[v]];
        }
        feasible.add(table);
    }

    /**
     * Whether a suppressed count's interval reaches the protection range on both sides of its true value.
     * The reference is asked only when the plain range is not met, as it rarely is not. A side that a table
     * already found feasible reaches needs no program: the interval's end is at least as far.
     */
    boolean isProtected(int v) {
        if (column[v] < 0) {
            return true;
        }
        long value = system.value(v);
        double[] c = new double[width];
        c[column[v]] = 1;
        double lowEnough = Math.max(priorLow(v), value - PROTECTION) + EPS;
        if (feasible.stream().noneMatch(t -> t[v] <= lowEnough)) {
            double min = optimum(c, GoalType.MINIMIZE);
            if (min > lowEnough && min > Math.max(reference.lowest(v), value - PROTECTION) + EPS) {
                return false;
            }
        }
        double highEnough = Math.min(priorHigh(v), value + PROTECTION) - EPS;
        if (feasible.stream().anyMatch(t -> t[v] >= highEnough)) {
            return true;
        }
        double max = optimum(c, GoalType.MAXIMIZE);
        return max >= highEnough || max >= Math.min(reference.highest(v), value + PROTECTION) - EPS;
    }

    private double lowest(int v) {
        if (limits[v] == null) {
            limits[v] = interval(v);
        }
        return limits[v].low();
    }

    private double highest(int v) {
        if (limits[v] == null) {
            limits[v] = interval(v);
        }
        return limits[v].high();
    }

    record Interval(double low, double high) {
        double width() {
            return high - low;
        }
    }
}
