package org.vigie.texts.compare;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vigie.texts.Resolution;

/**
 * Two texts compared, as the page, the JSON and the DOCX give it: whether they are versions of one resolution or
 * two different ones (one year's and the next), each paragraph's fate, and what is new in the operative part.
 */
public record ComparedTexts(boolean versionsOfOne, List<TextComparison.ParagraphChange> changes, OperativeSummary summary) {

    public ComparedTexts {
        changes = List.copyOf(changes);
        Objects.requireNonNull(summary, "summary");
    }

    public static ComparedTexts of(Resolution older, Resolution newer) {
        List<TextComparison.ParagraphChange> changes = new TextComparison().compare(older, newer);
        return new ComparedTexts(TextComparison.versionsOfOne(older, newer), changes,
                OperativeSummary.of(older, newer, changes));
    }

    /** The changes of the operative part, in the newer text's order. */
    public List<TextComparison.ParagraphChange> operative() {
        return changes.stream().filter(TextComparison.ParagraphChange::operative).toList();
    }

    /** The changes of the preamble and annexes, in the newer text's order. */
    public List<TextComparison.ParagraphChange> others() {
        return changes.stream().filter(c -> !c.operative()).toList();
    }

    /** How many paragraphs have each status, every status present (zero where none). */
    public Map<TextComparison.Status, Long> counts() {
        Map<TextComparison.Status, Long> counts = new EnumMap<>(TextComparison.Status.class);
        for (TextComparison.Status s : TextComparison.Status.values()) {
            counts.put(s, changes.stream().filter(c -> c.status() == s).count());
        }
        return counts;
    }
}
