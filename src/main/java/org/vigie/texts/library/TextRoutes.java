package org.vigie.texts.library;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.vigie.errors.InvalidInput;
import org.vigie.security.Role;
import org.vigie.texts.Resolution;
import org.vigie.texts.reading.TextImporter;
import org.vigie.web.Access;
import org.vigie.web.Flash;
import org.vigie.web.Http;
import org.vigie.web.Router;
import org.vigie.web.Routes;
import org.vigie.web.Views;

/** Pages of the texts: list, import, one text read as a drafter would, exports, comparison, chains. */
public final class TextRoutes implements Routes {
    static final Role[] IMPORTERS = {Role.ADMINISTRATOR, Role.ANALYST};
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private final TextLibrary library;
    private final Views views;

    public TextRoutes(TextLibrary library, Views views) {
        this.library = library;
        this.views = views;
    }

    @Override
    public void register(Router r) {
        r.get("/texts", ctx -> list(ctx, null), Access.LOGGED_IN);
        r.post("/texts", this::upload, IMPORTERS);
        r.get("/texts/compare", this::compare, Access.LOGGED_IN);
        r.get("/texts/compare.docx", this::compareDocx, Access.LOGGED_IN);
        r.get("/texts/chains", ctx -> views.render(ctx, "texts/chains.jte", "chains", library.chains()), Access.LOGGED_IN);
        r.get("/texts/chains/{key}", ctx -> views.render(ctx, "texts/chain.jte", "chain", library.chain(ctx.pathParam("key"))),
                Access.LOGGED_IN);
        r.get("/texts/{id}", this::show, Access.LOGGED_IN);
        r.get("/texts/{id}/clean.txt", ctx -> ctx.contentType("text/plain; charset=utf-8")
                .result(library.cleanText(Http.actor(ctx), Http.ip(ctx), Http.pathId(ctx, "id"))), Access.LOGGED_IN);
        r.get("/texts/{id}/akn.xml", this::akn, Access.LOGGED_IN);
    }

    private void list(Context ctx, InvalidInput refusal) {
        // A refused upload shows again what was pasted, its name and the previous version chosen (a file cannot be kept).
        java.util.Map<String, String> typed = new java.util.HashMap<>();
        if (refusal != null) {
            for (String f : java.util.List.of("content", "name", "previous")) {
                typed.put(f, ctx.formParam(f));
            }
        }
        views.render(ctx, "texts/list.jte", "texts", library.all(), "errors", Http.page(ctx).errors(refusal), "typed", typed,
                "canImport", Http.principal(ctx).map(p -> java.util.Arrays.asList(IMPORTERS).contains(p.role())).orElse(false));
    }

    private void upload(Context ctx) throws IOException {
        try {
            Upload u = upload(ctx.uploadedFile("file"), ctx.formParam("content"), ctx.formParam("name"));
            var imported = library.importFile(Http.actor(ctx), Http.ip(ctx), u.name(), u.bytes(), false,
                    Http.optionalLong("previous", ctx.formParam("previous")));
            // The same file again is not stored twice: the person is told so on the page of the text already there.
            TextSummary t = imported.text();
            if (imported.alreadyThere()) {
                Flash.redirect(ctx, "/texts/" + t.id(), "flash.text_already_stored", t.label(), t.importedBy());
            } else {
                Flash.redirect(ctx, "/texts/" + t.id(), "flash.text_imported", t.label());
            }
        } catch (InvalidInput e) {
            ctx.status(400);
            list(ctx, e);
        }
    }

    /** What was sent: a file, or text pasted in the form with the name to keep it under. */
    private record Upload(String name, byte[] bytes) {
    }

    private static Upload upload(UploadedFile file, String pasted, String name) throws IOException {
        boolean hasFile = file != null && file.size() > 0;
        boolean hasText = pasted != null && !pasted.isBlank();
        if (hasFile == hasText) {
            throw new InvalidInput("file", hasFile ? "error.text.file_or_content" : "error.required");
        }
        if (hasText) {
            String n = name == null || name.isBlank() ? "texte-colle.txt" : name.strip();
            return new Upload(n.contains(".") ? n : n + ".txt", pasted.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        try (InputStream in = file.content()) {
            return new Upload(file.filename(), in.readNBytes(TextImporter.MAX_BYTES + 1));
        }
    }

    private void show(Context ctx) {
        long id = Http.pathId(ctx, "id");
        TextSummary summary = library.summary(id);
        Resolution r = library.resolution(id);
        TextSummary previous = summary.previousId() == null ? null : library.summary(summary.previousId());
        var chain = library.chainOf(id);
        views.render(ctx, "texts/show.jte", "text", summary, "resolution", r, "rows", TextView.rows(r),
                "compareWith", comparedWith(summary, chain),
                "findings", library.findings(id), "others", library.all().stream().filter(t -> t.id() != id).toList(),
                "previous", previous, "next", library.nextVersions(id), "languages", library.otherLanguages(id),
                "chain", chain.orElse(null));
    }

    private void akn(Context ctx) {
        long id = Http.pathId(ctx, "id");
        ctx.header("Content-Disposition", "attachment; filename=\"vigie-text-" + id + ".akn.xml\"");
        ctx.contentType("application/akn+xml; charset=utf-8").result(library.akomaNtoso(Http.actor(ctx), Http.ip(ctx), id, LocalDate.now()));
    }

    /**
     * The text a text is compared with unless a person chooses another: its previous version, else, for an adopted
     * resolution, the previous resolution of its chain (last year's); null when it has neither, and the person
     * chooses. Drafts without a symbol are ordered by their previous version alone: the chain cannot date them.
     */
    private static Long comparedWith(TextSummary text, java.util.Optional<org.vigie.texts.chain.ResolutionChain> chain) {
        if (text.previousId() != null) {
            return text.previousId();
        }
        if (text.symbol() == null) {
            return null;
        }
        return chain.flatMap(c -> c.previousInVigie(text.id())).filter(e -> e.symbol() != null).map(e -> e.id()).orElse(null);
    }

    private void compare(Context ctx) {
        long b = Http.requiredLong(ctx, "b");
        long a = olderOf(ctx, b);
        views.render(ctx, "texts/compare.jte", "older", library.summary(a), "newer", library.summary(b),
                "compared", library.compare(a, b));
    }

    /** The text {@code b} is compared with: the one chosen ({@code a}), else its previous version or last year's. */
    private long olderOf(Context ctx, long b) {
        String chosen = ctx.queryParam("a");
        if (chosen != null && !chosen.isBlank()) {
            return Http.requiredLong(ctx, "a");
        }
        Long older = comparedWith(library.summary(b), library.chainOf(b));
        if (older == null) {
            throw new InvalidInput("a", "error.text.compare_with_required");
        }
        return older;
    }

    private void compareDocx(Context ctx) {
        long b = Http.requiredLong(ctx, "b");
        long a = olderOf(ctx, b);
        var page = Http.page(ctx);
        byte[] docx = library.comparisonDocx(Http.actor(ctx), Http.ip(ctx), a, b, page.messages(), page.lang());
        ctx.header("Content-Disposition", "attachment; filename=\"vigie-compare-" + a + "-" + b + ".docx\"");
        ctx.contentType(DOCX).result(docx);
    }
}
