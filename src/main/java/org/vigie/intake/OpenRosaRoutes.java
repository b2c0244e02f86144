package org.vigie.intake;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.vigie.i18n.Lang;
import org.vigie.i18n.Messages;
import org.vigie.observatory.evidence.Evidence;
import org.vigie.observatory.forms.OdkForm;
import org.vigie.web.Access;
import org.vigie.web.Http;
import org.vigie.web.Router;
import org.vigie.web.Routes;

/**
 * The OpenRosa APIs ODK Collect and KoboCollect call, under {@code /odk/key/{token}/} as ODK Central lays them
 * out: Form List, the form, its Manifest and media, and Form Submission. The token in the path is the device's
 * only credential (a phone has no session and no CSRF token); an unknown or revoked one gets the same 403.
 * Every answer is an OpenRosa document; a refusal says why in the device's account's language.
 */
public final class OpenRosaRoutes implements Routes {
    static final String BASE = "/odk/key/{token}";
    private static final String XML_PART = "xml_submission_file";
    /** The form field ODK Collect adds to every POST of a split record but the last. */
    private static final String INCOMPLETE = "*isIncomplete*";
    /** The date of the {@code Date} header as HTTP writes it (RFC 7231's IMF-fixdate: always a two-digit day). */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

    private final FieldDevices devices;
    private final FieldIntake intake;
    private final Messages messages;
    private final long maxRequestBytes;

    /** {@code maxRequestBytes} is the server's hard limit on a request, above what is announced to phones. */
    public OpenRosaRoutes(FieldDevices devices, FieldIntake intake, Messages messages, long maxRequestBytes) {
        this.devices = devices;
        this.intake = intake;
        this.messages = messages;
        this.maxRequestBytes = maxRequestBytes;
    }

    @Override
    public void register(Router r) {
        r.get(BASE + "/formList", ctx -> answer(ctx, "formList", this::formList), Access.DEVICE);
        r.get(BASE + "/forms/{file}", ctx -> answer(ctx, "form", this::form), Access.DEVICE);
        r.get(BASE + "/forms/{formId}/manifest", ctx -> answer(ctx, "manifest", this::manifest), Access.DEVICE);
        r.get(BASE + "/forms/{formId}/media/{file}", ctx -> answer(ctx, "media", this::media), Access.DEVICE);
        r.head(BASE + "/submission", ctx -> answer(ctx, "submission.head", (c, caller) -> {
            headers(c);
            c.status(204);
        }), Access.DEVICE);
        r.post(BASE + "/submission", this::submit, Access.DEVICE);
    }

    private void answer(Context ctx, String use, BiConsumer<Context, FieldDevices.Caller> handler) {
        Optional<FieldDevices.Caller> caller = devices.authenticate(ctx.pathParam("token"), Http.ip(ctx), use);
        if (caller.isEmpty()) {
            drain(ctx);
            refuse(ctx, Http.lang(ctx), new IntakeRefused(403, "intake.refused.device"));
            return;
        }
        try {
            handler.accept(ctx, caller.get());
        } catch (IntakeRefused e) {
            refuse(ctx, lang(caller.get()), e);
        }
    }

    private void formList(Context ctx, FieldDevices.Caller caller) {
        xml(ctx, 200, OpenRosa.formList(base(ctx), intake.form().current()));
    }

    private void form(Context ctx, FieldDevices.Caller caller) {
        if (!ctx.pathParam("file").equals(OdkForm.FORM_ID + ".xml")) {
            throw new IntakeRefused(404, "intake.refused.unknown_form", ctx.pathParam("file"));
        }
        headers(ctx);
        ctx.contentType("text/xml; charset=utf-8").result(intake.form().current().xml());
    }

    private void manifest(Context ctx, FieldDevices.Caller caller) {
        knownForm(ctx);
        xml(ctx, 200, OpenRosa.manifest(base(ctx), List.copyOf(intake.form().current().media().values())));
    }

    private void media(Context ctx, FieldDevices.Caller caller) {
        knownForm(ctx);
        IntakeForm.Media m = intake.form().current().media().get(ctx.pathParam("file"));
        if (m == null) {
            throw new IntakeRefused(404, "intake.refused.unknown_media", ctx.pathParam("file"));
        }
        headers(ctx);
        ctx.contentType("text/csv; charset=utf-8").result(m.content());
    }

    private static void knownForm(Context ctx) {
        if (!ctx.pathParam("formId").equals(OdkForm.FORM_ID)) {
            throw new IntakeRefused(404, "intake.refused.unknown_form", ctx.pathParam("formId"));
        }
    }

