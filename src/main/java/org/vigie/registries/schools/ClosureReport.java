package org.vigie.registries.schools;

import java.time.LocalDate;
import java.util.Objects;
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
        return new ClosureReport(Fields.requiredDate("closed_on", in.one("closed_on"), today),
                Coded.parse(ClosureCause.class, "cause", in.one("cause")),
                Fields.count("girls", in.one("girls")), Fields.count("boys", in.one("boys")),
                Fields.count("teachers", in.one("teachers")), in.one("source"));
    }
}
