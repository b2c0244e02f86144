package org.vigie.tracker.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;
import org.vigie.errors.Faults;
import org.vigie.errors.InvalidInput;

/** One value of an indicator: when it was measured, what it was, and where it comes from. */
public record Measurement(LocalDate measuredOn, BigDecimal value, String source, String recordedBy) {
    public Measurement {
        if (measuredOn == null) {
            throw new InvalidInput("measured_on", "error.required");
        }
        if (value == null) {
            throw new InvalidInput("value", "error.required");
        }
        source = FormValues.text("source", source, 2000, false);
    }

    /** Reads {@code measured_on}, {@code value}, {@code source} from a form. */
    public static Measurement parse(Function<String, String> form, String recordedBy) {
        // Every field is read before refusing, so that the form shows all its faults at once.
        Faults faults = new Faults();
        LocalDate on = faults.check(() -> FormValues.date("measured_on", form.apply("measured_on")));
        BigDecimal value = faults.check(() -> FormValues.decimal("value", form.apply("value")));
        String source = faults.check(() -> FormValues.text("source", form.apply("source"), 2000, false));
        if (on == null && !faults.has("measured_on")) {
            faults.add("measured_on", "error.required");
        }
        if (value == null && !faults.has("value")) {
            faults.add("value", "error.required");
        }
        faults.throwIfAny();
        return new Measurement(on, value, source, recordedBy);
    }
}
