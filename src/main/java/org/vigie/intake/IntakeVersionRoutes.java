package org.vigie.intake;

import io.javalin.http.Context;
import org.vigie.errors.NotFound;
import org.vigie.web.Access;
import org.vigie.web.Flash;
import org.vigie.web.Http;
import org.vigie.web.Router;
import org.vigie.web.Routes;
import org.vigie.web.Views;

/**
 * The analysts' pages for re-sent submissions: the versions waiting, one version beside the one standing, and the
 * decision. Open to every signed-in role at the router so that another role gets the same 404 as a missing
 * version ({@link IntakeVersions} decides who reconciles), never a 403 telling the page exists.
 */
public final class IntakeVersionRoutes implements Routes {
    static final String PAGE = "/intake/versions";

    private final IntakeVersions versions;
    private final Views views;

    public IntakeVersionRoutes(IntakeVersions versions, Views views) {
        this.versions = versions;
        this.views = views;
    }

    @Override
    public void register(Router r) {
        r.get(PAGE, this::list, Access.LOGGED_IN);
        r.get(PAGE + "/{id}", this::show, Access.LOGGED_IN);
        r.post(PAGE + "/{id}", this::decide, Access.LOGGED_IN);
    }

    private void list(Context ctx) {
        if (!IntakeVersions.reconciles(Http.user(ctx))) {
            throw new NotFound("intake versions");
        }
        views.render(ctx, "intake/versions.jte", "pending", versions.pending(Http.user(ctx), 200));
    }

    private void show(Context ctx) {
        IntakeVersions.Comparison c = versions.compare(Http.user(ctx), Http.ip(ctx), Http.pathId(ctx, "id"), Http.lang(ctx).locale());
        views.render(ctx, "intake/version.jte", "comparison", c);
    }

    private void decide(Context ctx) {
        versions.decide(Http.user(ctx), Http.ip(ctx), Http.pathId(ctx, "id"), ctx.formParam("decision"));
        Flash.redirect(ctx, PAGE, "flash.intake_version_decided");
    }
}
