package org.vigie.tracker.recommendations;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A recommendation or commitment as the tracker holds it: its source, position, status and, for a commitment, its text. */
public record TrackedRecommendation(long id, String reference, SourceMechanism mechanism, String text, String language,
                                    Integer cycle, String session, String documentSymbol, String paragraph,
                                    List<String> recommendingStates, Position position, List<String> themes,
                                    List<String> affectedPersons, List<String> sdgs, String positionSource,
                                    Long sourceTextId, String addressee, String deadline, String status,
                                    String importedBy, Instant importedAt, String textFr, String textEn,
                                    String previousText, Long textChangedIn, Long droppedIn) {
    public TrackedRecommendation {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(mechanism, "mechanism");
        Objects.requireNonNull(text, "text");
        recommendingStates = List.copyOf(recommendingStates);
        themes = List.copyOf(themes);
        affectedPersons = List.copyOf(affectedPersons);
        sdgs = List.copyOf(sdgs);
    }

    /** Whether a later version of its text deleted this commitment's paragraph (the item is closed). */
    public boolean dropped() {
        return droppedIn != null;
    }

    /** Whether the wording changed in the newest version tracked; {@link #previousText} is the wording before. */
    public boolean textChanged() {
        return previousText != null;
    }

    /** Whether both the French and the English versions are known. */
    public boolean bilingual() {
        return textFr != null && textEn != null;
    }

    /** The mechanism's stable code ({@code upr}, {@code resolution_commitment}, ...). */
    public String mechanismCode() {
        return mechanism.name().toLowerCase(java.util.Locale.ROOT);
    }
}
