package org.vigie.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.json.JavalinJackson;
import java.util.List;
import org.vigie.i18n.Messages;

/**
 * The HTTP server: Javalin configured once, with the request pipeline every route goes through
 * (security headers, language, caller, role check, CSRF check) and the routes of every capability.
 */
public final class WebServer {
    static final String FORWARDED_TLS = "vigie.forwardedTls";

    /** Where to listen and how much to accept. {@code trustProxy}: honour X-Forwarded-Proto from a TLS proxy. */
    /** {@code uploads}: where Jetty spools large form parts, a private folder of the data directory. */
    public record Settings(String host, int port, boolean trustProxy, long maxRequestBytes, boolean demo, java.nio.file.Path uploads) {
    }

    private final Javalin javalin;
    private final Router[] router = new Router[1];

    public WebServer(Settings settings, Authenticator auth, Messages messages, Views views, byte[] csrfKey, List<Routes> routes) {
        this(settings, auth, messages, views, csrfKey, routes, Resilience.none());
    }

    public WebServer(Settings settings, Authenticator auth, Messages messages, Views views, byte[] csrfKey, List<Routes> routes,
                     Resilience resilience) {
        this(settings, auth, messages, views, csrfKey, routes, resilience, Tasks.NONE);
    }

    public WebServer(Settings settings, Authenticator auth, Messages messages, Views views, byte[] csrfKey, List<Routes> routes,
                     Resilience resilience, Tasks tasks) {
        Assets assets = new Assets();
        RequestPipeline pipeline = new RequestPipeline(auth, messages, new Csrf(csrfKey), assets, settings.trustProxy(), settings.demo(),
                resilience, tasks);
        ErrorPages errors = new ErrorPages(messages, views, assets, settings.demo(), resilience);
        List<Routes> all = new java.util.ArrayList<>(routes);
        all.add(0, new AssetRoutes(assets));
        this.javalin = Javalin.create(config -> configure(config, settings, pipeline, errors, all));
    }

    private void configure(JavalinConfig config, Settings settings, RequestPipeline pipeline, ErrorPages errors, List<Routes> routes) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.jetty.host = settings.host();
        config.jetty.port = settings.port();
        config.http.maxRequestSize = settings.maxRequestBytes();
        config.jetty.multipartConfig.maxFileSize(settings.maxRequestBytes(), SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(settings.maxRequestBytes(), SizeUnit.BYTES);
        // Not java.io.tmpdir, which every user of the machine can list: uploads may name victims.
        config.jetty.multipartConfig.cacheDirectory(settings.uploads().toString());
        config.http.compressionStrategy = CompressionStrategy.GZIP;
        config.http.generateEtags = true;
        config.jsonMapper(new JavalinJackson(jsonMapper(), false));
        config.routes.before(pipeline::headersAndLanguage);
        config.routes.before(pipeline::available);
        config.routes.beforeMatched(pipeline::authorise);
        errors.install(config.routes);
        Router r = new Router(config.routes);
        routes.forEach(x -> x.register(r));
        r.install();
        router[0] = r;
    }

    static ObjectMapper jsonMapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    public WebServer start() {
        javalin.start();
        return this;
    }

    public void stop() {
        javalin.stop();
    }

    public int port() {
        return javalin.port();
    }

    /** Every route the capabilities declared, with its roles. */
    public List<Router.Route> routes() {
        return router[0].declared();
    }
}
