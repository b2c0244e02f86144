package org.vigie.registries.reparations;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.vigie.errors.Faults;
import org.vigie.errors.InvalidInput;
import org.vigie.registries.Coded;
import org.vigie.registries.Fields;
import org.vigie.registries.Input;

/** A reparation claim as first recorded: who (by pseudonym), what harm, under which programme, which measures. */
public record NewClaim(Pseudonym pseudonym, Set<HarmClass> harmClasses, String harm, Programme programme,
                       Set<Measure> measures, Long amountXof, LocalDate submittedOn) {
    static final int MAX_TEXT = 5000;

    public NewClaim {
        Objects.requireNonNull(pseudonym, "pseudonym");
        if (harmClasses == null || harmClasses.isEmpty()) {
            throw new InvalidInput("harm_classes", "error.required");
        }
        harmClasses = Collections.unmodifiableSet(EnumSet.copyOf(harmClasses));
        harm = Fields.optional("harm", harm, MAX_TEXT);
        Objects.requireNonNull(programme, "programme");
        if (measures == null || measures.isEmpty()) {
            throw new InvalidInput("measures", "error.required");
        }
        measures = Collections.unmodifiableSet(EnumSet.copyOf(measures));
        amountXof = checkAmount(amountXof, measures);
        Objects.requireNonNull(submittedOn, "submittedOn");
    }

    /** Every field is read, and every fault refused at once ({@link Faults}), before the record is made. */
    static NewClaim from(Input in, LocalDate today) {
        Faults faults = new Faults();
        Pseudonym pseudonym = faults.check(() -> Pseudonym.typedOrNew(in.one("pseudonym"), today.getYear()));
        Set<HarmClass> harms = faults.check(() -> Coded.parseAll(HarmClass.class, "harm_classes", in.all("harm_classes")));
        if (harms != null && harms.isEmpty()) {
            faults.add("harm_classes", "error.required");
        }
        faults.run(() -> Fields.optional("harm", in.one("harm"), MAX_TEXT));
        Programme programme = faults.check(() -> Coded.parse(Programme.class, "programme", in.one("programme")));
        Set<Measure> measures = faults.check(() -> Coded.parseAll(Measure.class, "measures", in.all("measures")));
        if (measures != null && measures.isEmpty()) {
            faults.add("measures", "error.required");
        }
        Long amount = faults.check(() -> amount(in.one("amount_xof")));
        if (measures != null) {
            faults.run(() -> checkAmount(amount, measures));
        }
        LocalDate submittedOn = faults.check(() -> Fields.requiredDate("submitted_on", in.one("submitted_on"), today));
        faults.throwIfAny();
        return new NewClaim(pseudonym, harms, in.one("harm"), programme, measures, amount, submittedOn);
    }

    /** An amount is a compensation: it needs that measure, and is never negative. */
    public static Long checkAmount(Long amount, Set<Measure> measures) {
        if (amount != null && amount < 0) {
            throw new InvalidInput("amount_xof", "error.range", amount);
        }
        if (amount != null && !measures.contains(Measure.COMPENSATION)) {
            throw new InvalidInput("amount_xof", "registries.claim.amount_without_compensation");
        }
        return amount;
    }

    /** An amount in CFA francs, whole; spaces and dots people write between thousands are ignored. */
    public static Long amount(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(typed.strip().replaceAll("[\\s.\u00a0\u202f]", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInput("amount_xof", "error.not_a_number");
        }
    }
}
