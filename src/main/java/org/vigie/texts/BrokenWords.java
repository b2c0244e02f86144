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

    /** A block's letter runs, lower-cased, with where they stand. */
    private record Tokens(String lower, int[] starts, int[] ends, String[] words) {
    }

    private BrokenWords() {
    }

    static List<String> repair(List<String> blocks) {
        Map<String, int[]> counts = new HashMap<>();
        List<Tokens> tokenised = new ArrayList<>(blocks.size());
        for (String block : blocks) {
            Tokens tokens = tokens(block);
            for (String word : tokens.words()) {
                counts.computeIfAbsent(word, w -> new int[1])[0]++;
            }
            tokenised.add(tokens);
        }
        Map<String, Integer> splits = new HashMap<>();
        List<List<Pair>> candidates = new ArrayList<>(blocks.size());
        WordHashes hashes = new WordHashes(counts.keySet());
        for (Tokens tokens : tokenised) {
            List<Pair> found = candidates(tokens, counts, hashes);
            found.forEach(p -> splits.merge(p.key(), 1, Integer::sum));
            candidates.add(found);
        }
        List<String> repaired = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            repaired.add(join(blocks.get(i), candidates.get(i), counts, splits));
        }
        return repaired;
    }

    private static Tokens tokens(String block) {
        String lower = block.toLowerCase(Locale.ROOT);
        if (lower.length() != block.length()) {
            // Lower-casing keeps offsets for all but a few letters (dotted capital I); such a block is left alone.
            return new Tokens(lower, new int[0], new int[0], new String[0]);
        }
        int[] starts = new int[lower.length() / 2 + 1];
        int[] ends = new int[starts.length];
        int n = 0;
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean letter = i < lower.length() && isLetter(lower.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                starts[n] = start;
                ends[n++] = i;
                start = -1;
            }
        }
        String[] words = new String[n];
        for (int k = 0; k < n; k++) {
            words[k] = lower.substring(starts[k], ends[k]);
        }
        return new Tokens(lower, starts, ends, words);
    }

    private static boolean isLetter(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }
        return Character.isLetter(c);
    }

    /** Pairs of letter runs separated by one space, not part of a compound, whose join is a word of the text. */
    private static List<Pair> candidates(Tokens t, Map<String, int[]> counts, WordHashes hashes) {
        List<Pair> pairs = new ArrayList<>();
        for (int k = 1; k < t.words().length; k++) {
            int ps = t.starts()[k - 1];
            int pe = t.ends()[k - 1];
            int e = t.ends()[k];
            if (t.starts()[k] == pe + 1 && t.lower().charAt(pe) == ' ' && e - ps - 1 >= SHORTEST
                    && standsAlone(t.lower(), ps, e) && hashes.mayHold(t.words()[k - 1], t.words()[k])
                    && counts.containsKey(t.words()[k - 1] + t.words()[k])) {
                pairs.add(new Pair(ps, pe, e, t.words()[k - 1], t.words()[k]));
            }
        }
        return pairs;
    }

    /**
     * The hash codes of the text's words, so that most pairs are known not to join into a word without
     * building the joined string: {@code (a + b).hashCode()} is {@code a.hashCode() * 31^|b| + b.hashCode()}.
     */
    private static final class WordHashes {
        private final int[] table;
        private final boolean hasZero;

        WordHashes(java.util.Set<String> words) {
            int size = Integer.highestOneBit(Math.max(words.size(), 1) * 4);
            table = new int[size];
            boolean zero = false;
            for (String w : words) {
                int h = w.hashCode();
                if (h == 0) {
                    zero = true;
                    continue;
                }
                int at = mix(h) & (size - 1);
                while (table[at] != 0 && table[at] != h) {
                    at = (at + 1) & (size - 1);
                }
                table[at] = h;
            }
            hasZero = zero;
        }

        boolean mayHold(String first, String second) {
            int power = 1;
            for (int i = 0; i < second.length(); i++) {
                power *= 31;
            }
            int h = first.hashCode() * power + second.hashCode();
            if (h == 0) {
                return hasZero;
            }
            for (int at = mix(h) & (table.length - 1); table[at] != 0; at = (at + 1) & (table.length - 1)) {
                if (table[at] == h) {
                    return true;
                }
            }
            return false;
        }

        private static int mix(int h) {
            return h ^ (h >>> 16);
        }
    }

    private static boolean standsAlone(String block, int start, int end) {
        return (start == 0 || "-’'".indexOf(block.charAt(start - 1)) < 0)
                && (end == block.length() || "-’'".indexOf(block.charAt(end)) < 0);
    }

    private static String join(String block, List<Pair> pairs, Map<String, int[]> counts, Map<String, Integer> splits) {
        if (pairs.isEmpty()) {
            return block;
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Pair p : pairs) {
            int times = splits.get(p.key());
            if (p.start() >= at && counts.get(p.first())[0] == times && counts.get(p.second())[0] == times) {
                out.append(block, at, p.middle()).append(block, p.middle() + 1, p.end());
                at = p.end();
            }
        }
        return out.append(block.substring(at)).toString();
    }
}
