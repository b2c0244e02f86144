package org.vigie.search;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.vigie.errors.InvalidInput;
import org.vigie.security.Role;
import org.vigie.web.Access;
import org.vigie.web.Http;
import org.vigie.web.Router;
import org.vigie.web.Routes;
import org.vigie.web.Views;

/** The search page, the search API, and the rebuild of the index for administrators. */
public final class SearchRoutes implements Routes {
    private final SearchIndex index;
    private final Supplier<List<SearchSource>> sources;
    private final Views views;

    public SearchRoutes(SearchIndex index, Supplier<List<SearchSource>> sources, Views views) {
        this.index = index;
        this.sources = sources;
        this.views = views;
    }

    @Override
    public void register(Router r) {
        r.get("/search", this::page, Access.LOGGED_IN);
        r.get("/api/v1/search", ctx -> ctx.json(run(ctx)), Access.LOGGED_IN);
        r.post("/api/v1/search/reindex", ctx -> ctx.json(index.rebuild(sources.get())), Role.ADMINISTRATOR);
    }

    private void page(Context ctx) {
        String q = ctx.queryParam("q");
        SearchResults results = q == null || q.isBlank() ? null : run(ctx);
        views.render(ctx, "search/results.jte", "q", q == null ? "" : q, "results", results);
    }

    private SearchResults run(Context ctx) {
        try {
            SearchQuery query = new SearchQuery(ctx.queryParam("q"), blank(ctx.queryParam("kind")),
                    Http.queryInt(ctx, "offset", 0), Http.queryInt(ctx, "limit", SearchQuery.DEFAULT_LIMIT));
            return index.search(query, Http.user(ctx));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("q", "error.range", e.getMessage());
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

}
