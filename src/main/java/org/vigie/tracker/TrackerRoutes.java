package org.vigie.tracker;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import org.vigie.errors.InvalidInput;
import org.vigie.security.Role;
import org.vigie.texts.TextLibrary;
import org.vigie.web.Access;
import org.vigie.web.Http;
import org.vigie.web.Router;
import org.vigie.web.Routes;
import org.vigie.web.Views;

/** The tracker's pages: the list with filters, one recommendation, importing a list, following a resolution's commitments. */
public final class TrackerRoutes implements Routes {
    static final Role[] IMPORTERS = {Role.ADMINISTRATOR, Role.ANALYST};
    private static final int PAGE = 50;
    private final Tracker tracker;
    private final TextLibrary texts;
    private final Views views;

    public TrackerRoutes(Tracker tracker, TextLibrary texts, Views views) {
        this.tracker = tracker;
        this.texts = texts;
        this.views = views;
    }

    @Override
    public void register(Router r) {
        r.get("/tracker", ctx -> list(ctx, null, null), Access.LOGGED_IN);
        r.post("/tracker/import", this::importFile, IMPORTERS);
        r.get("/tracker/{id}", ctx -> views.render(ctx, "tracker/show.jte", "r", tracker.byId(Http.pathId(ctx, "id"))), Access.LOGGED_IN);
        r.post("/texts/{id}/track", this::trackCommitments, IMPORTERS);
    }

    private void list(Context ctx, String notice, String error) {
        RecommendationFilter f = RecommendationFilter.parse(ctx.queryParam("mechanism"), ctx.queryParam("position"),
                ctx.queryParam("theme"), ctx.queryParam("q"), Http.queryInt(ctx, "offset", 0), PAGE);
        views.render(ctx, "tracker/list.jte", "items", tracker.find(f), "total", tracker.count(f), "filter", f,
                "themes", tracker.themes(), "notice", notice, "error", error,
                "canImport", Http.principal(ctx).map(p -> java.util.Arrays.asList(IMPORTERS).contains(p.role())).orElse(false));
    }

    private void importFile(Context ctx) throws IOException {
        UploadedFile file = ctx.uploadedFile("file");
        var page = Http.page(ctx);
        try {
            if (file == null || file.size() == 0) {
                throw new InvalidInput("file", "error.required");
            }
            byte[] bytes;
            try (InputStream in = file.content()) {
                bytes = in.readAllBytes();
            }
            Tracker.Outcome o = tracker.importFile(Http.actor(ctx), Http.ip(ctx), file.filename(), bytes);
            list(ctx, page.t("tracker.imported", o.summary().recommendations(), o.added(), o.alreadyThere()), null);
        } catch (InvalidInput e) {
            ctx.status(400);
            list(ctx, null, e.field() + " : " + page.t(e.messageKey(), e.args()));
        }
    }

    private void trackCommitments(Context ctx) {
        long id = Http.pathId(ctx, "id");
        tracker.trackCommitments(Http.actor(ctx), Http.ip(ctx), texts.summary(id), texts.resolution(id));
        ctx.redirect("/tracker?mechanism=resolution_commitment");
    }
}
