package org.vigie.registries.schools;

import java.time.LocalDate;
import java.util.Objects;
import org.vigie.errors.Faults;
import org.vigie.registries.Coded;
import org.vigie.registries.Fields;
import org.vigie.registries.Input;

/** What is reported about one closure of a school: when, why, whom it affects, who said so. */
public record ClosureReport(LocalDate closedOn, ClosureCause cause, Integer girls, Integer boys, Integer teachers,
                            String source) {
    static final int MAX_SOURCE = 2000;

    public ClosureReport {
        Objects.requireNonNull(closedOn, "closedOn");
        Objects.requireNonNull(cause, "cause");
        girls = Fields.count("girls", girls);
        boys = Fields.count("boys", boys);
        teachers = Fields.count("teachers", teachers);
        source = Fields.optional("source", source, MAX_SOURCE);
    }

    /** Reads the closure fields of a form or JSON object. */
    static ClosureReport from(Input in, LocalDate today) {
        Faults faults = new Faults();
        ClosureReport report = from(in, today, faults);
        faults.throwIfAny();
        return report;
    }

    /** The closure with every fault of its fields kept in {@code faults}; null when there is one. */
    static ClosureReport from(Input in, LocalDate today, Faults faults) {
        LocalDate closedOn = faults.check(() -> Fields.requiredDate("closed_on", in.one("closed_on"), today));
        ClosureCause cause = faults.check(() -> Coded.parse(ClosureCause.class, "cause", in.one("cause")));
        Integer girls = faults.check(() -> Fields.count("girls", in.one("girls")));
        Integer boys = faults.check(() -> Fields.count("boys", in.one("boys")));
        Integer teachers = faults.check(() -> Fields.count("teachers", in.one("teachers")));
        String source = faults.check(() -> Fields.optional("source", in.one("source"), MAX_SOURCE));
        return faults.isEmpty() ? new ClosureReport(closedOn, cause, girls, boys, teachers, source) : null;
    }
}
