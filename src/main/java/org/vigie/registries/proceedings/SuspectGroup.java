package org.vigie.registries.proceedings;

import java.util.Objects;
import org.vigie.errors.InvalidInput;
import org.vigie.observatory.vocabulary.PerpetratorCategory;
import org.vigie.registries.Coded;
import org.vigie.registries.Fields;

/**
 * The suspects of one category in a proceeding: how many, and optionally their names, which only
 * administrators and analysts record and read (null for anyone else).
 */
public record SuspectGroup(PerpetratorCategory category, int count, String names) {
    static final int MAX_NAMES = 2000;

    public SuspectGroup {
        Objects.requireNonNull(category, "category");
        String field = "suspects_" + Coded.codeOf(category);
        if (count < 1 || count > 10_000) {
            throw new InvalidInput(field, "error.range", count);
        }
        names = Fields.optional("suspect_names_" + Coded.codeOf(category), names, MAX_NAMES);
    }

    /** The same group without names, as roles that may not read them receive it. */
    public SuspectGroup withoutNames() {
        return new SuspectGroup(category, count, null);
    }

    public String categoryCode() {
        return Coded.codeOf(category);
    }
}
