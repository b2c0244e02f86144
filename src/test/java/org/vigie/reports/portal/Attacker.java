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
        Programs published = new Programs(false);
        Programs marksOnly = new Programs(true);
        for (int v = 0; v < texts.size(); v++) {
            if (!suppressed(texts.get(v)) || !inSum(v)) {
                continue; // a count in no sum is only its mark: 0 to 4, or 5 or more
            }
            long value = truth.getOrDefault(names.get(v), 0L);
            double floor = texts.get(v).equals("x") ? 5 : floors.get(v);
            double ceiling = texts.get(v).equals("x") ? Double.POSITIVE_INFINITY : 4;
            double low = published.lowest(v, Math.max(floor, value - 2));
            double high = published.highest(v, Math.min(ceiling, value + 2));
            if (high - low < 1 - 1e-6) {
                low = published.optimum(v, GoalType.MINIMIZE);
                high = published.optimum(v, GoalType.MAXIMIZE);
            }
            // The marks alone are asked only when the plain range is not met.
            boolean lowMet = low <= Math.max(floor, value - 2) + 1e-6 || low <= Math.max(marksOnly.optimum(v, GoalType.MINIMIZE), value - 2) + 1e-6;
            boolean highMet = high >= Math.min(ceiling, value + 2) - 1e-6 || high >= Math.min(marksOnly.optimum(v, GoalType.MAXIMIZE), value + 2) - 1e-6;
            if (!lowMet || !highMet || high - low < 1 - 1e-6) {
                out.add(new Breach(names.get(v), texts.get(v), value, published.optimum(v, GoalType.MINIMIZE),
                        published.optimum(v, GoalType.MAXIMIZE)));
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

    private static long number(String text) {
        return Long.parseLong(text.replaceAll("\\D", ""));
    }

    /**
     * The reader's linear programs: every count read as a number is that number, every other one an unknown
     * bounded by its mark. A count read as a number is moved to the right-hand side of the lines it is in, and the
     * unknowns split into groups that share no line; a count's least and greatest values are those of the program
     * of its group alone, since the other groups' unknowns can take any of their own feasible values beside it.
     * This is the program of every count at once, solved in small pieces (a year's program of a hundred counts,
     * each a constraint, took the simplex a second); a line of numbers only must hold as written, or the tables
     * contradict each other as they would in the whole program.
     */
    private final class Programs {
        private final boolean marksOnly;
        /** The group of each unknown (a union-find forest over the lines), -1 for a count read as a number. */
        private final int[] parent;
        private final Map<Integer, Program> byGroup = new java.util.HashMap<>();

        /** @param marksOnly every count shown as 5 or more read as "x" (the marks alone) */
        Programs(boolean marksOnly) {
            this.marksOnly = marksOnly;
            int n = texts.size();
            parent = new int[n];
            for (int v = 0; v < n; v++) {
                parent[v] = unknown(v) ? v : -1;
            }
            for (Line line : lines()) {
                int first = -1;
                double constant = 0;
                for (int i = 0; i < line.members().length; i++) {
                    int v = line.members()[i];
                    if (parent[v] < 0) {
                        constant += line.coefficient(i) * number(texts.get(v));
                    } else if (first < 0) {
                        first = v;
                    } else {
                        parent[root(v)] = root(first);
                    }
                }
                if (first < 0 && (line.relationship() == Relationship.EQ ? constant != 0 : constant > 0)) {
                    throw new AssertionError("the served tables contradict each other: " + names);
                }
            }
        }

        private boolean unknown(int v) {
            String text = texts.get(v);
            return suppressed(text) || marksOnly && number(text) >= 5;
        }

        private List<Line> lines() {
            List<Line> all = new ArrayList<>();
            sums.forEach(line -> all.add(new Line(line, Relationship.EQ)));
            atMost.forEach(line -> all.add(new Line(line, Relationship.LEQ)));
            return all;
        }

        private int root(int v) {
            while (parent[v] != v) {
                parent[v] = parent[parent[v]];
                v = parent[v];
            }
            return v;
        }

        double optimum(int v, GoalType goal) {
            return group(v).optimum(v, goal);
        }

        /**
         * A value of {@code v} at most {@code target} in a solution already found (every solution of a group's
         * program is a table the reader cannot rule out), or else its least value: the minimum is at most the
         * value returned, and the two agree whenever the returned value is above the target.
         */
        double lowest(int v, double target) {
            double seen = group(v).seen(v, GoalType.MINIMIZE);
            return seen <= target + 1e-6 ? seen : optimum(v, GoalType.MINIMIZE);
        }

        /** As {@link #lowest}, the other way: a value at least {@code target} already seen, or the greatest. */
        double highest(int v, double target) {
            double seen = group(v).seen(v, GoalType.MAXIMIZE);
            return seen >= target - 1e-6 ? seen : optimum(v, GoalType.MAXIMIZE);
        }

        private Program group(int v) {
            return byGroup.computeIfAbsent(root(v), this::program);
        }

        /** The lines and bounds of one group's unknowns, the numbers on the right-hand side. */
        private Program program(int group) {
            int n = texts.size();
            int[] column = new int[n];
            java.util.Arrays.fill(column, -1);
            int width = 0;
            for (int v = 0; v < n; v++) {
                if (parent[v] >= 0 && root(v) == group) {
                    column[v] = width++;
                }
            }
            List<LinearConstraint> out = new ArrayList<>();
            for (Line line : lines()) {
                double[] row = new double[width];
                double constant = 0;
                boolean mine = false;
                for (int i = 0; i < line.members().length; i++) {
                    int v = line.members()[i];
                    double coefficient = line.coefficient(i);
                    if (column[v] >= 0) {
                        row[column[v]] += coefficient;
                        mine = true;
                    } else if (parent[v] < 0) {
                        constant += coefficient * number(texts.get(v));
                    }
                }
                if (mine) {
                    out.add(new LinearConstraint(row, line.relationship(), -constant));
                }
            }
            for (int v = 0; v < n; v++) {
                if (column[v] < 0) {
                    continue;
                }
                double[] row = new double[width];
                row[column[v]] = 1;
                String text = texts.get(v);
                if (text.equals("&lt;5") || text.equals("<5")) {
                    out.add(new LinearConstraint(row, Relationship.LEQ, 4));
                    out.add(new LinearConstraint(row, Relationship.GEQ, floors.get(v)));
                } else {
                    // An "x", or with the marks alone a count shown (a count under 5 is shown only when nobody is counted).
                    out.add(new LinearConstraint(row, Relationship.GEQ, 5));
                }
            }
            return new Program(new LinearConstraintSet(out), column, width, names);
        }
    }

    /** The parts (all but the last member) minus the whole (the last), equal to or at most zero. */
    private record Line(int[] members, Relationship relationship) {
        double coefficient(int i) {
            return i == members.length - 1 ? -1 : 1;
        }
    }

    /** One group's program, with the solutions found so far. */
    private static final class Program {
        private final LinearConstraintSet constraints;
        private final int[] column;
        private final int width;
        private final List<String> names;
        private final List<double[]> solutions = new ArrayList<>();

        Program(LinearConstraintSet constraints, int[] column, int width, List<String> names) {
            this.constraints = constraints;
            this.column = column;
            this.width = width;
            this.names = names;
        }

        /** The least (or greatest) value of {@code v} among the solutions found so far; an infinity if none. */
        double seen(int v, GoalType goal) {
            double best = goal == GoalType.MINIMIZE ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            for (double[] x : solutions) {
                best = goal == GoalType.MINIMIZE ? Math.min(best, x[column[v]]) : Math.max(best, x[column[v]]);
            }
            return best;
        }

        double optimum(int v, GoalType goal) {
            double[] c = new double[width];
            c[column[v]] = 1;
            try {
                PointValuePair solution = new SimplexSolver().optimize(new MaxIter(100_000), new LinearObjectiveFunction(c, 0),
                        constraints, goal, new NonNegativeConstraint(true), PivotSelectionRule.BLAND);
                solutions.add(solution.getPoint());
                return solution.getValue();
            } catch (MathIllegalStateException e) {
                if (goal == GoalType.MAXIMIZE && e.getSpecifier() == LocalizedOptimFormats.UNBOUNDED_SOLUTION) {
                    return Double.POSITIVE_INFINITY;
                }
                throw new AssertionError("the served tables contradict each other: " + names, e);
            }
        }
    }
}
