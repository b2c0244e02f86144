package org.vigie.texts.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the list of paragraph changes from a pairing: paired paragraphs keep the newer order and are
 * moved when their old position breaks the longest run of pairs that kept their order.
 */
final class ChangeList {

    private final List<ComparedUnit> older;
    private final List<ComparedUnit> newer;
    private final int[] oldOf;

    ChangeList(List<ComparedUnit> older, List<ComparedUnit> newer, int[] oldOf) {
        this.older = older;
        this.newer = newer;
        this.oldOf = oldOf;
    }

    List<TextComparison.ParagraphChange> build() {
        boolean[] inOrder = longestOrderedRun();
        boolean[] oldPaired = new boolean[older.size()];
        for (int o : oldOf) {
            if (o >= 0) {
                oldPaired[o] = true;
            }
        }
        List<TextComparison.ParagraphChange> changes = new ArrayList<>();
        int nextOld = 0;
        for (int n = 0; n < newer.size(); n++) {
            int o = oldOf[n];
            if (o >= 0 && inOrder[n]) {
                for (; nextOld < o; nextOld++) {
                    if (!oldPaired[nextOld]) {
                        changes.add(removed(older.get(nextOld)));
                    }
                }
                nextOld = o + 1;
            }
            changes.add(o < 0 ? added(newer.get(n)) : paired(older.get(o), newer.get(n), inOrder[n]));
        }
        for (; nextOld < older.size(); nextOld++) {
            if (!oldPaired[nextOld]) {
                changes.add(removed(older.get(nextOld)));
            }
        }
        return changes;
    }

    /** Marks the newer paragraphs whose old indices form the longest increasing subsequence. */
    private boolean[] longestOrderedRun() {
        int size = newer.size();
        int[] length = new int[size];
        int[] previous = new int[size];
        int bestEnd = -1;
        for (int n = 0; n < size; n++) {
            previous[n] = -1;
            if (oldOf[n] < 0) {
                continue;
            }
            length[n] = 1;
            for (int m = 0; m < n; m++) {
                if (oldOf[m] >= 0 && oldOf[m] < oldOf[n] && length[m] + 1 > length[n]) {
                    length[n] = length[m] + 1;
                    previous[n] = m;
                }
            }
            if (bestEnd < 0 || length[n] > length[bestEnd]) {
                bestEnd = n;
            }
        }
        boolean[] inOrder = new boolean[size];
        for (int n = bestEnd; n >= 0; n = previous[n]) {
            inOrder[n] = true;
        }
        return inOrder;
    }

    private static TextComparison.ParagraphChange paired(ComparedUnit o, ComparedUnit n, boolean inOrder) {
        TextComparison.Change change = !inOrder ? TextComparison.Change.MOVED
                : o.text().equals(n.text()) ? TextComparison.Change.UNCHANGED : TextComparison.Change.CHANGED;
        return new TextComparison.ParagraphChange(change, o.name(), n.name(), o.text(), n.text(),
                WordDiff.of(o.text(), n.text()));
    }

    private static TextComparison.ParagraphChange added(ComparedUnit n) {
        return new TextComparison.ParagraphChange(TextComparison.Change.ADDED, null, n.name(), null, n.text(),
                WordDiff.of("", n.text()));
    }

    private static TextComparison.ParagraphChange removed(ComparedUnit o) {
        return new TextComparison.ParagraphChange(TextComparison.Change.REMOVED, o.name(), null, o.text(), null,
                WordDiff.of(o.text(), ""));
    }
}
