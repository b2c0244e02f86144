package org.vigie.texts;

/** How much a drafting finding matters before the text goes to the printer. */
public enum Severity {
    /** The text is wrong as it stands (numbering, unbalanced marks). */
    ERROR,
    /** A drafting rule is broken; the text reads but must be corrected. */
    WARNING,
    /** A negotiation artefact or an unusual form that is fine in a draft. */
    INFO
}
