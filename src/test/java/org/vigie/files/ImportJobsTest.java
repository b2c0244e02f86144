package org.vigie.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigie.support.Eventually.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.errors.Conflict;
import org.vigie.errors.InvalidInput;
import org.vigie.errors.NotFound;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.support.TestApp;

/** Background imports through the job table: their progress, their end, who may see them and how many run at once. */
class ImportJobsTest {
    @TempDir
    static Path dir;
    static App app;
    static ImportJobs jobs;
    static Principal aminata;
    static Principal moussa;
    static Principal admin;
    /** The steps the imports of kind "stepped" may take: each waits for one. */
    static final Semaphore steps = new Semaphore(0);

    /** What a test import returns: kept as the job's result, as the capabilities' counts are. */
    record Counted(int stored, String fileName, String option) {
    }

    @BeforeAll
    static void start() throws IOException {
        app = TestApp.start(dir);
        aminata = TestApp.account(app, "aminata", Role.ANALYST).principal();
        moussa = TestApp.account(app, "moussa", Role.ANALYST).principal();
        admin = TestApp.account(app, "admin-jobs", Role.ADMINISTRATOR).principal();
        jobs = new ImportJobs(app.jobs(), id -> app.accounts().byId(id).principal());
        jobs.register("stepped", Counted.class, (in, name, owner, parameters, progress) -> {
            try {
                byte[] all = in.readAllBytes();
                step();
                progress.phase(ImportProgress.Phase.STORING, all.length);
                progress.advance(all.length / 2);
                step();
                if (new String(all).contains("bad")) {
                    throw new InvalidInput("line 7, column UPR Position", "tracker.import.unknown_position", "Maybe");
                }
                return new Counted(all.length, name, parameters.get("option") + " by " + owner.username());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @AfterAll
    static void stop() throws IOException {
        steps.release(100);
        app.close();
    }

    private static void step() {
        try {
            if (!steps.tryAcquire(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the import go on");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ImportJob until(ImportJob job, Principal viewer, Predicate<ImportJob> reached) {
        return within(Duration.ofSeconds(30), () -> jobs.get(job.id(), "stepped", viewer), reached, "the job in the state awaited");
    }

    @Test
    void a_jobs_progress_advances_through_its_phases_and_it_ends_with_its_result() throws Exception {
        ImportJob job = jobs.start(aminata, "stepped", "liste.csv", "0123456789".getBytes(), Map.of("option", "ML"));
        steps.release();
        ImportJob storing = until(job, aminata, j -> j.progress().phase() == ImportProgress.Phase.STORING);
        assertThat(storing.progress()).isEqualTo(new ImportProgress.Snapshot(ImportProgress.Phase.STORING, ImportProgress.Unit.ROWS, 5, 10));
        assertThat(storing.progress().percent()).isEqualTo(50);
        assertThat(storing.finished()).isFalse();
        steps.release();
        ImportJob ended = until(job, aminata, ImportJob::finished);
        assertThat(ended.progress().phase()).isEqualTo(ImportProgress.Phase.DONE);
        assertThat(ended.result(Counted.class)).isEqualTo(new Counted(10, "liste.csv", "ML by aminata"));
        assertThat(ended.refusal()).isNull();
    }

    @Test
    void a_refused_file_ends_the_job_with_the_refusal_and_no_result() throws Exception {
        ImportJob job = jobs.start(aminata, "stepped", "liste.csv", "a bad row".getBytes(), Map.of());
        steps.release(2);
        ImportJob ended = until(job, aminata, ImportJob::finished);
        assertThat(ended.refusal().field()).isEqualTo("line 7, column UPR Position");
        assertThat(ended.refusal().messageKey()).isEqualTo("tracker.import.unknown_position");
        assertThat(ended.refusal().args()).containsExactly("Maybe");
        assertThat(ended.result(Object.class)).isNull();
    }

    @Test
    void an_ended_jobs_input_is_deleted_and_a_running_ones_is_stored_encrypted() throws Exception {
        ImportJob job = jobs.start(aminata, "stepped", "victimes-kidal.csv", "Fatoumata Traoré".getBytes(), Map.of());
        byte[] stored = app.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT i.content FROM job_input i JOIN job j ON j.id = i.id WHERE j.token = :t").bind("t", job.id()).mapTo(byte[].class).one());
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Fatoumata").doesNotContain("Traor");
        steps.release(2);
        until(job, aminata, ImportJob::finished);
        long left = app.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM job_input i JOIN job j ON j.id = i.id WHERE j.token = :t").bind("t", job.id()).mapTo(Long.class).one());
        assertThat(left).isZero();
    }

    @Test
    void an_import_beyond_the_running_limit_is_refused() throws Exception {
        ImportJob first = jobs.start(aminata, "stepped", "a.csv", "1".getBytes(), Map.of());
        ImportJob second = jobs.start(moussa, "stepped", "b.csv", "2".getBytes(), Map.of());
        assertThatThrownBy(() -> jobs.start(aminata, "stepped", "c.csv", "3".getBytes(), Map.of()))
                .isInstanceOf(Conflict.class).extracting(e -> ((Conflict) e).messageKey()).isEqualTo("files.import.busy");
        steps.release(2);
        until(first, aminata, ImportJob::finished);
        ImportJob third = jobs.start(aminata, "stepped", "c.csv", "3".getBytes(), Map.of());
        steps.release(4);
        until(second, moussa, ImportJob::finished);
        until(third, aminata, ImportJob::finished);
    }

    @Test
    void only_the_owner_and_administrators_see_a_job() throws Exception {
        ImportJob job = jobs.start(aminata, "stepped", "a.csv", "1".getBytes(), Map.of());
        assertThat(jobs.get(job.id(), "stepped", aminata).id()).isEqualTo(job.id());
        assertThat(jobs.get(job.id(), "stepped", admin).id()).isEqualTo(job.id());
        assertThatThrownBy(() -> jobs.get(job.id(), "stepped", moussa)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> jobs.get(job.id(), "tracker", aminata)).as("another page's job").isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> jobs.get("guessed", "stepped", aminata)).isInstanceOf(NotFound.class);
        steps.release(2);
        until(job, aminata, ImportJob::finished);
    }
}
