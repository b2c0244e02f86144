package org.vigie.texts;

import java.util.Objects;

/**
 * One result of the drafting check: a stable {@code code} ("numbering-gap"), the paragraph it
 * concerns ("PP20", "OP4"), a severity and a message in French and in English.
 */
public record Finding(String code, String paragraph, Severity severity, String messageFr, String messageEn) {

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(paragraph, "paragraph");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageFr, "messageFr");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /** The message in the reader's language. */
    public String message(Language language) {
        return language == Language.FR ? messageFr : messageEn;
    }
}
