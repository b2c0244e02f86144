package org.vigie.reports.charts;

/**
 * The value axis of a chart: from zero to a round maximum above the largest value, with ticks at a step of
 * 1, 2 or 5 times a power of ten, so that gridlines fall on numbers a reader can read.
 */
record ValueScale(long max, long step) {
    private static final int TICKS = 5;

    static ValueScale covering(long largest) {
        if (largest <= 0) {
            return new ValueScale(TICKS, 1);
        }
        double raw = (double) largest / TICKS;
        long power = 1;
        while (power * 10 <= raw) {
            power *= 10;
        }
        long step = power;
        for (long factor : new long[] {1, 2, 5, 10}) {
            if (power * factor >= raw) {
                step = power * factor;
                break;
            }
        }
        long max = ((largest + step - 1) / step) * step;
        return new ValueScale(max, step);
    }

    /** The length of {@code value} on an axis {@code length} long. */
    double length(long value, double length) {
        return value * length / max;
    }
}
