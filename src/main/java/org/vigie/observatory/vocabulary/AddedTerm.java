package org.vigie.observatory.vocabulary;

import java.time.Instant;
import java.util.Objects;

/** A term an administrator added to the vocabulary: who added it and when, and how many acts use it. */
public record AddedTerm(ExtensionTerm term, String createdBy, Instant createdAt, long uses) {

    public AddedTerm {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public String code() {
        return term.code();
    }

    /** A term in use is never deleted. */
    public boolean deletable() {
        return uses == 0;
    }
}
