package org.vigie.tracker.recommendations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.texts.Commitment;
import org.vigie.texts.Paragraph;
import org.vigie.texts.Resolution;
import org.vigie.texts.compare.TextComparison;

/**
 * How the commitments of a newer version of a text carry the items tracked for an older one. Operative paragraphs
 * are paired as the comparison pairs them, so across renumbering; within a paired paragraph the k-th commitment
 * carries the k-th item. A carried item keeps its id, status, assignments and history; it is changed when its
 * wording differs. A commitment with no item to carry is new; an item no commitment carries is dropped.
 */
final class CommitmentCarry {

    /** An item carried to the newer version by one of its commitments; {@code changed} when the wording differs. */
    record Carried(TrackedRecommendation item, Commitment commitment, boolean changed) {
    }

    /** The newer version's commitments in three lists: carried, new (their positions in the version's list), and the items dropped. */
    record Plan(List<Carried> carried, List<Integer> added, List<TrackedRecommendation> dropped) {
        Plan {
            carried = List.copyOf(carried);
            added = List.copyOf(added);
            dropped = List.copyOf(dropped);
        }
    }

    private CommitmentCarry() {
    }

    /** Plans the carry from {@code olderItems} (the open items of {@code older}, in the order they were created). */
    static Plan plan(Resolution older, List<TrackedRecommendation> olderItems, Resolution newer) {
        int[] oldOf = TextComparison.operativePairing(older, newer);
        Map<String, List<TrackedRecommendation>> itemsByParagraph = new HashMap<>();
        for (TrackedRecommendation item : olderItems) {
            itemsByParagraph.computeIfAbsent(item.paragraph(), p -> new ArrayList<>()).add(item);
        }
        Map<Integer, Integer> newIndexOfNumber = new HashMap<>();
        List<Paragraph> operative = newer.operative();
        for (int i = 0; i < operative.size(); i++) {
            if (operative.get(i).number() != null) {
                newIndexOfNumber.putIfAbsent(operative.get(i).number(), i);
            }
        }
        List<Carried> carried = new ArrayList<>();
        List<Integer> added = new ArrayList<>();
        Set<Long> taken = new HashSet<>();
        Map<Integer, Integer> seenInParagraph = new HashMap<>();
        List<Commitment> commitments = newer.commitments();
        for (int c = 0; c < commitments.size(); c++) {
            Commitment commitment = commitments.get(c);
            int k = seenInParagraph.merge(commitment.paragraph(), 1, Integer::sum) - 1;
            TrackedRecommendation item = itemFor(older, oldOf, newIndexOfNumber.get(commitment.paragraph()), k, itemsByParagraph);
            if (item != null && taken.add(item.id())) {
                carried.add(new Carried(item, commitment, !item.text().equals(commitment.action())));
            } else {
                added.add(c);
            }
        }
        List<TrackedRecommendation> dropped = olderItems.stream().filter(i -> !taken.contains(i.id())).toList();
        return new Plan(carried, added, dropped);
    }

    private static TrackedRecommendation itemFor(Resolution older, int[] oldOf, Integer newIndex, int k,
                                                 Map<String, List<TrackedRecommendation>> itemsByParagraph) {
        if (newIndex == null || oldOf[newIndex] < 0) {
            return null;
        }
        Integer oldNumber = older.operative().get(oldOf[newIndex]).number();
        List<TrackedRecommendation> items = oldNumber == null ? null : itemsByParagraph.get(Integer.toString(oldNumber));
        return items != null && k < items.size() ? items.get(k) : null;
    }
}
