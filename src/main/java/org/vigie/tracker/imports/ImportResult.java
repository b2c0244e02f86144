package org.vigie.tracker.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigie.files.ImportIssue;
import org.vigie.tracker.recommendations.Recommendation;

/**
 * What a reader made of a file: either every recommendation in it, or the errors that refuse it all.
 * An import is all or nothing, so a result never holds both. {@code state} is the State under review the file
 * names (ISO 3166 alpha-2), or null when it names none.
 */
public record ImportResult(List<Recommendation> recommendations, List<ImportIssue> errors, String state) {

    /** A file with thousands of bad rows is told by its first hundred; the last entry counts the rest. */
    public static final int MAX_ERRORS = 100;

    /** A result whose State the file does not tell. */
    public ImportResult(List<Recommendation> recommendations, List<ImportIssue> errors) {
        this(recommendations, errors, null);
    }

    /** The same result, its recommendations those of the State {@code code} (ISO 3166 alpha-2), or of none told when null. */
    ImportResult withState(String code) {
        return new ImportResult(recommendations, errors, code);
    }

    public ImportResult {
        recommendations = List.copyOf(recommendations);
        errors = List.copyOf(errors);
        if (recommendations.isEmpty() == errors.isEmpty()) {
            throw new IllegalArgumentException("an import result holds either recommendations or errors");
        }
    }

    /**
     * The result of reading {@code read} with {@code errors} found on the way: the errors alone when
     * there are any (the recommendations read are dropped), capped at {@link #MAX_ERRORS}; a file
     * without any recommendation is an error too.
     */
    static ImportResult of(List<Recommendation> read, List<ImportIssue> errors) {
        if (errors.isEmpty()) {
            return read.isEmpty() ? failure(ImportIssue.ofFile("tracker.import.no_recommendations"))
                    : new ImportResult(read, List.of());
        }
        if (errors.size() <= MAX_ERRORS) {
            return new ImportResult(List.of(), errors);
        }
        List<ImportIssue> capped = new ArrayList<>(errors.subList(0, MAX_ERRORS - 1));
        capped.add(ImportIssue.ofFile("tracker.import.more_errors", errors.size() - capped.size()));
        return new ImportResult(List.of(), capped);
    }

    static ImportResult failure(ImportIssue error) {
        return new ImportResult(List.of(), List.of(error));
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }

    /** The counts the command line prints; zero recommendations when the import failed. */
    public ImportSummary summary() {
        return ImportSummary.of(recommendations);
    }

    /** What {@code recommendations import FILE --dry-run --format json} prints; see {@link ImportSummary#toJson}. */
    public Map<String, Object> toDryRunJson() {
        return summary().toJson(errors);
    }
}
