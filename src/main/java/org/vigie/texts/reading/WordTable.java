package org.vigie.texts.reading;

import java.util.Arrays;

/**
 * The distinct words of a text with how often each occurs, found by their characters in the text
 * rather than by a string made for each occurrence: a word is a range of a (lower-cased) block. Used
 * by {@link BrokenWords}, which counts every word of a document and asks, for most pairs of
 * neighbouring words, whether their join is a word too.
 */
final class WordTable {

    private int[] slots = new int[1024]; // id + 1, 0 when empty
    private char[][] sources = new char[256][];
    private int[] starts = new int[256];
    private int[] ends = new int[256];
    private int[] hashes = new int[256];
    private int[] counts = new int[256];
    private int size;

    /**
     * Counts one occurrence of {@code text[start, end)}, whose {@link String#hashCode()} the caller
     * computed as it read the word ({@code h}), and returns the word's id.
     */
    int add(char[] text, int start, int end, int h) {
        int mask = slots.length - 1;
        int at = mix(h) & mask;
        for (int id = slots[at] - 1; id >= 0; id = slots[at] - 1) {
            if (hashes[id] == h && equal(id, text, start, end, end, end)) {
                counts[id]++;
                return id;
            }
            at = (at + 1) & mask;
        }
        int id = size++;
        if (id == sources.length) {
            grow();
        }
        sources[id] = text;
        starts[id] = start;
        ends[id] = end;
        hashes[id] = h;
        counts[id] = 1;
        slots[at] = id + 1;
        if (size * 2 > slots.length) {
            rehash();
        }
        return id;
    }

    /**
     * The id of the word {@code text[a, b) + text[c, d)}, or -1 when the text has no such word;
     * {@code first} and {@code second} are the ids of the two pieces, whose hashes give the join's.
     */
    int findJoin(char[] text, int a, int b, int c, int d, int first, int second) {
        // String.hashCode of a + b is hash(a) * 31^|b| + hash(b).
        int power = 1;
        for (int k = c; k < d; k++) {
            power *= 31;
        }
        int h = hashes[first] * power + hashes[second];
        int mask = slots.length - 1;
        for (int at = mix(h) & mask; slots[at] != 0; at = (at + 1) & mask) {
            int id = slots[at] - 1;
            if (hashes[id] == h && equal(id, text, a, b, c, d)) {
                return id;
            }
        }
        return -1;
    }

    int count(int id) {
        return counts[id];
    }

    private boolean equal(int id, char[] text, int a, int b, int c, int d) {
        int length = ends[id] - starts[id];
        if (length != (b - a) + (d - c)) {
            return false;
        }
        char[] source = sources[id];
        int s = starts[id];
        int first = b - a;
        return Arrays.equals(source, s, s + first, text, a, b) && Arrays.equals(source, s + first, s + length, text, c, d);
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }

    private void grow() {
        int n = sources.length * 2;
        sources = Arrays.copyOf(sources, n);
        starts = Arrays.copyOf(starts, n);
        ends = Arrays.copyOf(ends, n);
        hashes = Arrays.copyOf(hashes, n);
        counts = Arrays.copyOf(counts, n);
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int id = 0; id < size; id++) {
            int at = mix(hashes[id]) & mask;
            while (slots[at] != 0) {
                at = (at + 1) & mask;
            }
            slots[at] = id + 1;
        }
    }
}
