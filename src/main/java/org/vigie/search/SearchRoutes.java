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
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SearchRoutes.class);
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
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw new InvalidInput("q", "error.required");
        }
        int offset = Http.queryInt(ctx, "offset", 0);
        int limit = Http.queryInt(ctx, "limit", SearchQuery.DEFAULT_LIMIT);
        if (offset < 0 || offset > SearchQuery.MAX_OFFSET) {
            throw new InvalidInput("offset", "error.between", 0, SearchQuery.MAX_OFFSET);
        }
        if (limit < 1 || limit > SearchQuery.MAX_LIMIT) {
            throw new InvalidInput("limit", "error.between", 1, SearchQuery.MAX_LIMIT);
        }
        try {
            return index.search(new SearchQuery(q, blank(ctx.queryParam("kind")), offset, limit), Http.user(ctx));
        } catch (IllegalArgumentException e) {
            // Lucene refuses some queries it parsed (a fuzzy term, too many clauses): its words are for us, not the caller.
            LOG.info("search refused a query: {}", e.getMessage());
            throw new InvalidInput("q", "error.search.syntax");
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

}
