package org.vigie.texts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins words that a copy from a PDF split with a space ("Confere nce"), using the document itself as
 * dictionary: two letter sequences are joined only when the joined word occurs elsewhere in the text
 * and neither piece occurs anywhere except in this split. Real word pairs ("in to", "a iming" where
 * "a" is a word) are left alone; a split that the text never writes whole cannot be recognised.
 */
final class BrokenWords {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int SHORTEST = 5;

    private record Pair(int start, int end, String first, String second) {
        String joined() {
            return (first + second).toLowerCase(Locale.ROOT);
        }
    }

    private BrokenWords() {
    }

    static List<String> repair(List<String> blocks) {
        Map<String, Integer> words = new HashMap<>();
        for (String block : blocks) {
            Matcher w = WORD.matcher(block);
            while (w.find()) {
                words.merge(w.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        Map<String, Integer> splits = new HashMap<>();
        List<List<Pair>> candidates = new ArrayList<>();
        for (String block : blocks) {
            List<Pair> found = candidates(block, words);
            found.forEach(p -> splits.merge(p.first.toLowerCase(Locale.ROOT) + " " + p.second.toLowerCase(Locale.ROOT),
                    1, Integer::sum));
            candidates.add(found);
        }
        List<String> repaired = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            repaired.add(join(blocks.get(i), candidates.get(i), words, splits));
        }
        return repaired;
    }

    /** Pairs of letter runs separated by one space, not part of a compound, whose join is a word of the text. */
    private static List<Pair> candidates(String block, Map<String, Integer> words) {
        List<Pair> pairs = new ArrayList<>();
        Matcher w = WORD.matcher(block);
        int prevStart = -1;
        int prevEnd = -1;
        while (w.find()) {
            if (prevEnd >= 0 && w.start() == prevEnd + 1 && block.charAt(prevEnd) == ' '
                    && w.end() - prevStart - 1 >= SHORTEST && standsAlone(block, prevStart, w.end())) {
                Pair pair = new Pair(prevStart, w.end(), block.substring(prevStart, prevEnd), w.group());
                if (words.containsKey(pair.joined())) {
                    pairs.add(pair);
                }
            }
            prevStart = w.start();
            prevEnd = w.end();
        }
        return pairs;
    }

    private static boolean standsAlone(String block, int start, int end) {
        return (start == 0 || "-’'".indexOf(block.charAt(start - 1)) < 0)
                && (end == block.length() || "-’'".indexOf(block.charAt(end)) < 0);
    }

    private static String join(String block, List<Pair> pairs, Map<String, Integer> words, Map<String, Integer> splits) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Pair p : pairs) {
            String first = p.first.toLowerCase(Locale.ROOT);
            String second = p.second.toLowerCase(Locale.ROOT);
            int times = splits.get(first + " " + second);
            if (p.start >= at && words.get(first) == times && words.get(second) == times) {
                out.append(block, at, p.start).append(p.first).append(p.second);
                at = p.end;
            }
        }
        return out.append(block.substring(at)).toString();
    }
}
