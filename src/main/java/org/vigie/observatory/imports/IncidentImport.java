package org.vigie.observatory.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigie.files.ImportIssue;
import org.vigie.observatory.incidents.ActDraft;
import org.vigie.observatory.incidents.IncidentDraft;

/**
 * What a reader made of a file of incidents: either every incident in it, with warnings about what it
 * adjusted, or the errors that refuse it all. An import is all or nothing, so a result never holds both
 * incidents and errors.
 */
public record IncidentImport(List<ImportedIncident> incidents, List<ImportIssue> warnings, List<ImportIssue> errors) {

    /** A file with thousands of bad rows is told by its first hundred; the last entry counts the rest. */
    public static final int MAX_ISSUES = 100;

    public IncidentImport {
        incidents = List.copyOf(incidents);
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
        if (!incidents.isEmpty() && !errors.isEmpty()) {
            throw new IllegalArgumentException("an import holds either incidents or errors");
        }
        if (incidents.isEmpty() && errors.isEmpty()) {
            throw new IllegalArgumentException("an import without incidents says why");
        }
    }

    /**
     * The result of reading a file: the errors alone when there are any (what was read is dropped), each
     * list capped at {@link #MAX_ISSUES}; a file without any incident is an error too.
     */
    static IncidentImport of(List<ImportedIncident> read, List<ImportIssue> warnings, List<ImportIssue> errors) {
        if (errors.isEmpty() && read.isEmpty()) {
            return failure(ImportIssue.ofFile("observatory.import.no_incidents"));
        }
        return errors.isEmpty() ? new IncidentImport(read, capped(warnings), List.of())
                : new IncidentImport(List.of(), capped(warnings), capped(errors));
    }

    static IncidentImport failure(ImportIssue error) {
        return new IncidentImport(List.of(), List.of(), List.of(error));
    }

    private static List<ImportIssue> capped(List<ImportIssue> issues) {
        if (issues.size() <= MAX_ISSUES) {
            return issues;
        }
        List<ImportIssue> kept = new ArrayList<>(issues.subList(0, MAX_ISSUES - 1));
        kept.add(ImportIssue.ofFile("observatory.import.more_issues", issues.size() - kept.size()));
        return kept;
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }

    /** The drafts alone, in file order, for the observatory's {@code recordAll}. */
    public List<IncidentDraft> drafts() {
        return incidents.stream().map(ImportedIncident::incident).toList();
    }

    /** The number of victims described one by one, across all incidents. */
    public int victims() {
        return incidents.stream().mapToInt(i -> i.victims().size()).sum();
    }

    /**
     * What {@code incidents import FILE --dry-run --format-output json} prints:
     * {@code {"incidents": N, "victims": N, "counted_victims": N, "warnings": [...], "errors": [...]}}.
     */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("incidents", incidents.size());
        json.put("victims", victims());
        json.put("counted_victims", incidents.stream().flatMap(i -> i.incident().acts().stream())
                .mapToInt(ActDraft::unrecordedVictims).sum());
        json.put("warnings", warnings.stream().map(ImportIssue::toJson).toList());
        json.put("errors", errors.stream().map(ImportIssue::toJson).toList());
        return json;
    }
}
