package org.vigie.texts;

/** The language a resolution is written in; the two working languages Vigie reads. */
public enum Language {
    FR, EN;

    /** ISO 639-1 code, as used in Akoma Ntoso FRBR language attributes (ISO 639-2 is {@link #iso6392()}). */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** ISO 639-2 code, as AKN4UN names expressions ("fra", "eng"). */
    public String iso6392() {
        return this == FR ? "fra" : "eng";
    }
}
