package org.vigie.tracker.followup;

import io.javalin.http.Context;
import org.vigie.web.Access;
import org.vigie.web.Http;
import org.vigie.web.Router;
import org.vigie.web.Routes;

/** The download of a progress report's attachment: for whoever may read the report, audited; 404 to anyone else. */
public final class AttachmentRoutes implements Routes {
    private final ReportAttachments attachments;

    public AttachmentRoutes(ReportAttachments attachments) {
        this.attachments = attachments;
    }

    @Override
    public void register(Router r) {
        r.get("/tracker/reports/{id}/attachments/{attachmentId}", this::download, Access.LOGGED_IN);
    }

    private void download(Context ctx) {
        ReportAttachments.Download d = attachments.download(Http.user(ctx), Http.ip(ctx), Http.pathId(ctx, "id"),
                Http.pathId(ctx, "attachmentId"));
        ctx.header("Content-Disposition", "attachment; filename=\"" + d.file().fileName().replace("\"", "") + "\"");
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType(d.file().contentType()).result(d.content());
    }
}
