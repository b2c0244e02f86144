package org.vigie.tracker.imports;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.files.ImportIssue;
import org.vigie.tracker.recommendations.Position;
import org.vigie.tracker.recommendations.Recommendation;

/**
 * The counts of an import, each recommendation counted once even when a thematic list repeats it
 * under several themes.
 *
 * @param recommendations the number of distinct recommendations (by {@link Recommendation#reference()})
 * @param positions       how many have each position, keyed by {@link Position#key()}, every position present
 * @param themes          the number of distinct themes among them
 */
public record ImportSummary(int recommendations, Map<String, Integer> positions, int themes) {

    public ImportSummary {
        positions = Map.copyOf(positions);
    }

    public static ImportSummary of(Collection<Recommendation> all) {
        Map<String, Recommendation> distinct = new LinkedHashMap<>();
        for (Recommendation r : all) {
            distinct.putIfAbsent(r.reference(), r);
        }
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (Position p : Position.values()) {
            positions.put(p.key(), 0);
        }
        Set<String> themes = new LinkedHashSet<>();
        for (Recommendation r : distinct.values()) {
            positions.merge(r.position().key(), 1, Integer::sum);
            themes.addAll(r.themes());
        }
        return new ImportSummary(distinct.size(), positions, themes.size());
    }

    /**
     * The object {@code recommendations import FILE --dry-run --format json} prints:
     * {@code {"recommendations": N, "positions": {"supported": n, ...}, "themes": n, "errors": [...]}},
     * keys in that order, ready for Jackson.
     */
    public Map<String, Object> toJson(List<ImportIssue> errors) {
        Map<String, Integer> orderedPositions = new LinkedHashMap<>();
        for (Position p : Position.values()) {
            orderedPositions.put(p.key(), positions.getOrDefault(p.key(), 0));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("recommendations", recommendations);
        json.put("positions", orderedPositions);
        json.put("themes", themes);
        json.put("errors", errors.stream().map(ImportIssue::toJson).toList());
        return json;
    }
}
