package org.vigie.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Where capabilities declare their routes. A route without roles is refused when it is declared,
 * so access is denied by default; the table of routes is kept for the OpenAPI check and the
 * route-by-role tests.
 */
public final class Router {
    /** One declared route. */
    public record Route(HandlerType method, String path, Set<RouteRole> roles) {
    }

    private final RoutesConfig routes;
    private final List<Route> declared = new ArrayList<>();

    Router(RoutesConfig routes) {
        this.routes = routes;
    }

    public Router get(String path, Handler handler, RouteRole... roles) {
        return add(HandlerType.GET, path, handler, roles);
    }

    public Router post(String path, Handler handler, RouteRole... roles) {
        return add(HandlerType.POST, path, handler, roles);
    }

    public Router put(String path, Handler handler, RouteRole... roles) {
        return add(HandlerType.PUT, path, handler, roles);
    }

    public Router patch(String path, Handler handler, RouteRole... roles) {
        return add(HandlerType.PATCH, path, handler, roles);
    }

    public Router delete(String path, Handler handler, RouteRole... roles) {
        return add(HandlerType.DELETE, path, handler, roles);
    }

    private Router add(HandlerType method, String path, Handler handler, RouteRole... roles) {
        if (roles.length == 0) {
            throw new IllegalArgumentException(method + " " + path + " declares no roles: say who may call it");
        }
        declared.add(new Route(method, path, Set.of(roles)));
        if (method.equals(HandlerType.GET)) {
            routes.get(path, handler, roles);
        } else if (method.equals(HandlerType.POST)) {
            routes.post(path, handler, roles);
        } else if (method.equals(HandlerType.PUT)) {
            routes.put(path, handler, roles);
        } else if (method.equals(HandlerType.PATCH)) {
            routes.patch(path, handler, roles);
        } else {
            routes.delete(path, handler, roles);
        }
        return this;
    }

    public List<Route> declared() {
        return Collections.unmodifiableList(declared);
    }
}
