package org.vigie.texts;

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
    private static final Pattern PAIR = Pattern.compile("(?<![\\p{L}\\-’'])(\\p{L}+) (\\p{L}+)(?![\\p{L}\\-’'])");
    private static final int SHORTEST = 5;

    private BrokenWords() {
    }

    static List<String> repair(List<String> blocks) {
        Map<String, Integer> words = new HashMap<>();
        Map<String, Integer> pairs = new HashMap<>();
        for (String block : blocks) {
            Matcher w = WORD.matcher(block);
            while (w.find()) {
                words.merge(w.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
            Matcher p = PAIR.matcher(block);
            while (p.find()) {
                pairs.merge(key(p), 1, Integer::sum);
                p.region(p.start(2), block.length());
            }
        }
        return blocks.stream().map(b -> repair(b, words, pairs)).toList();
    }

    private static String repair(String block, Map<String, Integer> words, Map<String, Integer> pairs) {
        Matcher p = PAIR.matcher(block);
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (p.find()) {
            String joined = (p.group(1) + p.group(2)).toLowerCase(Locale.ROOT);
            int splits = pairs.getOrDefault(key(p), 0);
            boolean broken = joined.length() >= SHORTEST && words.getOrDefault(joined, 0) > 0
                    && words.get(p.group(1).toLowerCase(Locale.ROOT)) == splits
                    && words.get(p.group(2).toLowerCase(Locale.ROOT)) == splits;
            if (broken) {
                out.append(block, at, p.start()).append(p.group(1)).append(p.group(2));
                at = p.end();
            } else {
                p.region(p.start(2), block.length());
            }
        }
        return out.append(block.substring(at)).toString();
    }

    private static String key(Matcher pair) {
        return (pair.group(1) + " " + pair.group(2)).toLowerCase(Locale.ROOT);
    }
}
