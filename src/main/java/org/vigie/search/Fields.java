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
