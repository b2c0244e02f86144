package org.vigie.observatory.vocabulary;

import java.util.Locale;
import java.util.Objects;

/** A name in Vigie's two working languages; both are required, since monitors write in either. */
public record Label(String english, String french) {

    public Label {
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(french, "french");
        english = english.strip();
        // The interface writes French with the typographic apostrophe (’); labels from code and from HURIDOCS' files
        // use the typewriter one, and a reader notices the two side by side.
        french = french.strip().replace('\'', '\u2019');
        if (english.isEmpty() || french.isEmpty()) {
            throw new IllegalArgumentException("A label needs both an English and a French text: " + english + " / " + french);
        }
    }

    /** The French text for a French locale, the English text otherwise. */
    public String in(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? french : english;
    }
}
