package org.vigie.i18n;

import java.util.Locale;
import java.util.Optional;

/** The interface languages: French first, English too. */
public enum Lang {
    FR(Locale.FRENCH), EN(Locale.ENGLISH);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Lang> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        for (Lang l : values()) {
            if (c.equals(l.code()) || c.startsWith(l.code() + "-") || c.startsWith(l.code() + "_")) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The first supported language of an {@code Accept-Language} header, by quality. */
    public static Optional<Lang> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                Optional<Lang> l = fromCode(range.getRange());
                if (l.isPresent() && range.getWeight() > 0) {
                    return l;
                }
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
