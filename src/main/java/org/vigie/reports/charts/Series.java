package org.vigie.reports.charts;

import java.util.List;
import org.vigie.errors.InvalidInput;

/** One named row of counts in a chart, one count per category or period. */
public record Series(String name, List<Long> values) {

    public Series {
        if (name == null || name.isBlank()) {
            throw new InvalidInput("series", "reports.chart.series_unnamed");
        }
        values = List.copyOf(values);
        if (values.stream().anyMatch(v -> v < 0)) {
            throw new InvalidInput("series", "reports.chart.negative", name);
        }
    }
}
