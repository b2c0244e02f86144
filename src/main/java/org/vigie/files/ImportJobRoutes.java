package org.vigie.files;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.function.BiConsumer;
import org.vigie.errors.InvalidInput;
import org.vigie.web.Http;
import org.vigie.web.Views;

/**
 * The web side of an import every capability shares: a large uploaded file is stored, encrypted, with a job of
 * the job table (deleted when the job ends) and imported by whichever node's worker takes it; the answer is at
 * once a redirect to the job's page, which any node shows from the table: its progress (a tiny fragment that htmx
 * fetches every second; without JavaScript the page refreshes itself) and, once it has ended, the capability's
 * own result page. A file of at most {@link #INLINE_BYTES} is imported during the request, as before: it takes
 * less time than a page of progress would. Only the job's owner, and administrators, may see a job.
 */
public final class ImportJobRoutes {

    /** Below this, an import ends faster than its progress page would be fetched. */
    public static final long INLINE_BYTES = 256 * 1024;

    /**
     * How an import ended, for the capability's result page: {@code result} is what the work returned (the
     * capability's result type), or {@code refusal} says why nothing was written.
     */
    public record Ending(Object result, InvalidInput refusal) {
    }

    private final ImportJobs jobs;
    private final Views views;

    public ImportJobRoutes(ImportJobs jobs, Views views) {
        this.jobs = jobs;
        this.views = views;
    }

    /**
     * Makes {@code kind}'s import runnable by this node's workers: every node registers the same, when its routes
     * are built, since a job started on one node may run on another. {@code work} returns a {@code resultType}: a
     * summary of counts stored as the job's result, never the rows read.
     */
    public void register(String kind, Class<?> resultType, ImportJobs.Work work) {
        jobs.register(kind, resultType, work);
    }

    /**
     * Handles the POST of a file in the form field {@code file}; {@code path} is where the capability shows its
     * jobs; {@code parameters} are the form's other choices the work reads (kept with the job, in clear).
     */
    public void start(Context ctx, String kind, String path, Map<String, String> parameters, BiConsumer<Context, Ending> resultPage)
            throws IOException {
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null || file.size() == 0) {
            resultPage.accept(ctx, new Ending(null, new InvalidInput("file", "error.required")));
            return;
        }
        if (file.size() <= INLINE_BYTES) {
            inline(ctx, kind, file, parameters, resultPage);
            return;
        }
        byte[] content;
        try (InputStream in = file.content()) {
            content = in.readAllBytes();
        }
        try {
            ImportJob job = jobs.start(Http.user(ctx), kind, file.filename(), content, parameters);
            ctx.redirect(path + "/" + job.id(), io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (InvalidInput busy) {
            resultPage.accept(ctx, new Ending(null, busy));
        }
    }

    /** The job's page: its progress while it runs, the capability's result page once it has ended. */
    public void show(Context ctx, String kind, String path, BiConsumer<Context, Ending> resultPage) {
        ImportJob job = jobs.get(ctx.pathParam("job"), kind, Http.user(ctx));
        if (job.finished()) {
            resultPage.accept(ctx, new Ending(job.result(Object.class), job.refusal()));
        } else {
            views.render(ctx, "files/job.jte", "job", job, "path", path + "/" + job.id());
        }
    }

    /** The fragment htmx fetches every second: a few hundred bytes; once the job has ended, htmx is sent to its page. */
    public void progress(Context ctx, String kind, String path) {
        ImportJob job = jobs.get(ctx.pathParam("job"), kind, Http.user(ctx));
        String jobPath = path + "/" + job.id();
        if (job.finished()) {
            ctx.header("HX-Redirect", jobPath);
        }
        ctx.header("Cache-Control", "no-store");
        views.render(ctx, "files/progress.jte", "job", job, "path", jobPath);
    }

    private void inline(Context ctx, String kind, UploadedFile file, Map<String, String> parameters,
                        BiConsumer<Context, Ending> resultPage) throws IOException {
        Object result;
        try (InputStream in = file.content()) {
            result = jobs.runNow(kind, in, file.filename(), Http.user(ctx), parameters);
        } catch (InvalidInput e) {
            resultPage.accept(ctx, new Ending(null, e));
            return;
        }
        resultPage.accept(ctx, new Ending(result, null));
    }
}
