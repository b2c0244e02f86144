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
 *
 * <p>Javalin tries routes in the order they were added, so {@code /incidents/{id}} added before
 * {@code /incidents/map} would answer for it. The router therefore holds every declaration until
 * {@link #install()}, then adds them most specific first: comparing two paths segment by segment, the
 * first segment where one has a literal and the other a parameter decides for the literal. Capabilities
 * declare in any order. Two declarations of the same method that match exactly the same requests (the
 * same path, or the same shape with other parameter names) are refused when the second is declared.
 */
public final class Router {
    /** One declared route. */
    public record Route(HandlerType method, String path, Set<RouteRole> roles) {
    }

    private record Pending(Route route, Handler handler) {
    }

    private final RoutesConfig routes;
    private final List<Pending> pending = new ArrayList<>();
    private final List<Route> declared = new ArrayList<>();
    private boolean installed;

    Router(RoutesConfig routes) {
        this.routes = routes;
    }

    public Router get(String path, Handler handler, RouteRole... roles) {
        return add(HandlerType.GET, path, handler, roles);
    }

    public Router head(String path, Handler handler, RouteRole... roles) {
        return add(HandlerType.HEAD, path, handler, roles);
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
        if (installed) {
            throw new IllegalStateException(method + " " + path + " declared after the routes were installed");
        }
        if (roles.length == 0) {
            throw new IllegalArgumentException(method + " " + path + " declares no roles: say who may call it");
        }
        for (Route earlier : declared) {
            if (earlier.method().equals(method) && sameShape(earlier.path(), path)) {
                throw new IllegalArgumentException(method + " " + path + " answers the same requests as "
                        + earlier.path() + ", declared before it");
            }
        }
        Route route = new Route(method, path, Set.of(roles));
        declared.add(route);
        pending.add(new Pending(route, handler));
        return this;
    }

    /** Adds every declared route to Javalin, most specific first; called once, after every capability declared. */
    void install() {
        if (installed) {
            throw new IllegalStateException("routes already installed");
        }
        installed = true;
        List<Pending> ordered = new ArrayList<>(pending);
        ordered.sort((a, b) -> bySpecificity(a.route().path(), b.route().path()));
        for (Pending p : ordered) {
            Route r = p.route();
            RouteRole[] roles = r.roles().toArray(RouteRole[]::new);
            routes.addHttpHandler(r.method(), r.path(), p.handler(), roles);
        }
        pending.clear();
    }

    /**
     * Negative when {@code a} must be tried before {@code b}. A total order on paths, segment by segment: a literal
     * before a parameter, two literals in alphabetical order (which cannot matter: they match different requests),
     * two parameters alike; a path that is a prefix of the other first. So wherever two paths could both match a
     * request, the one with a literal at the first segment where they differ in kind comes first.
     */
    static int bySpecificity(String a, String b) {
        String[] x = a.split("/", -1);
        String[] y = b.split("/", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            boolean px = isParameter(x[i]);
            boolean py = isParameter(y[i]);
            if (px != py) {
                return px ? 1 : -1;
            }
            int c = px ? 0 : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static boolean sameShape(String a, String b) {
        String[] x = a.split("/", -1);
        String[] y = b.split("/", -1);
        if (x.length != y.length) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            boolean px = isParameter(x[i]);
            if (px != isParameter(y[i]) || !px && !x[i].equals(y[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isParameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}") || segment.startsWith("<") && segment.endsWith(">")
                || segment.equals("*");
    }

    public List<Route> declared() {
        return Collections.unmodifiableList(declared);
    }
}
