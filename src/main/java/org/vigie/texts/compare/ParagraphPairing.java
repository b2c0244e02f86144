package org.vigie.texts.compare;

import java.util.Arrays;
import java.util.List;

/**
 * Pairs the paragraphs of two texts' same part; {@code pair()[newIndex]} is the old index or -1. The last rule, the
 * same operative number with a quarter of words in common, holds between versions of one text only.
 */
final class ParagraphPairing {

    private final List<ComparedUnit> older;
    private final List<ComparedUnit> newer;
    private final int[] oldOf;
    private final boolean[] oldTaken;
    private final boolean byNumber;

    ParagraphPairing(List<ComparedUnit> older, List<ComparedUnit> newer, boolean byNumber) {
        this.byNumber = byNumber;
        this.older = older;
        this.newer = newer;
        this.oldOf = new int[newer.size()];
        this.oldTaken = new boolean[older.size()];
        Arrays.fill(oldOf, -1);
    }

    int[] pair() {
        pairWhere((o, n) -> o.label() != null && o.label().equals(n.label()));
        pairWhere((o, n) -> o.text().equals(n.text()));
        pairMostSimilar();
        if (!byNumber) {
            return oldOf;
        }
        pairWhere((o, n) -> o.number() != null && o.number().equals(n.number())
                && WordDiff.similarity(o.text(), n.text()) >= TextComparison.SIMILAR / 2);
        return oldOf;
    }

    private interface Match {
        boolean test(ComparedUnit older, ComparedUnit newer);
    }

    private void pairWhere(Match match) {
        for (int n = 0; n < newer.size(); n++) {
            for (int o = 0; o < older.size() && oldOf[n] < 0; o++) {
                if (!oldTaken[o] && match.test(older.get(o), newer.get(n))) {
                    take(o, n);
                }
            }
        }
    }

    /** Greedy on the best remaining similarity, so two near-identical paragraphs do not steal each other's pair. */
    private void pairMostSimilar() {
        while (true) {
            double best = TextComparison.SIMILAR;
            int bestOld = -1;
            int bestNew = -1;
            for (int n = 0; n < newer.size(); n++) {
                for (int o = 0; o < older.size() && oldOf[n] < 0; o++) {
                    double s = oldTaken[o] ? 0 : WordDiff.similarity(older.get(o).text(), newer.get(n).text());
                    if (s > best || s == best && bestOld < 0) {
                        best = s;
                        bestOld = o;
                        bestNew = n;
                    }
                }
            }
            if (bestOld < 0) {
                return;
            }
            take(bestOld, bestNew);
        }
    }

    private void take(int o, int n) {
        oldOf[n] = o;
        oldTaken[o] = true;
    }
}
