package org.vigie.observatory.forms;

import io.javalin.http.Context;
import java.util.function.Supplier;
import org.vigie.security.Role;
import org.vigie.web.Router;
import org.vigie.web.Routes;

/**
 * Serves the XLSForm of the incident form to those who collect or organise collection: administrators
 * and analysts upload it to ODK Central or KoboToolbox, monitors may check which version they have.
 */
public final class XlsFormRoutes implements Routes {

    static final Role[] COLLECTORS = {Role.ADMINISTRATOR, Role.ANALYST, Role.MONITOR};
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Supplier<XlsFormWriter> writer;
    private byte[] form;

    /** The writer is asked for on the first download, so that starting Vigie does not load the vocabulary twice. */
    public XlsFormRoutes(Supplier<XlsFormWriter> writer) {
        this.writer = writer;
    }

    @Override
    public void register(Router r) {
        r.get("/incidents/xlsform.xlsx", this::download, COLLECTORS);
    }

    private void download(Context ctx) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + OdkForm.FORM_ID + "-" + OdkForm.VERSION + ".xlsx\"");
        ctx.contentType(XLSX).result(form());
    }

    private synchronized byte[] form() {
        if (form == null) {
            form = writer.get().write();
        }
        return form.clone();
    }
}
