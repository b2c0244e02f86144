package org.vigie.search;

import java.time.Instant;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.vigie.security.Role;

/** Writes a {@link SearchDocument} as Lucene fields and reads a hit's fields back. */
final class DocumentMapping {

    private DocumentMapping() {
    }

    static Term keyTerm(String kind, String id) {
        return new Term(Fields.KEY, Fields.key(kind, id));
    }

    static Document toLucene(SearchDocument doc, String generation) {
        Document out = new Document();
        out.add(new StringField(Fields.KEY, Fields.key(doc.kind(), doc.id()), Field.Store.NO));
        out.add(new StringField(Fields.KIND, doc.kind(), Field.Store.YES));
        out.add(new StoredField(Fields.ID, doc.id()));
        out.add(new StoredField(Fields.TITLE, doc.title()));
        out.add(new StoredField(Fields.BODY, doc.body()));
        out.add(new StoredField(Fields.URL, doc.url()));
        if (doc.language() != null) {
            out.add(new StoredField(Fields.LANGUAGE, doc.language()));
        }
        for (String field : new String[] {Fields.TITLE_FR, Fields.TITLE_EN, Fields.TITLE_EXACT}) {
            out.add(new TextField(field, doc.title(), Field.Store.NO));
        }
        for (String field : new String[] {Fields.BODY_FR, Fields.BODY_EN, Fields.BODY_EXACT}) {
            out.add(new TextField(field, doc.body(), Field.Store.NO));
        }
        if (doc.codedTitle() == null) {
            out.add(new StringField(Fields.OPEN, Fields.OPEN_YES, Field.Store.YES));
        } else {
            out.add(new StoredField(Fields.CODED_TITLE, doc.codedTitle()));
            out.add(new StoredField(Fields.CODED_BODY, doc.codedBody()));
            for (String field : new String[] {Fields.CODED_TITLE_FR, Fields.CODED_TITLE_EN, Fields.CODED_TITLE_EXACT}) {
                out.add(new TextField(field, doc.codedTitle(), Field.Store.NO));
            }
            for (String field : new String[] {Fields.CODED_BODY_FR, Fields.CODED_BODY_EN, Fields.CODED_BODY_EXACT}) {
                out.add(new TextField(field, doc.codedBody(), Field.Store.NO));
            }
        }
        for (Role role : doc.visibility()) {
            out.add(new StringField(Fields.ROLE, role.code(), Field.Store.NO));
        }
        String institution = doc.institutionId() == null ? Fields.NO_INSTITUTION : doc.institutionId().toString();
        out.add(new StringField(Fields.INSTITUTION, institution, Field.Store.NO));
        if (doc.recordedBy() != null) {
            out.add(new StringField(Fields.RECORDED_BY, doc.recordedBy(), Field.Store.NO));
        }
        out.add(new StoredField(Fields.UPDATED_AT, doc.updatedAt().toEpochMilli()));
        out.add(new StringField(Fields.GENERATION, generation, Field.Store.NO));
        return out;
    }

    /** Whether every role that sees the stored document may read all its text (it has no coded text apart). */
    static boolean open(Document stored) {
        return stored.get(Fields.CODED_TITLE) == null;
    }

    /** A hit showing the document's full title, or with {@code coded} its coded title when it has one. */
    static SearchHit toHit(Document stored, float score, String snippet, boolean coded) {
        return new SearchHit(
                stored.get(Fields.KIND),
                stored.get(Fields.ID),
                coded && !open(stored) ? stored.get(Fields.CODED_TITLE) : stored.get(Fields.TITLE),
                stored.get(Fields.URL),
                snippet,
                score,
                Instant.ofEpochMilli(stored.getField(Fields.UPDATED_AT).numericValue().longValue()));
    }
}