    /**
     * The size is checked from the headers before the body is parsed: a request announcing more than the hard
     * limit (not the announced one: Collect budgets the files and the manifest against that, and the multipart
     * headers come on top), or a part larger than evidence may be, is refused. A refusal made before the body is
     * parsed reads it first ({@link #drain}), so that the phone gets the answer. A POST that brings only part of
     * the record's files (split by the phone, {@code *isIncomplete*}) is answered 201 like a stored one: Collect
     * then sends the rest.
     */
    private void submit(Context ctx) {
        answer(ctx, "submission", (c, caller) -> {
            byte[] xml = null;
            Map<String, SubmissionDecryptor.Part> files = new LinkedHashMap<>();
            try {
                if (Http.diskFull(c)) {
                    // 507 as every other refused write; Collect keeps the record and sends it again later.
                    drain(c);
                    throw new IntakeRefused(507, "intake.refused.disk_full");
                }
                long length = c.contentLength();
                if (length > maxRequestBytes) {
                    throw new IntakeRefused(413, "intake.refused.too_large", maxRequestBytes / (1024 * 1024));
                }
                String type = c.contentType();
                if (type == null || !type.startsWith("multipart/form-data")) {
                    throw new IntakeRefused(400, "intake.refused.not_multipart");
                }
                // The media parts are not read here: the decryptor reads each once, decrypting as it reads.
                for (Map.Entry<String, List<UploadedFile>> part : c.uploadedFileMap().entrySet()) {
                    for (UploadedFile f : part.getValue()) {
                        // AES adds at most one block of padding to a file.
                        if (f.size() > Evidence.MAX_BYTES + 16) {
                            throw new IntakeRefused(413, "intake.refused.media_too_large", Evidence.MAX_BYTES / (1024 * 1024));
                        }
                        if (part.getKey().equals(XML_PART)) {
                            xml = read(f);
                        } else {
                            files.put(f.filename(), new SubmissionDecryptor.Part(f.size(), f::content));
                        }
                    }
                }
                if (xml == null) {
                    throw new IntakeRefused(400, "intake.refused.no_xml");
                }
            } catch (IntakeRefused e) {
                throw intake.refused(caller, Http.ip(c), e);
            }
            FieldIntake.Outcome o = intake.receive(caller, Http.ip(c), xml, files, "yes".equals(c.formParam(INCOMPLETE)));
            Lang lang = lang(caller);
            String message = o.partial() ? "intake.received_part" : o.duplicate() ? "intake.received_again" : "intake.received";
            xml(c, o.duplicate() ? 202 : 201, OpenRosa.message("submit_success", messages.get(lang, message)));
        });
    }

    private static byte[] read(UploadedFile f) {
        try (InputStream in = f.content()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads and discards the body of a POST refused before it was parsed, up to the hard limit: OpenRosa says the
     * server must consume the whole POST, and a phone still writing a body the server stopped reading may never
     * see the answer (the connection is reset under it). A body announced above the hard limit is not read: it
     * cannot be taken anyway, and the server closes the connection after the answer.
     */
    /** How long a refusal waits for the body it reads before answering; past it the connection is dropped. */
    private static final java.time.Duration DRAIN_BUDGET = java.time.Duration.ofSeconds(10);

    private void drain(Context ctx) {
        if (!"POST".equals(ctx.method().name()) || ctx.contentLength() > maxRequestBytes) {
            return;
        }
        try {
            InputStream in = ctx.req().getInputStream();
            byte[] buffer = new byte[64 * 1024];
            long read = 0;
            long until = System.nanoTime() + DRAIN_BUDGET.toNanos();
            for (int r = in.read(buffer); r >= 0 && read <= maxRequestBytes; r = in.read(buffer)) {
                read += r;
                if (System.nanoTime() > until) {
                    // Anyone may POST to a made-up token: a slow body is not worth a thread for longer.
                    return;
                }
            }
        } catch (IOException e) {
            // the phone went away: nobody is left to answer
        }
    }

    /** The headers every OpenRosa answer carries. */
    private static void headers(Context ctx) {
        ctx.header("X-OpenRosa-Version", "1.0");
        ctx.header("Date", HTTP_DATE.format(ZonedDateTime.now(ZoneOffset.UTC)));
        ctx.header("X-OpenRosa-Accept-Content-Length", Long.toString(OpenRosa.ACCEPT_CONTENT_LENGTH));
    }

    private static void xml(Context ctx, int status, String xml) {
        headers(ctx);
        ctx.status(status).contentType("text/xml; charset=utf-8").result(xml);
    }

    private void refuse(Context ctx, Lang lang, IntakeRefused e) {
        xml(ctx, e.status(), OpenRosa.message("error", messages.get(lang, e.messageKey(), e.args())));
    }

    private static Lang lang(FieldDevices.Caller caller) {
        return Lang.fromCode(caller.principal().language()).orElse(Lang.FR);
    }

    private static String base(Context ctx) {
        return Http.origin(ctx) + "/odk/key/" + ctx.pathParam("token");
    }
}
