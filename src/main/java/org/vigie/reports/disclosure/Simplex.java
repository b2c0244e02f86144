package org.vigie.reports.disclosure;

/**
 * The smallest value of a linear objective over {@code A y = b, y >= 0}: a dense two-phase simplex with
 * Bland's rule, so it cannot cycle. Tables audited for disclosure give programs of a few dozen variables,
 * which a tableau solves in microseconds; nothing here aims at large programs.
 */
final class Simplex {
    private static final double EPS = 1e-9;

    private final double[][] t;
    private final int[] basis;
    private final int real;

    private Simplex(double[][] a, double[] b) {
        int m = a.length;
        real = m == 0 ? 0 : a[0].length;
        t = new double[m][real + m + 1];
        basis = new int[m];
        for (int i = 0; i < m; i++) {
            double sign = b[i] < 0 ? -1 : 1;
            for (int j = 0; j < real; j++) {
                t[i][j] = sign * a[i][j];
            }
            t[i][real + i] = 1;
            t[i][real + m] = sign * b[i];
            basis[i] = real + i;
        }
    }

    /**
     * The minimum of {@code c . y}, or negative infinity when the program is unbounded below.
     *
     * @throws IllegalStateException when no {@code y} satisfies the constraints
     */
    static double minimize(double[][] a, double[] b, double[] c) {
        Simplex s = new Simplex(a, b);
        return s.solve(c);
    }

    private double solve(double[] c) {
        int m = basis.length;
        double[] phaseOne = new double[real + m];
        for (int k = real; k < real + m; k++) {
            phaseOne[k] = 1;
        }
        run(phaseOne, real + m);
        for (int i = 0; i < m; i++) {
            if (basis[i] >= real && rhs(i) > 1e-7) {
                throw new IllegalStateException("no solution satisfies the constraints");
            }
        }
        driveOutArtificials();
        double[] phaseTwo = new double[real + m];
        System.arraycopy(c, 0, phaseTwo, 0, real);
        if (!run(phaseTwo, real)) {
            return Double.NEGATIVE_INFINITY;
        }
        double value = 0;
        for (int i = 0; i < m; i++) {
            if (basis[i] < real) {
                value += c[basis[i]] * rhs(i);
            }
        }
        return value;
    }

    private double rhs(int row) {
        return t[row][t[row].length - 1];
    }

    /** An artificial left in the basis at zero either leaves it or marks a redundant equation. */
    private void driveOutArtificials() {
        for (int i = 0; i < basis.length; i++) {
            if (basis[i] >= real) {
                for (int j = 0; j < real; j++) {
                    if (Math.abs(t[i][j]) > EPS) {
                        pivot(i, j);
                        break;
                    }
                }
            }
        }
    }

    /** Pivots until optimal (true) or unbounded (false); only the first {@code columns} may enter. */
    private boolean run(double[] cost, int columns) {
        while (true) {
            int entering = -1;
            for (int j = 0; j < columns && entering < 0; j++) {
                if (reducedCost(cost, j) < -EPS) {
                    entering = j;
                }
            }
            if (entering < 0) {
                return true;
            }
            int leaving = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < basis.length; i++) {
                if (t[i][entering] > EPS) {
                    double ratio = rhs(i) / t[i][entering];
                    if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && basis[i] < basis[leaving])) {
                        best = ratio;
                        leaving = i;
                    }
                }
            }
            if (leaving < 0) {
                return false;
            }
            pivot(leaving, entering);
        }
    }

    private double reducedCost(double[] cost, int column) {
        double d = cost[column];
        for (int i = 0; i < basis.length; i++) {
            d -= cost[basis[i]] * t[i][column];
        }
        return d;
    }

    private void pivot(int row, int column) {
        double p = t[row][column];
        double[] pivotRow = t[row];
        for (int j = 0; j < pivotRow.length; j++) {
            pivotRow[j] /= p;
        }
        for (int i = 0; i < t.length; i++) {
            double f = t[i][column];
            if (i != row && f != 0) {
                for (int j = 0; j < pivotRow.length; j++) {
                    t[i][j] -= f * pivotRow[j];
                }
            }
        }
        basis[row] = column;
    }
}
