package org.vigie.desk;

import io.javalin.http.Context;
import org.vigie.web.Access;
import org.vigie.web.Http;
import org.vigie.web.Router;
import org.vigie.web.Routes;
import org.vigie.web.Views;

/** The home page: a visitor's welcome, or the work of the person signed in, by role. */
public final class DeskRoutes implements Routes {
    private final Desk desk;
    private final Views views;

    public DeskRoutes(Desk desk, Views views) {
        this.desk = desk;
        this.views = views;
    }

    @Override
    public void register(Router r) {
        r.get("/", this::home, Access.ANYONE);
    }

    private void home(Context ctx) {
        var who = Http.principal(ctx);
        if (who.isEmpty()) {
            views.render(ctx, "home.jte");
            return;
        }
        views.render(ctx, "desk/home.jte", "work", desk.workOf(who.get()));
    }
}
