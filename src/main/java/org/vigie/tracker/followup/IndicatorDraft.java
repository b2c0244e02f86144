package org.vigie.tracker.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;
import org.vigie.errors.Faults;
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
        // Every field is read before refusing, so that the form shows all its faults at once.
        Faults faults = new Faults();
        String f = form.apply("frequency");
        String name = faults.check(() -> FormValues.text("name", form.apply("name"), 500, true));
        String unit = faults.check(() -> FormValues.text("unit", form.apply("unit"), 100, true));
        BigDecimal baseline = faults.check(() -> FormValues.decimal("baseline_value", form.apply("baseline_value")));
        LocalDate baselineOn = faults.check(() -> FormValues.date("baseline_on", form.apply("baseline_on")));
        BigDecimal target = faults.check(() -> FormValues.decimal("target_value", form.apply("target_value")));
        LocalDate targetOn = faults.check(() -> FormValues.date("target_on", form.apply("target_on")));
        Frequency frequency = faults.check(() -> f == null || f.isBlank() ? null : Frequency.parse("frequency", f));
        if (frequency == null && !faults.has("frequency")) {
            faults.add("frequency", "error.required");
        }
        faults.throwIfAny();
        return new IndicatorDraft(name, unit, baseline, baselineOn, target, targetOn, frequency);
    }
}
