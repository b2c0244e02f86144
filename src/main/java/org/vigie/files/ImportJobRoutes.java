package org.vigie.files;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import org.vigie.errors.InvalidInput;
import org.vigie.web.Http;
import org.vigie.web.Views;

/**
 * The web side of an import every capability shares: an uploaded file is spooled to a temporary file
 * (deleted when the import ends) and imported by a background {@link ImportJob}; the answer is at once a
 * redirect to the job's page, which shows its progress (a tiny fragment that htmx fetches every second;
 * without JavaScript the page refreshes itself) and, once it has ended, the capability's own result page.
 * A file of at most {@link #INLINE_BYTES} is imported during the request, as before: it takes less time
 * than a page of progress would. Only the job's owner, and administrators, may see a job.
 */
public final class ImportJobRoutes {

    /** Below this, an import ends faster than its progress page would be fetched. */
    public static final long INLINE_BYTES = 256 * 1024;

    /** A capability's import of one file read from {@code in}, telling {@code progress} of its phases after reading. */
    @FunctionalInterface
    public interface Work {
        Object run(InputStream in, String fileName, ImportProgress progress);
    }

    /**
     * How an import ended, for the capability's result page: {@code result} is what the work returned, or
     * {@code refusal} says why nothing was written.
     */
    public record Ending(Object result, InvalidInput refusal) {
    }

    private final ImportJobs jobs;
    private final Views views;
    private final Path spoolDirectory;

    /** {@code spoolDirectory}: where a large upload waits for its job, a private folder of the data directory. */
    public ImportJobRoutes(ImportJobs jobs, Views views, Path spoolDirectory) {
        this.jobs = jobs;
        this.views = views;
        this.spoolDirectory = spoolDirectory;
    }

    /** Handles the POST of a file in the form field {@code file}; {@code path} is where the capability shows its jobs. */
    public void start(Context ctx, String kind, String path, Work work, BiConsumer<Context, Ending> resultPage) throws IOException {
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null || file.size() == 0) {
            resultPage.accept(ctx, new Ending(null, new InvalidInput("file", "error.required")));
            return;
        }
        if (file.size() <= INLINE_BYTES) {
            inline(ctx, file, work, resultPage);
            return;
        }
        // Mode 0600 (createTempFile's default on POSIX), in the data directory's private folder.
        Path spool = Files.createTempFile(spoolDirectory, "vigie-import-", ".upload");
        try (InputStream in = file.content()) {
            Files.copy(in, spool, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(spool);
            throw e;
        }
        long size = Files.size(spool);
        String name = file.filename();
        try {
            ImportJob job = jobs.start(Http.user(ctx), kind, progress -> {
                try (InputStream in = progress.reading(Files.newInputStream(spool), size)) {
                    return work.run(in, name, progress);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, () -> delete(spool));
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

    private static void inline(Context ctx, UploadedFile file, Work work, BiConsumer<Context, Ending> resultPage) throws IOException {
        Object result;
        try (InputStream in = file.content()) {
            result = work.run(in, file.filename(), new ImportProgress());
        } catch (InvalidInput e) {
            resultPage.accept(ctx, new Ending(null, e));
            return;
        }
        resultPage.accept(ctx, new Ending(result, null));
    }

    private static void delete(Path spool) {
        try {
            Files.deleteIfExists(spool);
        } catch (IOException e) {
            spool.toFile().deleteOnExit();
        }
    }
}
