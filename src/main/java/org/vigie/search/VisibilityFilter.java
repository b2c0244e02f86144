package org.vigie.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.vigie.security.Principal;
import org.vigie.security.Role;

/**
 * The part of every search query that keeps out what the caller may not see. It is a Lucene filter
 * rather than a check on results so that totals and pages count only visible documents.
 */
final class VisibilityFilter {

    private VisibilityFilter() {
    }

    static Query of(Principal principal) {
        Role role = principal.role();
        BooleanQuery.Builder filter = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.ROLE, role.code())), Occur.FILTER);
        if (actsForOneInstitution(role)) {
            filter.add(sameInstitutionOrNone(principal.institutionId()), Occur.FILTER);
        }
        if (role != Role.MONITOR) {
            return filter.build();
        }
        // A monitor also sees what they recorded themselves, such as their own restricted incident.
        return new BooleanQuery.Builder()
                .add(filter.build(), Occur.SHOULD)
                .add(new TermQuery(new Term(Fields.RECORDED_BY, principal.username())), Occur.SHOULD)
                .setMinimumNumberShouldMatch(1)
                .build();
    }

    /**
     * The text query of a caller who does not see identities: the full text only of documents that hold no free
     * text apart ({@link Fields#OPEN}), and otherwise the coded text only. Inside the query, so that a word found
     * only in free text gives no hit, no snippet and no count.
     */
    static Query readableText(Query fullText, Query codedText) {
        Query open = new BooleanQuery.Builder()
                .add(fullText, Occur.MUST)
                .add(new TermQuery(new Term(Fields.OPEN, Fields.OPEN_YES)), Occur.FILTER)
                .build();
        return new BooleanQuery.Builder()
                .add(open, Occur.SHOULD)
                .add(codedText, Occur.SHOULD)
                .setMinimumNumberShouldMatch(1)
                .build();
    }

    private static boolean actsForOneInstitution(Role role) {
        return role == Role.FOCAL_POINT || role == Role.VALIDATOR;
    }

    private static Query sameInstitutionOrNone(Long institutionId) {
        BooleanQuery.Builder either = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.INSTITUTION, Fields.NO_INSTITUTION)), Occur.SHOULD);
        // A focal point without an institution is a misconfigured account: it sees only documents
        // that belong to no institution.
        if (institutionId != null) {
            either.add(new TermQuery(new Term(Fields.INSTITUTION, institutionId.toString())), Occur.SHOULD);
        }
        return either.build();
    }
}
