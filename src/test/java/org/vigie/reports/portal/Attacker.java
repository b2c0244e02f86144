package org.vigie.reports.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * An anonymous reader who differences what the portal serves, written apart from the code under test: it
 * reads only the served text (a table's caption, unit, rows and total), and knows that a table with a total
 * adds up to it, that tables of the same unit on one year's pages count the same people (so their totals are
 * one number), that "&lt;5" is 0 to 4 and "x" at least 5. For each suppressed count it works out the least and
 * greatest value by linear programming (the interval attack), and compares it with the truth.
 */
final class Attacker {
    private static final Pattern TABLE = Pattern.compile("<table class=\"figure\"(?: id=\"([^\"]*)\")?>(.*?)</table>", Pattern.DOTALL);
    private static final Pattern CAPTION = Pattern.compile("<caption>(.*?)</caption>", Pattern.DOTALL);
    private static final Pattern UNIT = Pattern.compile("<thead>.*?<th scope=\"col\" class=\"num\">(.*?)</th>", Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile("<tr><th scope=\"row\">(.*?)</th><td class=\"num\">(.*?)</td></tr>", Pattern.DOTALL);

    /** One served table: rows by label, and the total when one is printed. */
    record Served(String id, String caption, String unit, Map<String, String> rows, String total) {
        Served(String caption, String unit, Map<String, String> rows, String total) {
            this("", caption, unit, rows, total);
        }
    }

    /** A suppressed count the reader narrowed down more than the protection range allows. */
    record Breach(String table, String row, long truth, double low, double high) {
    }

    /** The figure tables of a served page, as a reader sees them. */
    static List<Served> read(String html) {
        List<Served> out = new ArrayList<>();
        Matcher t = TABLE.matcher(html);
        while (t.find()) {
            String id = t.group(1) == null ? "" : t.group(1);
            String body = t.group(2);
            Matcher caption = CAPTION.matcher(body);
            Matcher unit = UNIT.matcher(body);
            caption.find();
            unit.find();
            Map<String, String> rows = new LinkedHashMap<>();
            String total = null;
            Matcher r = ROW.matcher(body);
            int foot = body.indexOf("<tfoot>");
            while (r.find()) {
                if (foot >= 0 && r.start() > foot) {
                    total = r.group(2).strip();
                } else {
                    rows.put(r.group(1).strip(), r.group(2).strip());
                }
            }
            out.add(new Served(id, caption.group(1).strip(), unit.group(1).strip(), rows, total));
        }
        return out;
    }

    /**
     * What the reader knows beyond the tables' text: which tables list only places with members (there a
     * "&lt;5" is 1 to 4, as the page says), and, from the public gazetteer, the region of each cercle, so that
     * the cercles of a region add up to at most the region's row ({@code cercleTables} maps a table of
     * cercles' caption to the caption of the regions of the same unit; {@code regionOf} a cercle's row label to
     * its region's).
     */
    record Knowledge(java.util.Set<String> zerosOmitted, Map<String, String> cercleTables, Map<String, String> regionOf) {
        static final Knowledge NONE = new Knowledge(java.util.Set.of(), Map.of(), Map.of());
    }

    private final List<String> texts = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<Double> floors = new ArrayList<>();
    private final List<int[]> sums = new ArrayList<>();
    /** Lines (parts..., whole) whose parts add up to at most the whole. */
    private final List<int[]> atMost = new ArrayList<>();

    Attacker(List<Served> tables) {
        this(tables, Knowledge.NONE);
    }

    /** A reader of the tables served for one year, pages put together (the same table twice is read once). */
    Attacker(List<Served> tables, Knowledge knowledge) {
        Map<String, Integer> totals = new LinkedHashMap<>();
        Map<String, Served> distinct = new LinkedHashMap<>();
        tables.forEach(t -> distinct.putIfAbsent(t.caption(), t));
        for (Served t : distinct.values()) {
            int[] line = new int[t.rows().size() + 1];
            int i = 0;
            double floor = knowledge.zerosOmitted().contains(t.caption()) ? 1 : 0;
            for (var row : t.rows().entrySet()) {
                line[i++] = variable(t.caption() + " / " + row.getKey(), row.getValue(), floor);
            }
            if (t.total() != null) {
                Integer total = totals.get(t.unit());
                if (total == null) {
                    total = variable(t.unit() + " / total", t.total(), 0);
                    totals.put(t.unit(), total);
                } else if (!texts.get(total).equals(t.total())) {
                    throw new AssertionError("two totals of " + t.unit() + " differ: " + texts.get(total) + " and " + t.total());
                }
                line[i] = total;
                sums.add(line);
            }
        }
        nest(knowledge);
    }

    private int variable(String name, String text, double floor) {
        names.add(name);
        texts.add(text);
        floors.add(floor);
        return names.size() - 1;
    }

    /** The cercles of each region add up to at most the region's row: what the gazetteer tells a reader. */
    private void nest(Knowledge knowledge) {
        knowledge.cercleTables().forEach((cercles, regions) -> {
            Map<String, List<Integer>> parts = new LinkedHashMap<>();
            for (int v = 0; v < names.size(); v++) {
                String name = names.get(v);
                if (name.startsWith(cercles + " / ")) {
                    String region = knowledge.regionOf().get(name.substring(cercles.length() + 3));
                    if (region != null) {
                        parts.computeIfAbsent(region, r -> new ArrayList<>()).add(v);
                    }
                }
            }
            parts.forEach((region, vars) -> {
                int whole = names.indexOf(regions + " / " + region);
                int[] line = new int[vars.size() + 1];
                for (int i = 0; i < vars.size(); i++) {
                    line[i] = vars.get(i);
                }
                if (whole < 0) {
                    throw new AssertionError("cercles listed in " + cercles + " under a region missing from " + regions + ": " + region);
                }
                line[vars.size()] = whole;
                atMost.add(line);
            });
        });
    }

    /**
     * Every suppressed count whose interval does not reach 2 below and above its truth, as far as the marks
     * alone allow (the interval it has when every shown number is read as "x"); {@code truth} gives the true
     * count of a variable name ("caption / row label" or "unit / total").
     */
    List<Breach> breaches(Map<String, Long> truth) {
        List<Breach> out = new ArrayList<>();
        LinearConstraintSet published = constraints(false);
        LinearConstraintSet marksOnly = constraints(true);
        for (int v = 0; v < texts.size(); v++) {
            if (!suppressed(texts.get(v)) || !inSum(v)) {
                continue; // a count in no sum is only its mark: 0 to 4, or 5 or more
            }
            long value = truth.getOrDefault(names.get(v), 0L);
            double low = optimum(published, v, GoalType.MINIMIZE);
            double high = optimum(published, v, GoalType.MAXIMIZE);
            double floor = texts.get(v).equals("x") ? 5 : floors.get(v);
            double ceiling = texts.get(v).equals("x") ? Double.POSITIVE_INFINITY : 4;
            // The marks alone are asked only when the plain range is not met.
            boolean lowMet = low <= Math.max(floor, value - 2) + 1e-6 || low <= Math.max(optimum(marksOnly, v, GoalType.MINIMIZE), value - 2) + 1e-6;
            boolean highMet = high >= Math.min(ceiling, value + 2) - 1e-6 || high >= Math.min(optimum(marksOnly, v, GoalType.MAXIMIZE), value + 2) - 1e-6;
            if (!lowMet || !highMet || high - low < 1 - 1e-6) {
                out.add(new Breach(names.get(v), texts.get(v), value, low, high));
            }
        }
        return out;
    }

    private boolean inSum(int v) {
        return java.util.stream.Stream.concat(sums.stream(), atMost.stream())
                .anyMatch(line -> java.util.stream.IntStream.of(line).anyMatch(x -> x == v));
    }

    int suppressedCount() {
        return (int) texts.stream().filter(Attacker::suppressed).count();
    }

    private static boolean suppressed(String text) {
        return text.equals("&lt;5") || text.equals("<5") || text.equals("x");
    }

    private LinearConstraintSet constraints(boolean marksOnly) {
        int n = texts.size();
        List<LinearConstraint> out = new ArrayList<>();
        for (int[] line : sums) {
            double[] row = new double[n];
            for (int i = 0; i < line.length; i++) {
                row[line[i]] += i == line.length - 1 ? -1 : 1;
            }
            out.add(new LinearConstraint(row, Relationship.EQ, 0));
        }
        for (int[] line : atMost) {
            double[] row = new double[n];
            for (int i = 0; i < line.length; i++) {
                row[line[i]] += i == line.length - 1 ? -1 : 1;
            }
            out.add(new LinearConstraint(row, Relationship.LEQ, 0));
        }
        for (int v = 0; v < n; v++) {
            double[] row = new double[n];
            row[v] = 1;
            String text = texts.get(v);
            if (text.equals("&lt;5") || text.equals("<5")) {
                out.add(new LinearConstraint(row, Relationship.LEQ, 4));
                out.add(new LinearConstraint(row, Relationship.GEQ, floors.get(v)));
            } else if (text.equals("x") || marksOnly && Long.parseLong(text.replaceAll("\\D", "")) >= 5) {
                // The marks alone: every count shown is read as an "x" (a count under 5 is shown only when nobody is counted).
                out.add(new LinearConstraint(row, Relationship.GEQ, 5));
            } else {
                out.add(new LinearConstraint(row, Relationship.EQ, Long.parseLong(text.replaceAll("\\D", ""))));
            }
        }
        return new LinearConstraintSet(out);
    }

    private double optimum(LinearConstraintSet constraints, int v, GoalType goal) {
        double[] c = new double[texts.size()];
        c[v] = 1;
        try {
            return new SimplexSolver().optimize(new MaxIter(100_000), new LinearObjectiveFunction(c, 0), constraints, goal,
                    new NonNegativeConstraint(true), PivotSelectionRule.BLAND).getValue();
        } catch (MathIllegalStateException e) {
            if (goal == GoalType.MAXIMIZE && e.getSpecifier() == LocalizedOptimFormats.UNBOUNDED_SOLUTION) {
                return Double.POSITIVE_INFINITY;
            }
            throw new AssertionError("the served tables contradict each other: " + names, e);
        }
    }
}
