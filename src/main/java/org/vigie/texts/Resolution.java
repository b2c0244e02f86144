package org.vigie.texts;

import java.util.List;
import java.util.Objects;

/**
 * A resolution or draft resolution read into its parts. Optional header data ({@code symbol},
 * {@code session}, {@code agendaItem}, {@code adoption}) is null when the text does not give it;
 * a draft has no symbol. The {@code masthead} holds what the first page says besides (distribution, sponsors, vote).
 */
public record Resolution(ResolutionSymbol symbol, Language language, String session, String agendaItem,
                         String title, String organ, List<Paragraph> preamble, List<Paragraph> operative,
                         List<Annex> annexes, List<Footnote> footnotes, List<Reference> references,
                         List<Commitment> commitments, Adoption adoption, Masthead masthead) {

    public Resolution {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(organ, "organ");
        preamble = List.copyOf(preamble);
        operative = List.copyOf(operative);
        annexes = List.copyOf(annexes);
        footnotes = List.copyOf(footnotes);
        references = List.copyOf(references);
        commitments = List.copyOf(commitments);
        masthead = masthead == null ? Masthead.NONE : masthead;
        if (preamble.isEmpty() && operative.isEmpty()) {
            throw new IllegalArgumentException("a resolution has at least one paragraph");
        }
    }

    /**
     * A draft has no symbol of an adopted resolution or decision; without any symbol, a text that states
     * its adoption (a decision recorded as a sentence, a heading "Resolution adopted by ...") is not a draft.
     */
    public boolean isDraft() {
        if (symbol == null) {
            return adoption == null && !masthead.headingSaysAdopted();
        }
        return !symbol.isResolution() && !symbol.isDecision();
    }

    /** True for a decision of the organ ({@code A/HRC/DEC/14/117}), which Vigie reads like a resolution. */
    public boolean isDecision() {
        return symbol != null && symbol.isDecision();
    }

    /** What the text is, as JSON names it: {@code resolution}, {@code decision} or {@code draft_resolution}. */
    public String documentType() {
        return isDraft() ? "draft_resolution" : isDecision() ? "decision" : "resolution";
    }

    /** The same resolution with its references and commitments. */
    public Resolution withAnalysis(List<Paragraph> preamble, List<Paragraph> operative, List<Reference> references,
                                   List<Commitment> commitments) {
        return new Resolution(symbol, language, session, agendaItem, title, organ, preamble, operative, annexes,
                footnotes, references, commitments, adoption, masthead);
    }
}
