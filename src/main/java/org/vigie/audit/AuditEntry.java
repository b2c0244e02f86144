package org.vigie.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** One stored entry of the audit trail, with its place in the chain. */
public record AuditEntry(long id, Instant at, String actor, String action, String target, String ip,
                         String details, String prevHash, String hash) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The details as name and value, in name order, for a person to read ({@link #details} stays the exact JSON the
     * chain's hash covers); none for "{}", and the JSON as one value if it is not a flat object.
     */
    public Map<String, String> detailPairs() {
        if (details == null || details.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, Object> parsed = JSON.readValue(details, new TypeReference<Map<String, Object>>() { });
            Map<String, String> pairs = new TreeMap<>();
            parsed.forEach((k, v) -> pairs.put(k, String.valueOf(v)));
            return pairs;
        } catch (JsonProcessingException e) {
            return Map.of("details", details);
        }
    }
}
