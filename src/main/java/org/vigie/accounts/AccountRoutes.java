package org.vigie.accounts;

import io.javalin.http.Context;
import org.vigie.errors.InvalidInput;
import org.vigie.security.Principal;
import org.vigie.web.Access;
import org.vigie.web.Http;
import org.vigie.web.Router;
import org.vigie.web.Routes;
import org.vigie.web.Views;

/** A person's own account: password, two-step login, API tokens. */
public final class AccountRoutes implements Routes {
    private final Accounts accounts;
    private final Authentication auth;
    private final TwoFactor twoFactor;
    private final Views views;

    public AccountRoutes(Accounts accounts, Authentication auth, TwoFactor twoFactor, Views views) {
        this.accounts = accounts;
        this.auth = auth;
        this.twoFactor = twoFactor;
        this.views = views;
    }

    @Override
    public void register(Router r) {
        r.get("/account", ctx -> show(ctx, null, null, null, null), Access.LOGGED_IN);
        r.post("/account/password", this::changePassword, Access.LOGGED_IN);
        r.post("/account/two-factor", ctx -> show(ctx, twoFactor.propose(Http.user(ctx)), null, null, null), Access.LOGGED_IN);
        r.post("/account/two-factor/confirm", this::confirmTwoFactor, Access.LOGGED_IN);
        r.post("/account/two-factor/disable", this::disableTwoFactor, Access.LOGGED_IN);
        r.post("/account/tokens", this::createToken, Access.LOGGED_IN);
        r.post("/account/tokens/{id}/revoke", this::revokeToken, Access.LOGGED_IN);
    }

    private void show(Context ctx, TwoFactor.Enrolment enrolment, String newToken, String notice, InvalidInput refusal) {
        Principal me = Http.user(ctx);
        views.render(ctx, "accounts/account.jte", "account", accounts.byId(me.accountId()), "tokens", auth.tokensOf(me),
                "enrolment", enrolment, "newToken", newToken, "notice", notice,
                "errors", Http.page(ctx).errors(refusal));
    }

    private void changePassword(Context ctx) {
        Principal me = Http.user(ctx);
        try {
            accounts.changePassword(Http.ip(ctx), me.accountId(), ctx.formParam("current_password"), ctx.formParam("new_password"));
        } catch (InvalidInput e) {
            ctx.status(400);
            show(ctx, null, null, null, e);
            return;
        }
        // All sessions were ended with the old password, this one included: log in again.
        org.vigie.web.Cookies.clearSession(ctx);
        ctx.redirect("/login");
    }

    private void confirmTwoFactor(Context ctx) {
        try {
            twoFactor.confirm(Http.user(ctx), ctx.formParam("sealed"), ctx.formParam("code"), Http.ip(ctx));
            show(ctx, null, null, Http.page(ctx).t("account.two_factor_enabled"), null);
        } catch (InvalidInput e) {
            ctx.status(400);
            show(ctx, null, null, null, e);
        }
    }

    private void disableTwoFactor(Context ctx) {
        Principal me = Http.user(ctx);
        if (!accounts.passwordMatches(me.accountId(), ctx.formParam("current_password"))) {
            ctx.status(400);
            show(ctx, null, null, null, new InvalidInput("current_password", "error.password.current_wrong"));
            return;
        }
        twoFactor.disable(me, me.username(), Http.ip(ctx));
        show(ctx, null, null, Http.page(ctx).t("account.two_factor_disabled"), null);
    }

    private void createToken(Context ctx) {
        try {
            Long days = Http.optionalLong("expires_in_days", ctx.formParam("expires_in_days"));
            if (days != null && (days < 1 || days > Authentication.MAX_TOKEN_DAYS)) {
                throw new InvalidInput("expires_in_days", "error.between", 1, Authentication.MAX_TOKEN_DAYS);
            }
            CreatedToken t = auth.createToken(Http.user(ctx), ctx.formParam("name"), days == null ? null : days.intValue(), Http.ip(ctx));
            show(ctx, null, t.value(), null, null);
        } catch (InvalidInput e) {
            ctx.status(400);
            show(ctx, null, null, null, e);
        }
    }

    private void revokeToken(Context ctx) {
        auth.revokeToken(Http.user(ctx), Http.pathId(ctx, "id"), Http.ip(ctx));
        show(ctx, null, null, Http.page(ctx).t("account.token_revoked_notice"), null);
    }

}
