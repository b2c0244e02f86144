package org.vigie.tracker.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.vigie.files.ImportIssue;
import org.vigie.tracker.recommendations.Recommendation;

/**
 * Gathers what the rows of one file gave, so that each recommendation comes out once. A thematic list
 * may list a recommendation under several themes: the rows are merged (the union of their themes,
 * persons, goals and States, in order) as long as they agree on its position; rows that disagree are an
 * error, since the file cannot say which is right.
 */
final class ImportCollector {

    private final Map<String, Recommendation> byReference = new LinkedHashMap<>();
    private final Map<String, Integer> firstLine = new LinkedHashMap<>();
    private final List<ImportIssue> errors = new ArrayList<>();

    void add(ImportIssue.Place place, int line, RowOutcome outcome) {
        if (outcome.recommendation() == null) {
            errors.addAll(outcome.errors());
            return;
        }
        Recommendation r = outcome.recommendation();
        Recommendation seen = byReference.get(r.reference());
        if (seen == null) {
            byReference.put(r.reference(), r);
            firstLine.put(r.reference(), line);
        } else if (seen.position() != r.position()) {
            errors.add(ImportIssue.at(place, line, null, "tracker.import.conflicting_duplicate", r.reference(),
                    firstLine.get(r.reference())));
        } else {
            byReference.put(r.reference(), merged(seen, r));
        }
    }

    void add(ImportIssue error) {
        errors.add(error);
    }

    ImportResult result() {
        return ImportResult.of(List.copyOf(byReference.values()), errors);
    }

    private static Recommendation merged(Recommendation a, Recommendation b) {
        return new Recommendation(a.text(), a.language(), a.mechanism(), a.cycle(), a.session(), a.documentSymbol(),
                a.paragraph(), union(a.recommendingStates(), b.recommendingStates()), a.position(),
                union(a.themes(), b.themes()), union(a.affectedPersons(), b.affectedPersons()), union(a.sdgs(), b.sdgs()),
                a.positionSource() != null ? a.positionSource() : b.positionSource(),
                a.publicationDate() != null ? a.publicationDate() : b.publicationDate());
    }

    private static <T> List<T> union(List<T> a, List<T> b) {
        LinkedHashSet<T> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
