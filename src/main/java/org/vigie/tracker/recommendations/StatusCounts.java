package org.vigie.tracker.recommendations;

import java.util.EnumMap;
import java.util.Map;

/** How many recommendations of one group (a theme, an institution) stand at each status. */
public record StatusCounts(String group, Map<Status, Long> counts) {
    public StatusCounts {
        java.util.Objects.requireNonNull(group, "group");
        EnumMap<Status, Long> all = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            all.put(s, counts.getOrDefault(s, 0L));
        }
        counts = java.util.Collections.unmodifiableMap(all);
    }

    public long count(Status s) {
        return counts.get(s);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
