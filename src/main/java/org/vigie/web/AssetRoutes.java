package org.vigie.web;

import io.javalin.http.Context;

/**
 * Serves {@link Assets} from memory: faster to start than mounting the jar as a file system, and
 * the same bytes for everyone, cached for a year (the address changes with the content).
 */
final class AssetRoutes implements Routes {
    private final Assets assets;

    AssetRoutes(Assets assets) {
        this.assets = assets;
    }

    @Override
    public void register(Router r) {
        r.get(Assets.HOSTED + "/{name}", this::serve, Access.ASSET);
    }

    private void serve(Context ctx) {
        var asset = assets.find(ctx.pathParam("name"));
        if (asset.isEmpty()) {
            ctx.status(404).contentType("text/plain; charset=utf-8").result("not found");
            return;
        }
        String etag = "\"" + asset.get().fingerprint() + "\"";
        ctx.header("Cache-Control", "public, max-age=31536000, immutable");
        ctx.header("ETag", etag);
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(asset.get().contentType()).result(asset.get().bytes());
    }
}
