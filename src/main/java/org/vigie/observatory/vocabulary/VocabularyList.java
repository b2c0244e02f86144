package org.vigie.observatory.vocabulary;

import java.util.Objects;

/** A controlled list of terms: one of HURIDOCS' micro-thesauri by its number, or Vigie's own extension list. */
public record VocabularyList(int code, Label name, Origin origin) {

    /** Who maintains a list, and so who may change it. */
    public enum Origin { HURIDOCS, VIGIE }

    public VocabularyList {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(origin, "origin");
        if (code <= 0) {
            throw new IllegalArgumentException("A list code is a positive number: " + code);
        }
    }
}
