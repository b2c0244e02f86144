package org.vigie.search;

import java.util.Arrays;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Reads what a user typed into a query over the six text fields.
 *
 * <p>Built on Lucene's {@link SimpleQueryParser}, which never throws on malformed syntax: an
 * unbalanced quote or bracket is read as well as it can be, and characters it does not know
 * ({@code :}, {@code [}, {@code ^}) are plain text. Every word must match somewhere (in the title or
 * body, in either language), which is what people expect from a search box.
 */
final class UserQueryParser extends SimpleQueryParser {

    /**
     * Words beyond this are dropped: each word becomes a clause per field, and Lucene refuses
     * queries of more than 1024 clauses.
     */
    static final int MAX_WORDS = 32;
    /** Caps the terms a single long word ("a-b-c-...") can bring, for the same reason. */
    static final int MAX_LENGTH = 200;
    /** Shorter prefixes would expand to most of the dictionary ("a*"), for little use. */
    static final int MIN_PREFIX_LENGTH = 2;

    // Titles weigh more than bodies; the exact fields lift documents that use the very words typed.
    private static final Map<String, Float> WEIGHTS = Map.of(
            Fields.TITLE_FR, 3f, Fields.TITLE_EN, 3f, Fields.TITLE_EXACT, 4f,
            Fields.BODY_FR, 1f, Fields.BODY_EN, 1f, Fields.BODY_EXACT, 1.5f);
    private static final Map<String, Float> EXACT_WEIGHTS = Map.of(Fields.TITLE_EXACT, 4f, Fields.BODY_EXACT, 1.5f);
    private static final Map<String, Float> CODED_WEIGHTS = Map.of(
            Fields.CODED_TITLE_FR, 3f, Fields.CODED_TITLE_EN, 3f, Fields.CODED_TITLE_EXACT, 4f,
            Fields.CODED_BODY_FR, 1f, Fields.CODED_BODY_EN, 1f, Fields.CODED_BODY_EXACT, 1.5f);
    private static final Map<String, Float> CODED_EXACT_WEIGHTS = Map.of(Fields.CODED_TITLE_EXACT, 4f, Fields.CODED_BODY_EXACT, 1.5f);

    private final Map<String, Float> exactWeights;

    UserQueryParser(Analyzer analyzer) {
        this(analyzer, WEIGHTS, EXACT_WEIGHTS);
    }

    private UserQueryParser(Analyzer analyzer, Map<String, Float> weights, Map<String, Float> exactWeights) {
        super(analyzer, weights);
        this.exactWeights = exactWeights;
        setDefaultOperator(Occur.MUST);
    }

    /** A parser over the coded text only ({@link SearchDocument#codedTitle()}), for roles that do not see identities. */
    static UserQueryParser overCodedText(Analyzer analyzer) {
        return new UserQueryParser(analyzer, CODED_WEIGHTS, CODED_EXACT_WEIGHTS);
    }

    /** The query for {@code text}; a query matching nothing when the text holds no searchable word. */
    Query parseUserText(String text) {
        String stripped = text.strip();
        String kept = firstWords(stripped.length() > MAX_LENGTH ? stripped.substring(0, MAX_LENGTH) : stripped);
        if (kept.isEmpty()) {
            return new MatchNoDocsQuery("empty query");
        }
        return parse(kept);
    }

    /** Prefixes are matched against the exact fields only: a prefix of a stem means little. */
    @Override
    protected Query newPrefixQuery(String text) {
        if (text.strip().length() < MIN_PREFIX_LENGTH) {
            return null;
        }
        return overExactFields(field -> new PrefixQuery(new Term(field, normalized(field, text))));
    }

    /**
     * Lucene scores a fuzzy match by {@code 1 - edits / length}: a word no longer than its edits
     * ({@code a~2}) would get a negative boost, which Lucene refuses at search time. Such a word allows
     * fewer edits, down to none (the word itself).
     */
    @Override
    protected Query newFuzzyQuery(String text, int fuzziness) {
        if (text.isBlank()) {
            return null;
        }
        int edits = Math.min(fuzziness, text.strip().codePointCount(0, text.strip().length()) - 1);
        if (edits <= 0) {
            return overExactFields(field -> new TermQuery(new Term(field, normalized(field, text))));
        }
        return overExactFields(field -> new FuzzyQuery(new Term(field, normalized(field, text)), edits));
    }

    private Query overExactFields(java.util.function.Function<String, Query> perField) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        exactWeights.forEach((field, weight) -> any.add(new BoostQuery(perField.apply(field), weight), Occur.SHOULD));
        return any.build();
    }

    private BytesRef normalized(String field, String text) {
        return getAnalyzer().normalize(field, text);
    }

    private static String firstWords(String text) {
        String[] words = text.split("\\s+");
        if (words.length <= MAX_WORDS) {
            return text;
        }
        return String.join(" ", Arrays.copyOf(words, MAX_WORDS));
    }

}
