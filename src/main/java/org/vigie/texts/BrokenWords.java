package org.vigie.texts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Joins words that a copy from a PDF split with a space ("Confere nce"), using the document itself as
 * dictionary: two letter sequences are joined only when the joined word occurs elsewhere in the text
 * and neither piece occurs anywhere except in this split. Real word pairs ("in to", "a iming" where
 * "a" is a word) are left alone; a split that the text never writes whole cannot be recognised.
 */
final class BrokenWords {

    private static final int SHORTEST = 5;

    /** Two letter runs separated by one space: [start, middle) and (middle, end). */
    private record Pair(int start, int middle, int end, String first, String second) {
        String key() {
            return first + " " + second;
        }
    }

    private BrokenWords() {
    }

    static List<String> repair(List<String> blocks) {
        Map<String, Integer> words = new HashMap<>();
        List<String> lowered = new ArrayList<>(blocks.size());
        for (String block : blocks) {
            String lower = block.toLowerCase(Locale.ROOT);
            // Lower-casing keeps offsets for all but a few letters (e.g. dotted capital I); skip such blocks.
            lowered.add(lower.length() == block.length() ? lower : null);
            forEachWord(lower, (s, e) -> words.merge(lower.substring(s, e), 1, Integer::sum));
        }
        Map<String, Integer> splits = new HashMap<>();
        List<List<Pair>> candidates = new ArrayList<>(blocks.size());
        for (String lower : lowered) {
            List<Pair> found = lower == null ? List.of() : candidates(lower, words);
            found.forEach(p -> splits.merge(p.key(), 1, Integer::sum));
            candidates.add(found);
        }
        List<String> repaired = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            repaired.add(join(blocks.get(i), candidates.get(i), words, splits));
        }
        return repaired;
    }

    private interface WordSink {
        void word(int start, int end);
    }

    private static void forEachWord(String text, WordSink sink) {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                sink.word(start, i);
                start = -1;
            }
        }
    }

    /** Pairs of letter runs separated by one space, not part of a compound, whose join is a word of the text. */
    private static List<Pair> candidates(String lower, Map<String, Integer> words) {
        List<Pair> pairs = new ArrayList<>();
        int[] previous = {-1, -1};
        forEachWord(lower, (s, e) -> {
            int ps = previous[0];
            int pe = previous[1];
            if (pe >= 0 && s == pe + 1 && lower.charAt(pe) == ' ' && e - ps - 1 >= SHORTEST
                    && standsAlone(lower, ps, e)) {
                String first = lower.substring(ps, pe);
                String second = lower.substring(s, e);
                if (words.containsKey(first + second)) {
                    pairs.add(new Pair(ps, pe, e, first, second));
                }
            }
            previous[0] = s;
            previous[1] = e;
        });
        return pairs;
    }

    private static boolean standsAlone(String block, int start, int end) {
        return (start == 0 || "-’'".indexOf(block.charAt(start - 1)) < 0)
                && (end == block.length() || "-’'".indexOf(block.charAt(end)) < 0);
    }

    private static String join(String block, List<Pair> pairs, Map<String, Integer> words, Map<String, Integer> splits) {
        if (pairs.isEmpty()) {
            return block;
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Pair p : pairs) {
            int times = splits.get(p.key());
            if (p.start() >= at && words.get(p.first()) == times && words.get(p.second()) == times) {
                out.append(block, at, p.middle()).append(block, p.middle() + 1, p.end());
                at = p.end();
            }
        }
        return out.append(block.substring(at)).toString();
    }
}
