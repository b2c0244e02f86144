package org.vigie.intake;

import io.javalin.http.Context;
import java.util.List;
import org.vigie.accounts.Account;
import org.vigie.accounts.Accounts;
import org.vigie.errors.InvalidInput;
import org.vigie.security.Role;
import org.vigie.web.Flash;
import org.vigie.web.Http;
import org.vigie.web.Router;
import org.vigie.web.Routes;
import org.vigie.web.Views;

/** The pages where administrators and analysts enrol monitors' phones and revoke them. */
public final class DeviceRoutes implements Routes {
    static final Role[] MANAGERS = {Role.ADMINISTRATOR, Role.ANALYST};
    static final String PAGE = "/intake/devices";

    private final FieldDevices devices;
    private final Accounts accounts;
    private final Views views;

    public DeviceRoutes(FieldDevices devices, Accounts accounts, Views views) {
        this.devices = devices;
        this.accounts = accounts;
        this.views = views;
    }

    @Override
    public void register(Router r) {
        r.get(PAGE, ctx -> show(ctx, null, null), MANAGERS);
        r.post(PAGE, this::enrol, MANAGERS);
        r.post(PAGE + "/{id}/revoke", this::revoke, MANAGERS);
    }

    private void show(Context ctx, FieldDevices.Enrolled enrolled, InvalidInput refusal) {
        CollectSettings settings = enrolled == null ? null
                : CollectSettings.of(Http.origin(ctx), enrolled.token(), "Vigie – " + enrolled.device().label());
        views.render(ctx, "intake/devices.jte", "devices", devices.all(), "collectors", collectors(), "enrolled", enrolled,
                "settings", settings, "errors", Http.page(ctx).errors(refusal));
    }

    private List<Account> collectors() {
        return accounts.all().stream().filter(a -> !a.disabled() && FieldDevices.COLLECTORS.contains(a.role())).toList();
    }

    /** The token is in this one answer only: the page is not cached (the pipeline sets no-store) and never shown again. */
    private void enrol(Context ctx) {
        try {
            FieldDevices.Enrolled e = devices.enrol(Http.user(ctx), Http.ip(ctx), ctx.formParam("username"), ctx.formParam("label"));
            show(ctx, e, null);
        } catch (InvalidInput e) {
            ctx.status(400);
            show(ctx, null, e);
        }
    }

    private void revoke(Context ctx) {
        FieldDevice d = devices.revoke(Http.user(ctx), Http.ip(ctx), Http.pathId(ctx, "id"));
        Flash.redirect(ctx, PAGE, "flash.device_revoked", d.label());
    }
}
