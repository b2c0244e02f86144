package org.vigie.reports.charts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.vigie.errors.InvalidInput;
import org.vigie.i18n.Lang;

/**
 * The classes of a choropleth map, each from its lower bound up to the next one's (the last open above):
 * fixed by the caller, or quantiles of the mapped values. Quantiles know the largest value, so their last
 * class is closed ("100 – 240"); fixed breaks leave it open ("100 or more").
 *
 * @param highest the largest mapped value, or null when the last class is open
 */
public record ClassBreaks(List<Long> lowerBounds, Long highest) {
    static final int MAX_CLASSES = 5;

    public ClassBreaks(List<Long> lowerBounds) {
        this(lowerBounds, null);
    }

    public ClassBreaks {
        lowerBounds = List.copyOf(lowerBounds);
        if (lowerBounds.isEmpty() || lowerBounds.size() > MAX_CLASSES) {
            throw new InvalidInput("breaks", "reports.map.classes", MAX_CLASSES);
        }
        for (int i = 1; i < lowerBounds.size(); i++) {
            if (lowerBounds.get(i) <= lowerBounds.get(i - 1)) {
                throw new InvalidInput("breaks", "reports.map.breaks_order");
            }
        }
    }

    /** Up to {@code classes} classes holding about as many units each; fewer when values repeat. */
    public static ClassBreaks quantiles(Collection<Long> values, int classes) {
        List<Long> sorted = values.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return new ClassBreaks(List.of(0L), 0L);
        }
        TreeSet<Long> bounds = new TreeSet<>();
        bounds.add(Math.min(0, sorted.get(0)));
        for (int k = 1; k < classes; k++) {
            bounds.add(sorted.get(k * sorted.size() / classes));
        }
        return new ClassBreaks(new ArrayList<>(bounds), sorted.get(sorted.size() - 1));
    }

    /**
     * Classes of counts, where most units often have none: zero, when some unit has it, is a class of its own
     * (so that 6 incidents are never the colour of none), and the units with some are split in quantiles over
     * the remaining classes, the last closed at the largest count. Quantiles rather than Jenks' natural breaks:
     * with a few dozen units and counts that repeat, both give close classes, and quantiles are what the
     * legend's readers (and the OCHA maps they know) expect.
     */
    public static ClassBreaks counts(Collection<Long> values, int classes) {
        List<Long> some = values.stream().filter(v -> v > 0).sorted().toList();
        if (some.isEmpty()) {
            return new ClassBreaks(List.of(0L), 0L);
        }
        boolean zero = values.stream().anyMatch(v -> v <= 0);
        TreeSet<Long> bounds = new TreeSet<>();
        if (zero) {
            bounds.add(0L);
            bounds.add(1L);
        } else {
            bounds.add(some.get(0));
        }
        int k = zero ? classes - 1 : classes;
        for (int j = 1; j < k; j++) {
            bounds.add(some.get(j * some.size() / k));
        }
        return new ClassBreaks(new ArrayList<>(bounds), some.get(some.size() - 1));
    }

    /** The class a value falls in. */
    int classOf(long value) {
        int c = 0;
        for (int i = 0; i < lowerBounds.size(); i++) {
            if (value >= lowerBounds.get(i)) {
                c = i;
            }
        }
        return c;
    }

    String label(int c, Lang lang) {
        String low = Svg.number(lang, lowerBounds.get(c));
        if (c == lowerBounds.size() - 1 && highest == null) {
            return lang == Lang.FR ? low + " et plus" : low + " or more";
        }
        long high = c == lowerBounds.size() - 1 ? Math.max(highest, lowerBounds.get(c)) : lowerBounds.get(c + 1) - 1;
        return high == lowerBounds.get(c) ? low : low + " – " + Svg.number(lang, high);
    }
}
