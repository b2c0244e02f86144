package org.vigie.texts.reading;

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

    /** Two letter runs separated by one space: [start, middle) and (middle, end), and their word ids. */
    private record Pair(int start, int middle, int end, int first, int second) {
        long key() {
            return (long) first << 32 | second;
        }
    }

    /** A block's letter runs, lower-cased, with where they stand and their word ids. */
    private record Tokens(char[] lower, int[] starts, int[] ends, int[] words) {
    }

    private BrokenWords() {
    }

    static List<String> repair(List<String> blocks) {
        WordTable words = new WordTable();
        List<Tokens> tokenised = new ArrayList<>(blocks.size());
        for (String block : blocks) {
            tokenised.add(tokens(block, words));
        }
        Map<Long, Integer> splits = new HashMap<>();
        List<List<Pair>> candidates = new ArrayList<>(blocks.size());
        for (Tokens tokens : tokenised) {
            List<Pair> found = candidates(tokens, words);
            found.forEach(p -> splits.merge(p.key(), 1, Integer::sum));
            candidates.add(found);
        }
        List<String> repaired = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            repaired.add(join(blocks.get(i), candidates.get(i), words, splits));
        }
        return repaired;
    }

    /** The block's letter runs, each counted in {@code words}. */
    private static Tokens tokens(String block, WordTable words) {
        int length = block.length();
        char[] lower = block.toCharArray();
        int[] starts = new int[length / 2 + 1];
        int[] ends = new int[starts.length];
        int[] hashes = new int[starts.length];
        // One pass: each character lower-cased in place, each letter run found and hashed as it is read.
        int n = 0;
        int start = -1;
        int h = 0;
        for (int i = 0; i < length; i++) {
            char c = lower[i];
            if (c < 128) {
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + 32);
                    lower[i] = c;
                }
            } else {
                int l = c == '\u03A3' || c == '\u0130' || Character.isSurrogate(c) ? -1 : Character.toLowerCase((int) c);
                if (l < 0 || l > 0xFFFF) {
                    return tokensOfLowered(block, words); // not lower-cased one character at a time
                }
                c = (char) l;
                lower[i] = c;
            }
            if (isLetter(c)) {
                if (start < 0) {
                    start = i;
                    h = 0;
                }
                h = 31 * h + c;
            } else if (start >= 0) {
                starts[n] = start;
                ends[n] = i;
                hashes[n++] = h;
                start = -1;
            }
        }
        if (start >= 0) {
            starts[n] = start;
            ends[n] = length;
            hashes[n++] = h;
        }
        return counted(lower, starts, ends, hashes, n, words);
    }

    /** The runs of a block that {@link String#toLowerCase} lower-cases otherwise than character by character. */
    private static Tokens tokensOfLowered(String block, WordTable words) {
        String lowered = block.toLowerCase(Locale.ROOT);
        if (lowered.length() != block.length()) {
            // Lower-casing keeps offsets for all but a few letters (dotted capital I); such a block is left alone.
            return new Tokens(new char[0], new int[0], new int[0], new int[0]);
        }
        char[] lower = lowered.toCharArray();
        int length = lower.length;
        int[] starts = new int[length / 2 + 1];
        int[] ends = new int[starts.length];
        int[] hashes = new int[starts.length];
        int n = 0;
        int i = 0;
        while (i < length) {
            char c = lower[i];
            if (!isLetter(c)) {
                i++;
                continue;
            }
            int start = i;
            int h = 0;
            do {
                h = 31 * h + c;
                i++;
            } while (i < length && isLetter(c = lower[i]));
            starts[n] = start;
            ends[n] = i;
            hashes[n++] = h;
        }
        return counted(lower, starts, ends, hashes, n, words);
    }

    /** Counts the {@code n} runs in {@code words}, in text order, and gives each its word id. */
    private static Tokens counted(char[] lower, int[] starts, int[] ends, int[] hashes, int n, WordTable words) {
        int[] ids = new int[n];
        for (int k = 0; k < n; k++) {
            ids[k] = words.add(lower, starts[k], ends[k], hashes[k]);
        }
        return new Tokens(lower, starts, ends, ids);
    }

    private static boolean isLetter(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }
        return Character.isLetter(c);
    }

    /** Pairs of letter runs separated by one space, not part of a compound, whose join is a word of the text. */
    private static List<Pair> candidates(Tokens t, WordTable words) {
        List<Pair> pairs = new ArrayList<>();
        for (int k = 1; k < t.words().length; k++) {
            int ps = t.starts()[k - 1];
            int pe = t.ends()[k - 1];
            int e = t.ends()[k];
            if (t.starts()[k] == pe + 1 && t.lower()[pe] == ' ' && e - ps - 1 >= SHORTEST
                    && standsAlone(t.lower(), ps, e) && words.findJoin(t.lower(), ps, pe, pe + 1, e, t.words()[k - 1], t.words()[k]) >= 0) {
                pairs.add(new Pair(ps, pe, e, t.words()[k - 1], t.words()[k]));
            }
        }
        return pairs;
    }

    private static boolean standsAlone(char[] block, int start, int end) {
        return (start == 0 || !isJoiner(block[start - 1])) && (end == block.length || !isJoiner(block[end]));
    }

    /** A mark that makes two words one compound: "-’'". */
    private static boolean isJoiner(char c) {
        return c == '-' || c == '’' || c == '\'';
    }

    private static String join(String block, List<Pair> pairs, WordTable words, Map<Long, Integer> splits) {
        if (pairs.isEmpty()) {
            return block;
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Pair p : pairs) {
            int times = splits.get(p.key());
            if (p.start() >= at && words.count(p.first()) == times && words.count(p.second()) == times) {
                out.append(block, at, p.middle()).append(block, p.middle() + 1, p.end());
                at = p.end();
            }
        }
        return out.append(block.substring(at)).toString();
    }
}
