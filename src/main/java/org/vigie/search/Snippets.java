package org.vigie.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;

/**
 * Cuts the passage of a body that best matches the query, as escaped HTML with the matched words in
 * {@code <mark>}.
 *
 * <p>The body is stored once but searched through three analysers, so the passage is looked for
 * with each in turn, starting with the document's own language: a French stem match ("exécutions"
 * for "execution") is only visible through the French analyser.
 */
final class Snippets {

    static final int FRAGMENT_CHARS = 200;

    private final Analyzer analyzer;

    Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    String of(Query query, String body, String language) {
        return of(query, body, language, false);
    }

    /** The best passage of {@code body}, matched through the coded fields' analysers when {@code coded}. */
    String of(Query query, String body, String language, boolean coded) {
        for (String field : coded ? codedFieldsToTry(language) : fieldsToTry(language)) {
            String fragment = bestFragment(query, field, body);
            if (fragment != null) {
                return fragment;
            }
        }
        return new SimpleHTMLEncoder().encodeText(opening(body));
    }

    private String bestFragment(Query query, String field, String body) {
        QueryScorer scorer = new QueryScorer(query, field);
        Highlighter highlighter = new Highlighter(
                new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer);
        highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, FRAGMENT_CHARS));
        try {
            return highlighter.getBestFragment(analyzer, field, body);
        } catch (IOException | InvalidTokenOffsetsException e) {
            // Analysing a string in memory does not do I/O, and our analysers keep offsets valid;
            // should either happen, the plain opening of the body is still a fair snippet.
            return null;
        }
    }

    private static List<String> fieldsToTry(String language) {
        if ("en".equals(language)) {
            return List.of(Fields.BODY_EN, Fields.BODY_FR, Fields.BODY_EXACT);
        }
        return List.of(Fields.BODY_FR, Fields.BODY_EN, Fields.BODY_EXACT);
    }

    private static List<String> codedFieldsToTry(String language) {
        if ("en".equals(language)) {
            return List.of(Fields.CODED_BODY_EN, Fields.CODED_BODY_FR, Fields.CODED_BODY_EXACT);
        }
        return List.of(Fields.CODED_BODY_FR, Fields.CODED_BODY_EN, Fields.CODED_BODY_EXACT);
    }

    private static String opening(String body) {
        if (body.length() <= FRAGMENT_CHARS) {
            return body;
        }
        int cut = body.lastIndexOf(' ', FRAGMENT_CHARS);
        return body.substring(0, cut > 0 ? cut : FRAGMENT_CHARS) + "…";
    }
}
