package org.vigie.tracker.followup;

import io.javalin.http.Context;
import org.vigie.errors.Conflict;
import org.vigie.errors.InvalidInput;
import org.vigie.security.Role;
import org.vigie.web.Flash;
import org.vigie.web.Http;
import org.vigie.web.Router;
import org.vigie.web.Routes;
import org.vigie.web.Views;

/**
 * Where a validator decides: the list of reports to validate, each with its recommendation's text, and the
 * decision itself, posted from that list, the recommendation's page or the institution's dashboard and answered
 * with a redirect back there and a confirmation.
 */
public final class DecisionRoutes implements Routes {
    static final String TO_VALIDATE = "/tracker/to-validate";
    private final FollowUp followUp;
    private final ReportAttachments attachments;
    private final Views views;

    public DecisionRoutes(FollowUp followUp, ReportAttachments attachments, Views views) {
        this.followUp = followUp;
        this.attachments = attachments;
        this.views = views;
    }

    @Override
    public void register(Router r) {
        r.get(TO_VALIDATE, ctx -> list(ctx, null), Role.VALIDATOR);
        r.post("/tracker/reports/{id}/decision", this::decide, Role.VALIDATOR);
    }

    private void list(Context ctx, String error) {
        var reports = followUp.toValidate(Http.user(ctx));
        // Each report listed is one this validator may read: its attachments with it.
        views.render(ctx, "tracker/to_validate.jte", "reports", reports, "error", error,
                "attachments", attachments.of(reports.stream().map(d -> d.report().id()).toList()));
    }

    private void decide(Context ctx) {
        String decision = ctx.formParam("decision");
        if (!"validate".equals(decision) && !"return".equals(decision)) {
            throw new InvalidInput("decision", "error.tracker.unknown_code", String.valueOf(decision));
        }
        boolean approve = "validate".equals(decision);
        try {
            followUp.decide(Http.user(ctx), Http.ip(ctx), Http.pathId(ctx, "id"), approve, ctx.formParam("comment"));
        } catch (InvalidInput e) {
            ctx.status(e instanceof Conflict ? 409 : 400);
            list(ctx, Http.page(ctx).explain(e));
            return;
        }
        String back = ctx.formParam("back");
        Flash.redirect(ctx, back == null || back.isBlank() ? TO_VALIDATE : back,
                approve ? "flash.report_validated" : "flash.report_returned");
    }
}
