package org.vigie.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A closed loop of clients: each thread sends a GET, reads the whole answer, and sends the next,
 * over one kept-alive HTTP/1.1 connection of its own. Answers completed during the warm-up are not
 * counted. The same loop is run against every server compared, so their figures can be set side by side.
 */
final class LoadLoop {
    /** Answers with status 200 and anything else (other statuses, errors) completed in the measured window. */
    record Result(String label, int threads, Duration measured, long ok, long failed) {
        double perSecond() {
            return ok / (measured.toNanos() / 1e9);
        }
    }

    private LoadLoop() {
    }

    static Result run(String label, URI uri, int threads, Duration warmUp, Duration measured) throws InterruptedException {
        long start = System.nanoTime();
        long countFrom = start + warmUp.toNanos();
        long end = countFrom + measured.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<long[]>> counts = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                counts.add(pool.submit(() -> loop(uri, countFrom, end)));
            }
            long ok = 0;
            long failed = 0;
            for (Future<long[]> f : counts) {
                long[] c = f.get();
                ok += c[0];
                failed += c[1];
            }
            return new Result(label, threads, measured, ok, failed);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("load loop failed on " + uri, e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static long[] loop(URI uri, long countFrom, long end) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build();
        long ok = 0;
        long failed = 0;
        long now;
        while ((now = System.nanoTime()) < end) {
            boolean success;
            try {
                success = http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode() == 200;
            } catch (IOException e) {
                success = false;
            }
            now = System.nanoTime();
            if (now >= countFrom && now < end) {
                if (success) {
                    ok++;
                } else {
                    failed++;
                }
            }
        }
        return new long[] {ok, failed};
    }
}
