package org.vigie.errors;

import java.util.List;

/**
 * Several faults of one form refused at once. It reads as its first fault ({@link #field()}, message), so that
 * whatever handles a single {@link InvalidInput} (the API's {@code error.field}, the command line) still works;
 * pages and the API list them all through {@link #all()}.
 */
public final class InvalidInputs extends InvalidInput {
    private final transient List<InvalidInput> faults;

    InvalidInputs(List<InvalidInput> faults) {
        super(faults.get(0).field(), faults.get(0).messageKey(), faults.get(0).args());
        this.faults = List.copyOf(faults);
    }

    @Override
    public List<InvalidInput> all() {
        return faults;
    }

    @Override
    public InvalidInput under(String prefix) {
        return new InvalidInputs(faults.stream().map(f -> f.under(prefix)).toList());
    }
}
