package org.vigie.accounts;

import java.util.Objects;
import org.vigie.i18n.Lang;

/** A Malian institution that focal points and validators act for. */
public record Institution(long id, String code, String nameFr, String nameEn) {
    public Institution {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameFr, "nameFr");
        Objects.requireNonNull(nameEn, "nameEn");
    }

    public String name(Lang lang) {
        return lang == Lang.EN ? nameEn : nameFr;
    }
}
