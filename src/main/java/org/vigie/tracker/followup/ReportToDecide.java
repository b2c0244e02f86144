package org.vigie.tracker.followup;

/** A progress report waiting for its validator, with what it reports on: the recommendation's reference and text. */
public record ReportToDecide(ProgressReport report, String reference, String text, String textFr, String textEn) {
    /** The recommendation's text in the reader's language when known, else as imported. */
    public String textIn(String lang) {
        String v = "en".equals(lang) ? textEn : "fr".equals(lang) ? textFr : null;
        return v != null ? v : text;
    }
}
