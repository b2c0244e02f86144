package org.vigie.tracker.imports;

import java.util.List;
import org.vigie.files.ImportIssue;
import org.vigie.tracker.recommendations.Recommendation;

/** What one row gave: a recommendation, or the errors that keep it from being one. */
record RowOutcome(Recommendation recommendation, List<ImportIssue> errors) {

    RowOutcome {
        errors = List.copyOf(errors);
        if ((recommendation == null) == errors.isEmpty()) {
            throw new IllegalArgumentException("a row gives either a recommendation or errors");
        }
    }

    static RowOutcome of(Recommendation recommendation) {
        return new RowOutcome(recommendation, List.of());
    }

    static RowOutcome failed(List<ImportIssue> errors) {
        return new RowOutcome(null, errors);
    }
}
