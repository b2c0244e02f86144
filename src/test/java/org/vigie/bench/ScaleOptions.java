package org.vigie.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The options the scale benchmarks share ({@code bench/observatory}, {@code bench/public}, {@code bench/report}):
 * counts as {@code --NAME N} (written with or without "_" or ","), and {@code --record FILE}. Each benchmark
 * names the counts it knows and their defaults.
 */
record ScaleOptions(Map<String, Integer> counts, Path record) {

    static ScaleOptions parse(String[] args, Map<String, Integer> defaults) {
        Map<String, Integer> counts = new HashMap<>(defaults);
        Path record = null;
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i].replaceFirst("^--", "");
            String value = i + 1 < args.length ? args[i + 1] : "";
            if (name.equals("record")) {
                record = Path.of(value);
            } else if (defaults.containsKey(name)) {
                counts.put(name, Integer.parseInt(value.replace("_", "").replace(",", "")));
            } else {
                throw new IllegalArgumentException("unknown option " + args[i] + " (known: --"
                        + String.join(" N, --", new TreeSet<>(defaults.keySet())) + " N, --record FILE)");
            }
        }
        return new ScaleOptions(Map.copyOf(counts), record);
    }

    int count(String name) {
        return counts.get(name);
    }
}
