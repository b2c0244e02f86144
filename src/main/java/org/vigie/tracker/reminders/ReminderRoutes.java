package org.vigie.tracker.reminders;

import io.javalin.http.Context;
import org.vigie.security.Role;
import org.vigie.tracker.followup.FormValues;
import org.vigie.web.Access;
import org.vigie.web.Http;
import org.vigie.web.Router;
import org.vigie.web.Routes;
import org.vigie.web.Views;

/** The reminders page (what is due soon or overdue in the caller's scope) and the administrators' deadline form. */
public final class ReminderRoutes implements Routes {
    private final Reminders reminders;
    private final Views views;

    public ReminderRoutes(Reminders reminders, Views views) {
        this.reminders = reminders;
        this.views = views;
    }

    @Override
    public void register(Router r) {
        r.get("/tracker/reminders", this::page, Access.LOGGED_IN);
        r.post("/tracker/deadlines/{id}", this::setDeadline, Role.ADMINISTRATOR);
    }

    private void page(Context ctx) {
        views.render(ctx, "tracker/reminders.jte", "list", reminders.forViewer(Http.user(ctx)), "deadlines", reminders.deadlines());
    }

    private void setDeadline(Context ctx) {
        reminders.setDeadline(Http.user(ctx), Http.ip(ctx), Http.pathId(ctx, "id"), FormValues.date("due_on", ctx.formParam("due_on")));
        ctx.redirect("/tracker/reminders");
    }
}
