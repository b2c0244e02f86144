package org.vigie.bench;

import io.javalin.Javalin;

/**
 * A Javalin application that answers "ok" to GET / and does nothing else: the ceiling that Vigie's
 * own pages are compared with, run in a process of its own like Vigie.
 */
public final class BareServer {
    private BareServer() {
    }

    /** Listens on 127.0.0.1 at the port given as the only argument until killed. */
    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = "127.0.0.1";
            config.jetty.port = port;
            config.routes.get("/", ctx -> ctx.result("ok"));
        }).start();
    }
}
