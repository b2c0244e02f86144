package org.vigie.registries.proceedings;

import org.vigie.errors.InvalidInput;
import org.vigie.registries.Coded;
import org.vigie.registries.Input;

/** What the list of proceedings shows: by stage, by charge, by words of the case number or court; one page. */
public record ProceedingFilter(ProceedingStage stage, ChargeClass chargeClass, String words, int offset, int limit) {
    public static final int MAX_LIMIT = 200;

    public ProceedingFilter {
        words = words == null || words.isBlank() ? null : words.strip();
        if (offset < 0) {
            throw new InvalidInput("offset", "error.range", offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInput("limit", "error.range", limit);
        }
    }

    public static ProceedingFilter from(Input in, int offset, int limit) {
        String stage = in.one("stage");
        String charge = in.one("charge_class");
        return new ProceedingFilter(stage == null || stage.isBlank() ? null : Coded.parse(ProceedingStage.class, "stage", stage),
                charge == null || charge.isBlank() ? null : Coded.parse(ChargeClass.class, "charge_class", charge),
                in.one("q"), offset, limit);
    }

    public ProceedingFilter page(int newOffset) {
        return new ProceedingFilter(stage, chargeClass, words, Math.max(0, newOffset), limit);
    }
}
