package org.vigie.tracker.recommendations;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One recommendation (or commitment) as a source worded it, with what OHCHR indexes about it.
 *
 * @param text               the recommendation's words, without its paragraph number
 * @param language           the ISO 639-1 code of {@code text} ({@code en}, {@code fr})
 * @param mechanism          the body that made it
 * @param cycle              the UPR cycle (1 to 4 so far), or {@code null} when unknown or not a UPR
 * @param session            the session that examined it ({@code 48} for the UPR's 48th), or {@code null}
 * @param documentSymbol     the symbol of the document holding it ({@code A/HRC/59/15}), or {@code null}
 * @param paragraph          its paragraph in that document ({@code 140.7}), or {@code null}
 * @param recommendingStates the States that made it, for a UPR recommendation; empty otherwise
 * @param position           the State's position; {@link Position#PENDING} when none is recorded
 * @param themes             OHCHR's human rights themes, in the source's order
 * @param affectedPersons    OHCHR's groups of persons concerned
 * @param sdgs               the Sustainable Development Goals or targets OHCHR relates it to
 * @param positionSource     where the position is recorded ({@code A/HRC/59/15/Add.1 - Para.3}), or {@code null}
 * @param publicationDate    the date the document was published, or {@code null} when the source does not say
 */
public record Recommendation(String text, String language, SourceMechanism mechanism, Integer cycle,
        String session, String documentSymbol, String paragraph, List<String> recommendingStates,
        Position position, List<String> themes, List<String> affectedPersons, List<Sdg> sdgs,
        String positionSource, LocalDate publicationDate) {

    /** Longer than any recommendation seen (the longest UPR ones hold a few thousand characters). */
    public static final int MAX_TEXT_LENGTH = 20_000;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Pattern SYMBOL = Pattern.compile("[A-Z][A-Za-z0-9.()/\\-]*");
    private static final Pattern PARAGRAPH = Pattern.compile("[0-9]+(\\.[0-9]+)*[a-z]?");

    public Recommendation {
        text = required(text, "text");
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("text longer than " + MAX_TEXT_LENGTH + " characters");
        }
        if (language == null || !LANGUAGE.matcher(language).matches()) {
            throw new IllegalArgumentException("language is not an ISO 639-1 code: " + language);
        }
        if (mechanism == null || position == null) {
            throw new IllegalArgumentException("mechanism and position are required");
        }
        if (cycle != null && (cycle < 1 || cycle > 20)) {
            throw new IllegalArgumentException("no UPR cycle " + cycle);
        }
        session = optional(session, "session");
        documentSymbol = optional(documentSymbol, "document symbol");
        if (documentSymbol != null && !SYMBOL.matcher(documentSymbol).matches()) {
            throw new IllegalArgumentException("not a document symbol: " + documentSymbol);
        }
        paragraph = optional(paragraph, "paragraph");
        if (paragraph != null && !PARAGRAPH.matcher(paragraph).matches()) {
            throw new IllegalArgumentException("not a paragraph number: " + paragraph);
        }
        recommendingStates = entries(recommendingStates, "recommending States");
        themes = entries(themes, "themes");
        affectedPersons = entries(affectedPersons, "affected persons");
        sdgs = List.copyOf(sdgs == null ? List.of() : sdgs);
        positionSource = optional(positionSource, "source of position");
    }

    /**
     * The reference that names this recommendation across imports and languages: the document symbol
     * and paragraph joined by {@code #} ({@code A/HRC/59/15#140.7}) when both are known; otherwise a
     * digest of the text ({@code text:1f3a...}), which stays the same when the same words are imported
     * again but differs between the French and English versions.
     */
    public String reference() {
        return RecommendationReference.of(documentSymbol, paragraph, text);
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value.strip();
    }

    private static String optional(String value, String name) {
        return value == null || value.isBlank() ? null : required(value, name);
    }

    private static List<String> entries(List<String> values, String name) {
        if (values == null) {
            return List.of();
        }
        return values.stream().map(v -> required(v, "each of the " + name)).toList();
    }
}
