package org.vigie.texts.library;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.vigie.errors.InvalidInput;
import org.vigie.texts.chain.ResolutionChain;
import org.vigie.texts.export.TextJson;
import org.vigie.web.Access;
import org.vigie.web.Http;
import org.vigie.web.Router;
import org.vigie.web.Routes;

/** The JSON API of texts. An import sends the file's bytes as the body, its name in {@code ?name=}. */
public final class TextApi implements Routes {
    private final TextLibrary library;

    public TextApi(TextLibrary library) {
        this.library = library;
    }

    @Override
    public void register(Router r) {
        r.get("/api/v1/texts", ctx -> ctx.json(Map.of("texts", library.all())), Access.LOGGED_IN);
        r.post("/api/v1/texts", this::upload, TextRoutes.IMPORTERS);
        r.get("/api/v1/texts/compare", this::compare, Access.LOGGED_IN);
        r.get("/api/v1/texts/chains", ctx -> ctx.json(Map.of("chains", library.chains().stream().map(TextJson::chain).toList())),
                Access.LOGGED_IN);
        r.get("/api/v1/texts/chains/{key}", ctx -> ctx.json(TextJson.chain(library.chain(ctx.pathParam("key")))), Access.LOGGED_IN);
        r.get("/api/v1/texts/{id}", this::show, Access.LOGGED_IN);
        r.get("/api/v1/texts/{id}/findings", ctx -> {
            long id = Http.pathId(ctx, "id");
            ctx.json(Map.of("findings", TextJson.findings(library.findings(id), library.resolution(id).language())));
        }, Access.LOGGED_IN);
        r.get("/api/v1/texts/{id}/akn", ctx -> ctx.contentType("application/akn+xml; charset=utf-8")
                .result(library.akomaNtoso(Http.actor(ctx), Http.ip(ctx), Http.pathId(ctx, "id"), LocalDate.now())), Access.LOGGED_IN);
    }

    private void upload(Context ctx) {
        String name = ctx.queryParam("name");
        if (name == null || name.isBlank()) {
            throw new InvalidInput("name", "error.required");
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw new InvalidInput("file", "error.required");
        }
        Long previousId = Http.queryLong(ctx, "previous");
        var imported = library.importFile(Http.actor(ctx), Http.ip(ctx), name, body, false, previousId);
        ctx.status(imported.alreadyThere() ? 200 : 201).json(imported.text());
    }

    private void show(Context ctx) {
        long id = Http.pathId(ctx, "id");
        Map<String, Object> out = new LinkedHashMap<>(TextJson.stored(library.summary(id), library.resolution(id), library.findings(id)));
        // The other Expressions of the same Work: the same resolution stored in another language.
        out.put("expressions", library.otherLanguages(id).stream()
                .map(t -> Map.of("id", t.id(), "language", t.language().name().toLowerCase(Locale.ROOT))).toList());
        out.put("chain", library.chainOf(id).map(ResolutionChain::key).orElse(null));
        ctx.json(out);
    }

    private void compare(Context ctx) {
        long a = Http.requiredLong(ctx, "a");
        long b = Http.requiredLong(ctx, "b");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("older", a);
        out.put("newer", b);
        out.putAll(TextJson.comparison(library.compare(a, b)));
        ctx.json(out);
    }
}
