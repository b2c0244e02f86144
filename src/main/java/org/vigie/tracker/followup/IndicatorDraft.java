package org.vigie.tracker.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;
import org.vigie.tracker.reminders.Frequency;

/** An indicator as a form gives it, checked. */
public record IndicatorDraft(String name, String unit, BigDecimal baselineValue, LocalDate baselineOn,
                             BigDecimal targetValue, LocalDate targetOn, Frequency frequency) {
    public IndicatorDraft {
        name = FormValues.text("name", name, 500, true);
        unit = FormValues.text("unit", unit, 100, true);
        if (frequency == null) {
            throw new org.vigie.errors.InvalidInput("frequency", "error.required");
        }
    }

    /** Reads {@code name}, {@code unit}, {@code baseline_value}, {@code baseline_on}, {@code target_value}, {@code target_on}, {@code frequency}. */
    public static IndicatorDraft parse(Function<String, String> form) {
        String f = form.apply("frequency");
        return new IndicatorDraft(form.apply("name"), form.apply("unit"),
                FormValues.decimal("baseline_value", form.apply("baseline_value")), FormValues.date("baseline_on", form.apply("baseline_on")),
                FormValues.decimal("target_value", form.apply("target_value")), FormValues.date("target_on", form.apply("target_on")),
                f == null || f.isBlank() ? null : Frequency.parse("frequency", f));
    }
}
