package org.vigie.registries.proceedings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.vigie.errors.Faults;
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
    /** Every field is read, and every fault refused at once ({@link Faults}), before the record is made. */
    static NewProceeding from(Input in, boolean mayGiveNames, LocalDate today) {
        Faults faults = new Faults();
        faults.run(() -> Fields.required("reference", in.one("reference"), 100));
        faults.run(() -> Fields.required("court", in.one("court"), 300));
        faults.run(() -> Fields.optional("charges", in.one("charges"), MAX_TEXT));
        Set<ChargeClass> classes = faults.check(() -> Coded.parseAll(ChargeClass.class, "charge_classes", in.all("charge_classes")));
        if (classes != null && classes.isEmpty()) {
            faults.add("charge_classes", "error.required");
        }
        ProceedingStage stage = faults.check(() -> Coded.parse(ProceedingStage.class, "stage", in.one("stage")));
        LocalDate stageOn = faults.check(() -> Fields.requiredDate("stage_on", in.one("stage_on"), today));
        faults.run(() -> Fields.optional("outcome", in.one("outcome"), MAX_TEXT));
        List<SuspectGroup> suspects = suspects(in, mayGiveNames, faults);
        faults.throwIfAny();
        return new NewProceeding(in.one("reference"), in.one("court"), in.one("charges"), classes, stage, stageOn,
                in.one("outcome"), suspects);
    }

    static List<SuspectGroup> suspects(Input in, boolean mayGiveNames) {
        Faults faults = new Faults();
        List<SuspectGroup> out = suspects(in, mayGiveNames, faults);
        faults.throwIfAny();
        return out;
    }

    private static List<SuspectGroup> suspects(Input in, boolean mayGiveNames, Faults faults) {
        List<SuspectGroup> out = new ArrayList<>();
        for (PerpetratorCategory c : PerpetratorCategory.values()) {
            String code = Coded.codeOf(c);
            Integer count = faults.check(() -> Fields.count("suspects_" + code, in.one("suspects_" + code)));
            String names = in.one("suspect_names_" + code);
            if (names != null && !names.isBlank() && !mayGiveNames) {
                faults.add("suspect_names_" + code, "registries.suspect_names.not_allowed");
            } else if (count != null && count > 0) {
                faults.run(() -> out.add(new SuspectGroup(c, count, names)));
            } else if (names != null && !names.isBlank() && !faults.has("suspects_" + code)) {
                faults.add("suspects_" + code, "registries.suspect_names.without_count");
            }
        }
        return out;
    }
}
