package org.vigie.platform;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.function.BiConsumer;
import org.vigie.i18n.Lang;
import org.vigie.web.Access;
import org.vigie.web.Cookies;
import org.vigie.web.Http;
import org.vigie.web.LocalRedirect;
import org.vigie.web.Router;
import org.vigie.web.Routes;

/**
 * The health check, language choice and the API's description. A chosen language is
 * kept in a cookie for this browser and in the account, so that it follows a person to another device.
 */
public final class PlatformRoutes implements Routes {
    private final Health health;
    private final BiConsumer<Long, Lang> rememberForAccount;
    private final String version;

    public PlatformRoutes(Health health, BiConsumer<Long, Lang> rememberForAccount, String version) {
        this.health = health;
        this.rememberForAccount = rememberForAccount;
        this.version = version;
    }

    @Override
    public void register(Router r) {
        r.get("/health", this::health, Access.ANYONE);
        r.post("/lang", this::lang, Access.ANYONE);
        r.get("/api/v1/openapi.yaml", this::openapi, Access.ANYONE);
    }

    /** Answers from the cached state of the database's supervisor and the disk's watch: never waits on either. */
    private void health(Context ctx) {
        Map<String, Object> body = health.report(version);
        ctx.header("Cache-Control", "no-store");
        if (!health.serving()) {
            ctx.header("Retry-After", "5");
        }
        ctx.status(health.serving() ? 200 : 503).json(body);
    }

    private void lang(Context ctx) {
        Lang lang = Lang.fromCode(ctx.formParam("lang"))
                .orElseThrow(() -> new org.vigie.errors.InvalidInput("lang", "error.lang"));
        Cookies.setLanguage(ctx, lang.code());
        Http.principal(ctx).ifPresent(p -> rememberForAccount.accept(p.accountId(), lang));
        ctx.redirect(LocalRedirect.path(ctx.formParam("next")));
    }

    private void openapi(Context ctx) throws IOException {
        try (InputStream in = PlatformRoutes.class.getResourceAsStream("/openapi.yaml")) {
            ctx.contentType("application/yaml; charset=utf-8").result(in.readAllBytes());
        }
    }
}
