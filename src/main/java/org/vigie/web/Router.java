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
        refuseShadowed(method, path);
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

    /**
     * Javalin tries routes in the order they were added, so a parameter route such as
     * {@code /incidents/{id}} added before {@code /incidents/map} would answer for it. Such an order
     * is refused when the second route is declared, instead of failing quietly at request time.
     */
    private void refuseShadowed(HandlerType method, String path) {
        String[] segments = path.split("/", -1);
        for (Route earlier : declared) {
            if (earlier.method().equals(method) && shadows(earlier.path().split("/", -1), segments)) {
                throw new IllegalArgumentException(method + " " + path + " is hidden by " + earlier.path()
                        + ", declared before it: declare " + path + " first");
            }
        }
    }

    private static boolean shadows(String[] earlier, String[] later) {
        if (earlier.length != later.length) {
            return false;
        }
        boolean parameterOverFixed = false;
        for (int i = 0; i < earlier.length; i++) {
            boolean earlierParameter = isParameter(earlier[i]);
            if (!earlierParameter && !earlier[i].equals(later[i])) {
                return false;
            }
            if (earlierParameter && !isParameter(later[i])) {
                parameterOverFixed = true;
            }
        }
        return parameterOverFixed;
    }

    private static boolean isParameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}") || segment.startsWith("<") && segment.endsWith(">");
    }

    public List<Route> declared() {
        return Collections.unmodifiableList(declared);
    }
}
