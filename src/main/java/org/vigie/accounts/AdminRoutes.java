package org.vigie.accounts;

import io.javalin.http.Context;
import org.vigie.errors.Faults;
import org.vigie.errors.InvalidInput;
import org.vigie.security.Role;
import org.vigie.web.Http;
import org.vigie.web.Router;
import org.vigie.web.Routes;
import org.vigie.web.Views;

/** The administration of accounts and roles, for administrators only. */
public final class AdminRoutes implements Routes {
    private final Accounts accounts;
    private final Views views;

    public AdminRoutes(Accounts accounts, Views views) {
        this.accounts = accounts;
        this.views = views;
    }

    @Override
    public void register(Router r) {
        r.get("/admin/accounts", ctx -> show(ctx, null, null), Role.ADMINISTRATOR);
        r.post("/admin/accounts", this::create, Role.ADMINISTRATOR);
        r.post("/admin/accounts/{id}/role", this::changeRole, Role.ADMINISTRATOR);
        r.post("/admin/accounts/{id}/disable", ctx -> setDisabled(ctx, true), Role.ADMINISTRATOR);
        r.post("/admin/accounts/{id}/enable", ctx -> setDisabled(ctx, false), Role.ADMINISTRATOR);
        r.post("/admin/accounts/{id}/password", this::resetPassword, Role.ADMINISTRATOR);
    }

    private void show(Context ctx, String notice, InvalidInput refusal) {
        // A refused form is shown again with what was typed, passwords excepted.
        java.util.Map<String, String> typed = new java.util.HashMap<>();
        if (refusal != null) {
            ctx.formParamMap().forEach((k, v) -> typed.put(k, k.contains("password") || v.isEmpty() ? "" : v.get(0)));
        }
        views.render(ctx, "accounts/admin.jte", "accounts", accounts.all(), "institutions", accounts.institutions(),
                "notice", notice, "errors", Http.page(ctx).errors(refusal), "typed", typed);
    }

    private void create(Context ctx) {
        attempt(ctx, () -> {
            // Every fault of the form at once: username, role, display name, institution and password.
            Faults faults = new Faults();
            Username username = faults.check(() -> new Username(ctx.formParam("username")));
            Role role = faults.check(() -> role(ctx.formParam("role")));
            NewAccount req = role == null ? null : faults.check(() -> new NewAccount(username, ctx.formParam("display_name"), role,
                    ctx.formParam("institution"), ctx.formParam("password")));
            faults.run(() -> PasswordPolicy.check(ctx.formParam("password"), username == null ? "" : username.value()));
            faults.throwIfAny();
            Account a = accounts.create(Http.actor(ctx), Http.ip(ctx), req);
            return Http.page(ctx).t("admin.created", a.username());
        });
    }

    private void changeRole(Context ctx) {
        attempt(ctx, () -> {
            Account a = accounts.changeRole(Http.actor(ctx), Http.ip(ctx), Http.pathId(ctx, "id"),
                    role(ctx.formParam("role")), ctx.formParam("institution"));
            return Http.page(ctx).t("admin.updated", a.username());
        });
    }

    private void setDisabled(Context ctx, boolean disabled) {
        attempt(ctx, () -> {
            Account a = accounts.setDisabled(Http.actor(ctx), Http.ip(ctx), Http.pathId(ctx, "id"), disabled);
            return Http.page(ctx).t("admin.updated", a.username());
        });
    }

    /** For someone who lost their password: the administrator sets a new one to hand over in person; their sessions end. */
    private void resetPassword(Context ctx) {
        attempt(ctx, () -> {
            long id = Http.pathId(ctx, "id");
            accounts.resetPassword(Http.actor(ctx), Http.ip(ctx), id, ctx.formParam("password"));
            return Http.page(ctx).t("admin.password_reset", accounts.byId(id).username());
        });
    }

    private void attempt(Context ctx, java.util.function.Supplier<String> change) {
        try {
            show(ctx, change.get(), null);
        } catch (InvalidInput e) {
            ctx.status(e instanceof org.vigie.errors.Conflict ? 409 : 400);
            show(ctx, null, e);
        }
    }

    static Role role(String code) {
        try {
            return Role.parse(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("role", "error.role");
        }
    }
}
