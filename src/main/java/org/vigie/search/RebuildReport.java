package org.vigie.search;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** What a rebuild of the index did: how many documents of each kind it indexed, and how long it took. */
public record RebuildReport(Map<String, Long> countsPerKind, Duration took) {

    public RebuildReport {
        countsPerKind = Collections.unmodifiableMap(new TreeMap<>(countsPerKind));
        Objects.requireNonNull(took, "took");
    }

    public long total() {
        return countsPerKind.values().stream().mapToLong(Long::longValue).sum();
    }
}
