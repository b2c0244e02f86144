package org.vigie.registries.proceedings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.vigie.errors.InvalidInput;
import org.vigie.observatory.vocabulary.PerpetratorCategory;
import org.vigie.registries.Coded;
import org.vigie.registries.Fields;
import org.vigie.registries.Input;

/** A judicial proceeding as first recorded: case number, court, charges, suspects by category, stage. */
public record NewProceeding(String reference, String court, String charges, Set<ChargeClass> chargeClasses,
                            ProceedingStage stage, LocalDate stageOn, String outcome, List<SuspectGroup> suspects) {
    static final int MAX_TEXT = 5000;

    public NewProceeding {
        reference = Fields.required("reference", reference, 100);
        court = Fields.required("court", court, 300);
        charges = Fields.optional("charges", charges, MAX_TEXT);
        if (chargeClasses == null || chargeClasses.isEmpty()) {
            throw new InvalidInput("charge_classes", "error.required");
        }
        chargeClasses = java.util.Collections.unmodifiableSet(EnumSet.copyOf(chargeClasses));
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(stageOn, "stageOn");
        outcome = Fields.optional("outcome", outcome, MAX_TEXT);
        suspects = List.copyOf(suspects);
    }

    /** Reads a form or JSON object; suspects come as {@code suspects_<category>} counts and {@code suspect_names_<category>}. */
    static NewProceeding from(Input in, boolean mayGiveNames, LocalDate today) {
        return new NewProceeding(in.one("reference"), in.one("court"), in.one("charges"),
                Coded.parseAll(ChargeClass.class, "charge_classes", in.all("charge_classes")),
                Coded.parse(ProceedingStage.class, "stage", in.one("stage")),
                Fields.requiredDate("stage_on", in.one("stage_on"), today), in.one("outcome"), suspects(in, mayGiveNames));
    }

    static List<SuspectGroup> suspects(Input in, boolean mayGiveNames) {
        List<SuspectGroup> out = new ArrayList<>();
        for (PerpetratorCategory c : PerpetratorCategory.values()) {
            String code = Coded.codeOf(c);
            Integer count = Fields.count("suspects_" + code, in.one("suspects_" + code));
            String names = in.one("suspect_names_" + code);
            if (names != null && !names.isBlank() && !mayGiveNames) {
                throw new InvalidInput("suspect_names_" + code, "registries.suspect_names.not_allowed");
            }
            if (count != null && count > 0) {
                out.add(new SuspectGroup(c, count, names));
            } else if (names != null && !names.isBlank()) {
                throw new InvalidInput("suspects_" + code, "registries.suspect_names.without_count");
            }
        }
        return out;
    }
}
