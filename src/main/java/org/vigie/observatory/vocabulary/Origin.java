package org.vigie.observatory.vocabulary;

import java.util.Locale;

/** Where an incident record came from: typed into Vigie's form, imported from ACLED or from ODK/Kobo, or demo data. */
public enum Origin {
    FORM, ACLED, ODK, DEMO;

    /** The code stored in the database ({@code acled}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Origin ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
