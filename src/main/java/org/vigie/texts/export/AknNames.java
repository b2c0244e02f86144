package org.vigie.texts.export;

import java.time.LocalDate;
import org.vigie.texts.Reference;
import org.vigie.texts.Resolution;

/**
 * FRBR names following the UN's AKN4UN convention:
 * {@code /akn/un/statement/resolution/{author}/{date}/{number}/{lang}@/!main}. The author is the
 * organ's short name; a draft is a {@code resolutionDraft} numbered "draft", a decision a {@code decision}.
 */
public record AknNames(String docName, String author, String authorName, LocalDate date, String dateName, String number,
                       String language) {

    static AknNames of(Resolution r, LocalDate today) {
        String organ = r.organ();
        String author = organ.contains("Human Rights") || organ.contains("droits de l") ? "unhrc"
                : organ.contains("Security") || organ.contains("sécurité") ? "unsc"
                : organ.contains("Economic") || organ.contains("économique") ? "unecosoc" : "unga";
        LocalDate date = ownDate(r, today);
        String dateName = r.isDraft() ? "draft" : r.adoption() != null && r.adoption().date() != null ? "adoption" : "publication";
        boolean decision = r.symbol() != null && r.symbol().isDecision();
        String number = r.symbol() != null && (r.symbol().isResolution() || decision)
                ? r.symbol().value().replaceFirst("^.*?/(?:RES|DEC)/", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "")
                : r.isDraft() ? "draft" : "unnumbered";
        String name = r.isDraft() ? "resolutionDraft" : decision ? "decision" : "resolution";
        return new AknNames(name, author, organ, date, dateName, number,
                r.language().iso6392());
    }

    /**
     * The text's own date, so that its identifier does not change from one day to the next: the adoption, else
     * the distribution date, else the last day of the session; only a text that gives none takes {@code today}.
     */
    private static LocalDate ownDate(Resolution r, LocalDate today) {
        if (r.adoption() != null && r.adoption().date() != null) {
            return r.adoption().date();
        }
        if (r.masthead().distributed() != null) {
            return r.masthead().distributed();
        }
        String sessionDates = r.masthead().sessionDates();
        if (sessionDates != null) {
            java.util.regex.Matcher m = LAST_DATE.matcher(sessionDates);
            if (m.find()) {
                return org.vigie.texts.reading.Dates.find(m.group()).orElse(today);
            }
        }
        return today;
    }

    private static final java.util.regex.Pattern LAST_DATE = java.util.regex.Pattern.compile(
            "(?i)" + org.vigie.texts.reading.Dates.REGEX + "$");

    String work() {
        return "/akn/un/statement/" + docName + "/" + author + "/" + date + "/" + number;
    }

    String expression() {
        return work() + "/" + language + "@";
    }

    String manifestation() {
        return expression() + ".akn";
    }

    /** Where a cited resolution of a known body would live under the same convention (undated). */
    public static String citedWork(Reference ref) {
        String author = ref.body() == null ? "un" : switch (ref.body()) {
            case "General Assembly" -> "unga";
            case "Human Rights Council" -> "unhrc";
            case "Security Council" -> "unsc";
            case "Economic and Social Council" -> "unecosoc";
            default -> ref.body().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "");
        };
        String number = ref.symbol().replaceAll("[^A-Za-z0-9.]+", "-").replaceAll("-$", "");
        return "/akn/un/statement/resolution/" + author + "/" + number;
    }
}
