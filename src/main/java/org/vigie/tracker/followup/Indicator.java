package org.vigie.tracker.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.vigie.tracker.reminders.Frequency;

/** How progress on a recommendation is measured: a baseline, a target, a frequency and the values measured. */
public record Indicator(long id, long recommendationId, String name, String unit, BigDecimal baselineValue,
                        LocalDate baselineOn, BigDecimal targetValue, LocalDate targetOn, Frequency frequency,
                        List<Measurement> values) {
    public Indicator {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(frequency, "frequency");
        values = List.copyOf(values);
    }

    /** The newest value, or null before the first measure. */
    public Measurement latest() {
        return values.isEmpty() ? null : values.get(values.size() - 1);
    }
}
