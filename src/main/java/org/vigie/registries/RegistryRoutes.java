package org.vigie.registries;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigie.errors.InvalidInput;
import org.vigie.registries.proceedings.ProceedingFilter;
import org.vigie.registries.reparations.ClaimFilter;
import org.vigie.registries.reparations.ReparationRegistry;
import org.vigie.registries.schools.SchoolFilter;
import org.vigie.security.Principal;
import org.vigie.web.Access;
import org.vigie.web.Http;
import org.vigie.web.JsonBody;
import org.vigie.web.Router;
import org.vigie.web.Routes;
import org.vigie.web.Views;

/** The registries' home page, and how their pages and API read a request into an {@link Input}. */
public final class RegistryRoutes implements Routes {
    private final Registries registries;
    private final Views views;

    public RegistryRoutes(Registries registries, Views views) {
        this.registries = registries;
        this.views = views;
    }

    @Override
    public void register(Router r) {
        r.get("/registries", this::index, Access.LOGGED_IN);
    }

    private void index(Context ctx) {
        Principal p = Http.user(ctx);
        boolean schools = registries.schools().mayRead(p);
        boolean proceedings = registries.proceedings().mayRead(p);
        boolean reparations = ReparationRegistry.READERS.contains(p.role());
        views.render(ctx, "registries/index.jte",
                "schools", schools ? registries.schools().count(SchoolFilter.all()) : -1L,
                "closedNow", schools ? registries.schools().count(new SchoolFilter(null, null, true, null, null, 0, 1)) : -1L,
                "proceedings", proceedings ? registries.proceedings().count(new ProceedingFilter(null, null, null, 0, 1)) : -1L,
                "reparations", reparations ? registries.reparations().count(new ClaimFilter(null, null, 0, 1)) : -1L);
    }

    /**
     * Answers htmx's search in a link field with the suggestions alone (each a form posting to {@code action});
     * false when the request is a plain one, whose answer is the entry's page drawn with them.
     */
    public static boolean suggestionsAlone(Context ctx, Views views, String action, LinkSearch search) {
        if (!Http.htmx(ctx) || !(search.field() + "-suggestions").equals(ctx.header("HX-Target"))) {
            return false;
        }
        views.render(ctx, "links/reference_suggestions.jte", "action", action, "field", search.field(), "q", search.q(),
                "suggestions", search.suggestions());
        return true;
    }

    /** The submitted form. */
    public static Input form(Context ctx) {
        return new Input(ctx.formParamMap());
    }

    /** The query string. */
    public static Input query(Context ctx) {
        return new Input(ctx.queryParamMap());
    }

    /** A JSON object's fields: scalars as one value, arrays as several, nested objects refused. */
    static Input json(Context ctx) {
        JsonNode body = JsonBody.object(ctx);
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            List<String> list = new ArrayList<>();
            if (e.getValue().isArray()) {
                e.getValue().forEach(v -> list.add(scalar(e.getKey(), v)));
            } else if (!e.getValue().isNull()) {
                list.add(scalar(e.getKey(), e.getValue()));
            }
            values.put(e.getKey(), list);
        }
        return new Input(values);
    }

    private static String scalar(String field, JsonNode v) {
        if (v.isContainerNode()) {
            throw new InvalidInput(field, "registries.json.scalar");
        }
        return v.asText();
    }

    /** An {@code offset} query parameter, 0 when absent. */
    public static int offset(Context ctx) {
        return Http.queryInt(ctx, "offset", 0);
    }
}
