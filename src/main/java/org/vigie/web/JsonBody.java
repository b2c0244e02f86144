package org.vigie.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.Iterator;
import java.util.Map;
import org.vigie.errors.InvalidInput;

/**
 * Reads a request's JSON body, the one way every API route does. What a client can get wrong is
 * answered as a 400 that names the field, in the caller's language, never with the parser's own
 * words: malformed JSON (its line and column), a body that is not an object, and a NUL character
 * ({@code \u0000}) in any name or text, which PostgreSQL cannot store in text and would otherwise
 * reach it as an unexpected error.
 */
public final class JsonBody {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonBody() {
    }

    /** The body as a JSON object. */
    public static JsonNode object(Context ctx) {
        return object(ctx.body());
    }

    static JsonNode object(String body) {
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new InvalidInput("body", "error.json.syntax", at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
        }
        if (node == null || !node.isObject()) {
            throw new InvalidInput("body", "error.json.object");
        }
        refuseNul("", node);
        return node;
    }

    private static void refuseNul(String path, JsonNode node) {
        if (node.isTextual() && node.textValue().indexOf('\0') >= 0) {
            throw new InvalidInput(path, "error.nul");
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                refuseNul(path + "[" + i + "]", node.get(i));
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            if (e.getKey().indexOf('\0') >= 0) {
                throw new InvalidInput(path.isEmpty() ? "body" : path, "error.nul");
            }
            refuseNul(name, e.getValue());
        }
    }
}
