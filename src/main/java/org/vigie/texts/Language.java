package org.vigie.texts;

/** The language a resolution is written in; the two working languages Vigie reads. */
public enum Language {
    FR, EN;

    /** ISO 639-2 code, as AKN4UN names expressions ("fra", "eng"). */
    public String iso6392() {
        return this == FR ? "fra" : "eng";
    }
}
