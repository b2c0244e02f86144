package org.vigie.texts.export;

import java.time.LocalDate;
import org.vigie.texts.Reference;
import org.vigie.texts.Resolution;

/**
 * FRBR names following the UN's AKN4UN convention:
 * {@code /akn/un/statement/resolution/{author}/{date}/{number}/{lang}@/!main}. The author is the
 * organ's short name; a draft is a {@code resolutionDraft} numbered "draft", a decision a {@code decision}.
 */
public record AknNames(String docName, String author, String authorName, LocalDate date, String number, String language) {

    static AknNames of(Resolution r, LocalDate today) {
        String organ = r.organ();
        String author = organ.contains("Human Rights") || organ.contains("droits de l") ? "unhrc"
                : organ.contains("Security") || organ.contains("sécurité") ? "unsc"
                : organ.contains("Economic") || organ.contains("économique") ? "unecosoc" : "unga";
        LocalDate date = r.adoption() != null && r.adoption().date() != null ? r.adoption().date() : today;
        boolean decision = r.symbol() != null && r.symbol().isDecision();
        String number = r.symbol() != null && (r.symbol().isResolution() || decision)
                ? r.symbol().value().replaceFirst("^.*?/(?:RES|DEC)/", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "")
                : r.isDraft() ? "draft" : "unnumbered";
        String name = r.isDraft() ? "resolutionDraft" : decision ? "decision" : "resolution";
        return new AknNames(name, author, organ, date, number,
                r.language().iso6392());
    }

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
