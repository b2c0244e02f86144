package org.vigie.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * Turns text into terms for one of three flavours of field: French-stemmed, English-stemmed, or
 * exact (folded but not stemmed).
 *
 * <p>Every flavour lowercases and folds accents, so "Exécutions" and "executions" meet whatever the
 * user's keyboard. Accents are folded before stop words and stemming so that the folded and the
 * accented spellings of a word take the same path. All three share one stop list, the union of the
 * French and English ones: a query word must match in some field, and a word dropped by one flavour
 * but kept by another would make that impossible for documents in the other language.
 *
 * <p>English uses the Porter stemmer rather than a lighter one: "killed", "killing" and "killings"
 * meet, and missing a record matters more here than an extra hit. Porter knows no irregular
 * plurals, so the few that human-rights texts use are mapped first ("children" to "child").
 */
final class FoldingAnalyzer extends Analyzer {

    enum Flavour { FRENCH, ENGLISH, EXACT }

    private static final CharArraySet STOP_WORDS = foldedStopWords();
    private static final StemmerOverrideMap IRREGULAR_PLURALS = irregularPlurals();

    private final Flavour flavour;

    private FoldingAnalyzer(Flavour flavour) {
        this.flavour = flavour;
    }

    /** The analyzer for every field of the index: each text field's name says its flavour. */
    static Analyzer perField() {
        Analyzer exact = new FoldingAnalyzer(Flavour.EXACT);
        Analyzer french = new FoldingAnalyzer(Flavour.FRENCH);
        Analyzer english = new FoldingAnalyzer(Flavour.ENGLISH);
        return new PerFieldAnalyzerWrapper(exact, Map.of(
                Fields.TITLE_FR, french, Fields.BODY_FR, french, Fields.CODED_TITLE_FR, french, Fields.CODED_BODY_FR, french,
                Fields.TITLE_EN, english, Fields.BODY_EN, english, Fields.CODED_TITLE_EN, english, Fields.CODED_BODY_EN, english));
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = source;
        stream = flavour == Flavour.ENGLISH
                ? new EnglishPossessiveFilter(stream)
                : new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
        stream = new ASCIIFoldingFilter(new LowerCaseFilter(stream));
        stream = new StopFilter(stream, STOP_WORDS);
        stream = switch (flavour) {
            case FRENCH -> new FrenchLightStemFilter(stream);
            case ENGLISH -> new PorterStemFilter(new StemmerOverrideFilter(stream, IRREGULAR_PLURALS));
            case EXACT -> stream;
        };
        return new TokenStreamComponents(source, stream);
    }

    /** What prefix and fuzzy terms go through, since they are not analysed as whole words. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    private static CharArraySet foldedStopWords() {
        CharArraySet folded = new CharArraySet(256, false);
        addFolded(folded, FrenchAnalyzer.getDefaultStopSet());
        addFolded(folded, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return CharArraySet.unmodifiableSet(folded);
    }

    private static StemmerOverrideMap irregularPlurals() {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        builder.add("children", "child");
        builder.add("women", "woman");
        builder.add("men", "man");
        builder.add("people", "person");
        builder.add("lives", "life");
        builder.add("wives", "wife");
        try {
            return builder.build();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot build the irregular plurals of English", e);
        }
    }

    private static void addFolded(CharArraySet target, CharArraySet words) {
        for (Object word : words) {
            char[] chars = (char[]) word;
            char[] out = new char[chars.length * 4];
            int length = ASCIIFoldingFilter.foldToASCII(chars, 0, out, 0, chars.length);
            target.add(new String(out, 0, length));
        }
    }
}
