package org.vigie.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The faults of one form, gathered while it is read so that a person is told all of them at once: each field is
 * read through {@link #check}, which keeps its {@link InvalidInput} instead of stopping at it, and
 * {@link #throwIfAny} refuses the whole form with every fault. Not thread-safe: one form, one reader.
 */
public final class Faults {
    private final List<InvalidInput> found = new ArrayList<>();

    /** The value {@code read} gives, or null with its fault (or faults) kept. */
    public <T> T check(Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidInput e) {
            e.all().forEach(this::keep);
            return null;
        }
    }

    /** Runs {@code check}, keeping its fault (or faults). */
    public void run(Runnable check) {
        check(() -> {
            check.run();
            return null;
        });
    }

    /** Runs {@code check}, keeping its faults under {@code prefix} ({@code victims[1].}). */
    public void runUnder(String prefix, Runnable check) {
        try {
            check.run();
        } catch (InvalidInput e) {
            e.all().forEach(f -> keep(f.under(prefix)));
        }
    }

    public void add(String field, String messageKey, Object... args) {
        keep(new InvalidInput(field, messageKey, args));
    }

    /**
     * Keeps a fault unless its field has one already: a value that could not be read is then missing to the
     * checks that follow, which would only repeat that the field is wrong.
     */
    private void keep(InvalidInput fault) {
        if (!has(fault.field())) {
            found.add(fault);
        }
    }

    /** Whether a fault was kept for {@code field} (a later check of the same field would only repeat it). */
    public boolean has(String field) {
        return found.stream().anyMatch(f -> f.field().equals(field));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Refuses the form with every fault kept, in the order they were found; nothing when there is none. */
    public void throwIfAny() {
        if (found.size() == 1) {
            throw found.get(0);
        }
        if (!found.isEmpty()) {
            throw new InvalidInputs(found);
        }
    }
}
