package org.vigie.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigie.errors.Conflict;
import org.vigie.errors.InvalidInput;
import org.vigie.errors.NotFound;
import org.vigie.security.Principal;
import org.vigie.security.Role;

/** Background imports: their progress, their end, who may see them and how many run at once. */
class ImportJobsTest {
    private static final Principal AMINATA = new Principal(1, "aminata", Role.ANALYST, null);
    private static final Principal MOUSSA = new Principal(2, "moussa", Role.ANALYST, null);
    private static final Principal ADMIN = new Principal(3, "admin", Role.ADMINISTRATOR, null);
    private final ImportJobs jobs = new ImportJobs(Clock.systemUTC());

    @AfterEach
    void close() {
        jobs.close();
    }

    /** A job that stops at each step until the test lets it go on, and counts down {@code ended} when it ends. */
    private static final class Stepped {
        final Semaphore steps = new Semaphore(0);
        final Semaphore reached = new Semaphore(0);
        final CountDownLatch ended = new CountDownLatch(1);

        Object run(ImportProgress progress) {
            progress.phase(ImportProgress.Phase.READING, ImportProgress.Unit.BYTES, 1000);
            step();
            progress.advance(400);
            step();
            progress.phase(ImportProgress.Phase.STORING, 25);
            step();
            return "25 stored";
        }

        private void step() {
            reached.release();
            steps.acquireUninterruptibly();
        }

        void next() throws InterruptedException {
            steps.release();
            assertThat(reached.tryAcquire(60, TimeUnit.SECONDS)).isTrue();
        }

        void finish() throws InterruptedException {
            steps.release(10);
            assertThat(ended.await(60, TimeUnit.SECONDS)).isTrue();
        }
    }

    private ImportJob started(Principal owner, Stepped work) throws InterruptedException {
        ImportJob job = jobs.start(owner, "tracker", work::run, work.ended::countDown);
        assertThat(work.reached.tryAcquire(60, TimeUnit.SECONDS)).isTrue();
        return job;
    }

    @Test
    void a_jobs_progress_advances_through_its_phases_and_it_ends_with_its_result() throws Exception {
        Stepped work = new Stepped();
        ImportJob job = started(AMINATA, work);
        assertThat(job.progress()).isEqualTo(new ImportProgress.Snapshot(ImportProgress.Phase.READING, ImportProgress.Unit.BYTES, 0, 1000));
        work.next();
        assertThat(job.progress().done()).isEqualTo(400);
        assertThat(job.progress().percent()).isEqualTo(40);
        work.next();
        assertThat(job.progress().phase()).isEqualTo(ImportProgress.Phase.STORING);
        assertThat(job.finished()).isFalse();
        work.finish();
        assertThat(job.finished()).isTrue();
        assertThat(job.progress().phase()).isEqualTo(ImportProgress.Phase.DONE);
        assertThat(job.result(String.class)).isEqualTo("25 stored");
        assertThat(job.refusal()).isNull();
    }

    @Test
    void a_refused_file_ends_the_job_with_the_refusal_and_no_result() throws Exception {
        CountDownLatch ended = new CountDownLatch(1);
        ImportJob job = jobs.start(AMINATA, "tracker", progress -> {
            throw new InvalidInput("line 7, column UPR Position", "tracker.import.unknown_position", "Maybe");
        }, ended::countDown);
        assertThat(ended.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(job.finished()).isTrue();
        assertThat(job.refusal().field()).isEqualTo("line 7, column UPR Position");
        assertThat(job.result(Object.class)).isNull();
    }

    @Test
    void an_import_beyond_the_running_limit_is_refused_and_its_upload_cleaned_up() throws Exception {
        Stepped first = new Stepped();
        Stepped second = new Stepped();
        started(AMINATA, first);
        started(MOUSSA, second);
        CountDownLatch cleaned = new CountDownLatch(1);
        assertThatThrownBy(() -> jobs.start(AMINATA, "incidents", p -> "never", cleaned::countDown))
                .isInstanceOf(Conflict.class).extracting(e -> ((Conflict) e).messageKey()).isEqualTo("files.import.busy");
        assertThat(cleaned.getCount()).isZero();
        first.finish();
        Stepped third = new Stepped();
        started(AMINATA, third);
        second.finish();
        third.finish();
    }

    @Test
    void only_the_owner_and_administrators_see_a_job() throws Exception {
        Stepped work = new Stepped();
        ImportJob job = started(AMINATA, work);
        assertThat(jobs.get(job.id(), "tracker", AMINATA)).isSameAs(job);
        assertThat(jobs.get(job.id(), "tracker", ADMIN)).isSameAs(job);
        assertThatThrownBy(() -> jobs.get(job.id(), "tracker", MOUSSA)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> jobs.get(job.id(), "incidents", AMINATA)).as("another page's job").isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> jobs.get("guessed", "tracker", AMINATA)).isInstanceOf(NotFound.class);
        work.finish();
    }
}
