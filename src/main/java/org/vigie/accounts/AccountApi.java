package org.vigie.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vigie.errors.InvalidInput;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.web.Access;
import org.vigie.web.Http;
import org.vigie.web.JsonBody;
import org.vigie.web.Router;
import org.vigie.web.Routes;

/** The JSON API of accounts: who am I, my tokens, and the administration of accounts. */
public final class AccountApi implements Routes {
    private final Accounts accounts;
    private final Authentication auth;

    public AccountApi(Accounts accounts, Authentication auth) {
        this.accounts = accounts;
        this.auth = auth;
    }

    @Override
    public void register(Router r) {
        r.get("/api/v1/me", ctx -> ctx.json(json(accounts.byId(Http.user(ctx).accountId()))), Access.LOGGED_IN);
        r.get("/api/v1/tokens", ctx -> ctx.json(Map.of("tokens", auth.tokensOf(Http.user(ctx)))), Access.LOGGED_IN);
        r.post("/api/v1/tokens", this::createToken, Access.LOGGED_IN);
        r.delete("/api/v1/tokens/{id}", this::revokeToken, Access.LOGGED_IN);
        r.get("/api/v1/accounts", ctx -> ctx.json(Map.of("accounts", accounts.all().stream().map(AccountApi::json).toList())), Role.ADMINISTRATOR);
        r.post("/api/v1/accounts", this::create, Role.ADMINISTRATOR);
        r.get("/api/v1/accounts/{id}", ctx -> ctx.json(json(accounts.byId(Http.pathId(ctx, "id")))), Role.ADMINISTRATOR);
        r.patch("/api/v1/accounts/{id}", this::update, Role.ADMINISTRATOR);
    }

    private void createToken(Context ctx) {
        JsonNode body = body(ctx);
        CreatedToken t = auth.createToken(Http.user(ctx), text(body, "name"), days(body), Http.ip(ctx));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("token", t.token());
        out.put("value", t.value());
        ctx.status(201).json(out);
    }

    private void revokeToken(Context ctx) {
        Principal me = Http.user(ctx);
        auth.revokeToken(me, Http.pathId(ctx, "id"), Http.ip(ctx));
        ctx.status(204);
    }

    private void create(Context ctx) {
        JsonNode b = body(ctx);
        NewAccount req = new NewAccount(new Username(text(b, "username")), text(b, "display_name"),
                AdminRoutes.role(text(b, "role")), text(b, "institution"), text(b, "password"));
        ctx.status(201).json(json(accounts.create(Http.actor(ctx), Http.ip(ctx), req)));
    }

    private void update(Context ctx) {
        JsonNode b = body(ctx);
        long id = Http.pathId(ctx, "id");
        if (b.hasNonNull("role")) {
            accounts.changeRole(Http.actor(ctx), Http.ip(ctx), id, AdminRoutes.role(text(b, "role")), text(b, "institution"));
        }
        if (b.hasNonNull("disabled")) {
            if (!b.get("disabled").isBoolean()) {
                throw new InvalidInput("disabled", "error.required");
            }
            accounts.setDisabled(Http.actor(ctx), Http.ip(ctx), id, b.get("disabled").asBoolean());
        }
        ctx.json(json(accounts.byId(id)));
    }

    static JsonNode body(Context ctx) {
        return JsonBody.object(ctx);
    }

    /** {@code expires_in_days}: a whole number, or absent for the default lifetime. */
    private static Integer days(JsonNode body) {
        JsonNode v = body.get("expires_in_days");
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new InvalidInput("expires_in_days", "error.not_a_number");
        }
        return v.intValue();
    }

    static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static Map<String, Object> json(Account a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("username", a.username());
        m.put("display_name", a.displayName());
        m.put("role", a.role().code());
        m.put("institution_id", a.institutionId());
        m.put("disabled", a.disabled());
        m.put("two_factor", a.twoFactor());
        m.put("demo", a.demo());
        m.put("created_at", a.createdAt());
        return m;
    }
}
