package org.vigie.search;

/**
 * Names of the fields in the Lucene index. Each text is indexed three times (French-stemmed,
 * English-stemmed, exact) and stored once, under the plain name, for display and highlighting.
 */
final class Fields {
    /** kind and id joined; the term an upsert or a delete replaces. */
    static final String KEY = "key";
    static final String KIND = "kind";
    static final String ID = "id";
    static final String TITLE = "title";
    static final String TITLE_FR = "title_fr";
    static final String TITLE_EN = "title_en";
    static final String TITLE_EXACT = "title_exact";
    static final String BODY = "body";
    static final String BODY_FR = "body_fr";
    static final String BODY_EN = "body_en";
    static final String BODY_EXACT = "body_exact";
    /**
     * The coded text of a document that also holds free text ({@link SearchDocument#codedTitle()}): the only text
     * that roles which do not see identities search and are shown.
     */
    static final String CODED_TITLE = "coded_title";
    static final String CODED_TITLE_FR = "coded_title_fr";
    static final String CODED_TITLE_EN = "coded_title_en";
    static final String CODED_TITLE_EXACT = "coded_title_exact";
    static final String CODED_BODY = "coded_body";
    static final String CODED_BODY_FR = "coded_body_fr";
    static final String CODED_BODY_EN = "coded_body_en";
    static final String CODED_BODY_EXACT = "coded_body_exact";
    /** Present ({@link #OPEN_YES}) on a document with no coded text apart: every role it lists reads all its text. */
    static final String OPEN = "open";
    static final String OPEN_YES = "yes";
    static final String LANGUAGE = "language";
    static final String URL = "url";
    /** One term per role that may see the document. */
    static final String ROLE = "role";
    /** The institution the document belongs to, or {@link #NO_INSTITUTION}. */
    static final String INSTITUTION = "institution";
    static final String NO_INSTITUTION = "none";
    /** The monitor who recorded the document and sees it whatever {@link #ROLE} says; absent for most. */
    static final String RECORDED_BY = "recorded_by";
    static final String UPDATED_AT = "updated_at";
    /** Which rebuild last wrote the document; see {@link SearchIndex#rebuild}. */
    static final String GENERATION = "generation";

    private Fields() {
    }

    static String key(String kind, String id) {
        // A unit separator cannot appear in a kind, so no two (kind, id) pairs share a key.
        return kind + '\u001f' + id;
    }
}
