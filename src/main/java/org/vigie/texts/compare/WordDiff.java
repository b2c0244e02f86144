package org.vigie.texts.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Word-by-word difference of two texts (longest common subsequence over whitespace-separated words). */
final class WordDiff {

    private WordDiff() {
    }

    static List<TextComparison.Words> of(String older, String newer) {
        String[] a = older.isBlank() ? new String[0] : older.strip().split("\\s+");
        String[] b = newer.isBlank() ? new String[0] : newer.strip().split("\\s+");
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<TextComparison.Words> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                add(out, TextComparison.Op.SAME, a[i++]);
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                add(out, TextComparison.Op.INSERTED, b[j++]);
            } else {
                add(out, TextComparison.Op.DELETED, a[i++]);
            }
        }
        return out;
    }

    /** Consecutive words of one kind are grouped so a reader sees phrases, not single words. */
    private static void add(List<TextComparison.Words> out, TextComparison.Op op, String word) {
        int last = out.size() - 1;
        if (last >= 0 && out.get(last).op() == op) {
            out.set(last, new TextComparison.Words(op, out.get(last).text() + " " + word));
        } else {
            out.add(new TextComparison.Words(op, word));
        }
    }

    /** Share of words the two texts have in common, from 0 (nothing) to 1 (same words). */
    static double similarity(String older, String newer) {
        Set<String> a = new HashSet<>(Arrays.asList(older.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        Set<String> b = new HashSet<>(Arrays.asList(newer.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        a.retainAll(b);
        return all.isEmpty() ? 1 : (double) a.size() / all.size();
    }
}
