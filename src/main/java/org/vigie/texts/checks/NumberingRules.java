package org.vigie.texts.checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vigie.texts.Finding;
import org.vigie.texts.Paragraph;
import org.vigie.texts.Resolution;
import org.vigie.texts.reading.DraftLabel;

/**
 * Numbering of labels and operative paragraphs. Negotiation labels keep their number when a paragraph
 * is inserted ("PP15bis") or deleted, so a gap among labels is a paragraph that disappeared; operative
 * paragraphs of the printed text run 1..n without gaps.
 */
final class NumberingRules {

    private NumberingRules() {
    }

    static List<Finding> check(Resolution r) {
        List<Finding> findings = new ArrayList<>();
        labels(r.preamble(), findings);
        labels(r.operative(), findings);
        numbers(r.operative(), "OP", findings);
        for (int a = 0; a < r.annexes().size(); a++) {
            numbers(r.annexes().get(a).paragraphs(), "annex " + (a + 1) + " para ", findings);
        }
        return findings;
    }

    private static void labels(List<Paragraph> paragraphs, List<Finding> findings) {
        Set<String> seen = new HashSet<>();
        int previous = 0;
        for (Paragraph p : paragraphs) {
            DraftLabel label = p.label();
            if (label == null) {
                continue;
            }
            if (!seen.add(label.name())) {
                findings.add(Rule.NUMBERING_DUPLICATE.at(label.name(), label.name()));
            }
            if (!label.isInsertion()) {
                for (int missing = previous + 1; missing < label.number(); missing++) {
                    findings.add(Rule.NUMBERING_GAP.at(label.part() + missing, label.part() + missing));
                }
                previous = Math.max(previous, label.number());
            }
            if (label.isInsertion()) {
                findings.add(Rule.LABEL_INSERTION.at(label.name(), label.name()));
            }
            if (!label.wellFormed()) {
                findings.add(Rule.LABEL_FORM.at(label.name(), label.raw(), label.name() + "."));
            }
        }
    }

    private static void numbers(List<Paragraph> paragraphs, String prefix, List<Finding> findings) {
        int previous = 0;
        for (Paragraph p : paragraphs) {
            if (p.number() == null) {
                continue;
            }
            int n = p.number();
            if (n <= previous) {
                findings.add(Rule.NUMBERING_DUPLICATE.at(prefix + n, prefix + n));
            }
            for (int missing = previous + 1; missing < n; missing++) {
                findings.add(Rule.NUMBERING_GAP.at(prefix + missing, prefix + missing));
            }
            previous = Math.max(previous, n);
        }
    }
}
