package org.vigie.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/** Renders the precompiled JTE templates; every template gets the request's {@link Page}. */
public final class Views {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Renders {@code template} with the page and the given parameters, as the response. */
    public void render(Context ctx, String template, Object... namesAndValues) {
        html(ctx, render(Http.page(ctx), template, namesAndValues));
    }

    /** Sends a page, saying its encoding: without it a browser may guess another one from the bytes. */
    static void html(Context ctx, String page) {
        ctx.contentType("text/html; charset=utf-8").result(page);
    }

    /** Renders {@code template} with exactly the given parameters (the public portal's pages, which have no {@link Page}). */
    public String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        engine.render(template, params, out);
        return out.toString();
    }

    public String render(Page page, String template, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("parameters come in name-value pairs");
        }
        Map<String, Object> params = new HashMap<>();
        params.put("page", page);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        StringOutput out = new StringOutput();
        engine.render(template, params, out);
        return out.toString();
    }
}
