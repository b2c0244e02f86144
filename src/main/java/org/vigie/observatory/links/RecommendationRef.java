package org.vigie.observatory.links;

/**
 * A tracker recommendation as the observatory names it beside an incident: its id, stable reference, text
 * (and its French and English versions when both are known) and implementation status code. The observatory
 * reads these from the tracker's table and never changes them.
 */
public record RecommendationRef(long id, String reference, String text, String textFr, String textEn, String status) {
    private static final int SHORT = 160;

    /** The text in the reader's language when that version is known, else the text as imported. */
    public String textIn(String lang) {
        String v = "en".equals(lang) ? textEn : "fr".equals(lang) ? textFr : null;
        return v == null ? text : v;
    }

    /** The first words of {@link #textIn}, cut at a word before {@value #SHORT} characters. */
    public String shortText(String lang) {
        String t = textIn(lang).strip();
        if (t.length() <= SHORT) {
            return t;
        }
        int cut = t.lastIndexOf(' ', SHORT);
        return t.substring(0, cut > SHORT / 2 ? cut : SHORT) + " …";
    }
}
