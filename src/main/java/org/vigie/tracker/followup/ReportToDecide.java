package org.vigie.tracker.followup;

/** A progress report waiting for its validator, with what it reports on: the recommendation's reference and text. */
/**
 * A report waiting for a decision, with what its reader needs to decide without opening the item: the
 * recommendation's source as people cite it ({@code documentSymbol} and {@code paragraph}, or the mechanism's name
 * when it has no symbol), its internal reference for a tooltip, and its text.
 */
public record ReportToDecide(ProgressReport report, String reference, String text, String textFr, String textEn,
                             String documentSymbol, String paragraph, String mechanism) {
    /** The recommendation's text in the reader's language when known, else as imported. */
    public String textIn(String lang) {
        String v = "en".equals(lang) ? textEn : "fr".equals(lang) ? textFr : null;
        return v != null ? v : text;
    }
}
