package org.vigie.texts.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.vigie.texts.ClauseKind;

/** The vocabulary of opening verbs and of the adverbs that may stand beside them, from resource files. */
public final class OpeningVerbs {

    record Verb(String phrase, ClauseKind kind) {
    }

    /** A verb phrase found in a text: where it starts and ends and what it is. */
    record Match(int start, int end, ClauseKind kind) {
    }

    /** Verbs and adverbs by their first letter, each list longest first as the whole vocabulary is. */
    private final ByFirstChar<Verb> verbs;
    private final ByFirstChar<String> adverbs;

    OpeningVerbs(List<Verb> verbs, List<String> adverbs) {
        // Longest first, so "prend note" wins over "prend" and "calls upon" over "calls".
        this.verbs = new ByFirstChar<>(verbs.stream()
                .sorted(Comparator.comparingInt((Verb v) -> -v.phrase.length())).toList(), Verb::phrase);
        this.adverbs = new ByFirstChar<>(adverbs.stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList(), a -> a);
    }

    /**
     * A phrase can only start at a position holding its first character: looking only at the phrases
     * that start with it finds the same first (longest) match as going through them all.
     */
    private static final class ByFirstChar<T> {
        private final Map<Character, List<T>> lists = new HashMap<>();
        private final List<T> empty;
        /** Characters below this are looked up in an array. */
        private static final int LATIN = 256;
        @SuppressWarnings("unchecked")
        private final List<T>[] latin = new List[LATIN];

        ByFirstChar(List<T> all, Function<T, String> phrase) {
            this.empty = all.stream().filter(t -> phrase.apply(t).isEmpty()).toList();
            for (T t : all) {
                String p = phrase.apply(t);
                if (!p.isEmpty()) {
                    lists.computeIfAbsent(p.charAt(0), c -> all.stream()
                            .filter(u -> phrase.apply(u).isEmpty() || phrase.apply(u).charAt(0) == c).toList());
                }
            }
            lists.forEach((c, list) -> {
                if (c < LATIN) {
                    latin[c] = list;
                }
            });
        }

        List<T> at(String lower, int pos) {
            if (pos >= lower.length()) {
                return empty;
            }
            char c = lower.charAt(pos);
            if (c < LATIN) {
                List<T> listed = latin[c]; // the same lists, without boxing the character and hashing it
                return listed != null ? listed : empty;
            }
            return lists.getOrDefault(c, empty);
        }
    }

    public static OpeningVerbs load() {
        List<Verb> verbs = new ArrayList<>();
        for (String[] row : rows("opening-verbs.tsv")) {
            verbs.add(new Verb(row[1], ClauseKind.valueOf(row[2])));
        }
        List<String> adverbs = rows("adverbs.tsv").stream().map(r -> r[1]).toList();
        return new OpeningVerbs(verbs, adverbs);
    }

    /** The verb phrase (adverbs before and after included) starting exactly at {@code from}. */
    Optional<Match> at(String text, int from) {
        return at(text, text.toLowerCase(Locale.ROOT), from);
    }

    /** As {@link #at(String, int)} with the text already in lower case, for callers that look many times. */
    Optional<Match> at(String text, String lower, int from) {
        int pos = skipAdverbs(lower, from);
        for (Verb verb : verbs.at(lower, pos)) {
            if (wordAt(lower, pos, verb.phrase)) {
                int end = skipAdverbs(lower, skipSpaces(lower, pos + verb.phrase.length()));
                return Optional.of(new Match(from, trimEnd(text, end), verb.kind));
            }
        }
        return Optional.empty();
    }

    private int skipAdverbs(String lower, int pos) {
        boolean found = true;
        while (found) {
            found = false;
            for (String adverb : adverbs.at(lower, pos)) {
                if (wordAt(lower, pos, adverb)) {
                    pos = skipSpaces(lower, pos + adverb.length());
                    found = true;
                    break;
                }
            }
        }
        return pos;
    }

    private static boolean wordAt(String lower, int pos, String phrase) {
        int end = pos + phrase.length();
        return lower.startsWith(phrase, pos) && (end == lower.length() || !Character.isLetter(lower.charAt(end)));
    }

    private static int skipSpaces(String s, int pos) {
        while (pos < s.length() && s.charAt(pos) == ' ') {
            pos++;
        }
        return pos;
    }

    private static int trimEnd(String text, int end) {
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        return end;
    }

    private static List<String[]> rows(String resource) {
        try (InputStream in = OpeningVerbs.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
