package org.vigie.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

/** Follows the page of a background import as a browser without JavaScript would. */
public final class ImportJobPages {

    private ImportJobPages() {
    }

    /** The job's location after posting a file: the answer must be a redirect to it. */
    public static String location(HttpResponse<String> posted, String under) {
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(303);
        String job = posted.headers().firstValue("Location").orElseThrow();
        assertThat(job).startsWith(under + "/");
        return job;
    }

    /** Reads the job's page, following its refresh, until it shows the result rather than the progress. */
    public static HttpResponse<String> ended(WebClient web, String job) throws InterruptedException {
        for (int i = 0; i < 3_000; i++) {
            HttpResponse<String> page = web.get(job);
            if (!page.body().contains("id=\"import-progress\"")) {
                return page;
            }
            assertThat(page.body()).contains("http-equiv=\"refresh\"").contains("hx-trigger=\"every 1s\"");
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not end");
    }
}
