package org.vigie.tracker.imports;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Remembers the results of a pure function of a cell's text for one file. A UHRI export repeats the
 * same few hundred bodies, positions, sessions, dates and lists of themes on every row, so reading each
 * once spares most of an import's parsing and shares the resulting lists between recommendations. Up to
 * {@code capacity} texts are remembered; the others are computed each time, so a hostile file of all
 * distinct cells costs no more memory than the rows it yields.
 */
final class Memo<V> {
    private final Function<String, V> function;
    private final int capacity;
    private final Map<String, V> known = new HashMap<>();

    Memo(Function<String, V> function, int capacity) {
        this.function = function;
        this.capacity = capacity;
    }

    V of(String text) {
        V value = known.get(text);
        if (value == null) {
            value = function.apply(text);
            if (known.size() < capacity && value != null) {
                known.put(text, value);
            }
        }
        return value;
    }
}
