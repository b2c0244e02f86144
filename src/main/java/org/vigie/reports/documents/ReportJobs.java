package org.vigie.reports.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.vigie.errors.InvalidInput;
import org.vigie.errors.NotFound;
import org.vigie.jobs.Job;
import org.vigie.jobs.JobError;
import org.vigie.jobs.JobProgress;
import org.vigie.jobs.JobRun;
import org.vigie.jobs.Jobs;
import org.vigie.security.Principal;
import org.vigie.security.Role;

/**
 * The Council report generated as a job of the job table (a second or more at a million incidents, too long
 * for a request): the page queues a {@value #KIND} job with the report's parameters, whichever node's worker
 * takes it generates the file and keeps it with the job (encrypted, {@code job_output}), and its owner fetches
 * it from any node once; it is deleted when fetched, or with the job after {@link Jobs#KEPT}. Only the owner and
 * administrators see a report job; anyone else is told it does not exist.
 */
public final class ReportJobs {
    static final String KIND = "report";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Shown while the file is being written: a report has no count to show, only its phase. */
    static final JobProgress GENERATING = new JobProgress("GENERATING", "FILES", 0, 1);

    /** A report job's result: the format and name of the file it kept. */
    record Made(String format, String name) {
    }

    /** What the page needs of a report job. */
    public record ReportJob(String id, Job.State state, String format, String fileName, JobError.Fault failure) {
        public boolean finished() {
            return state == Job.State.DONE || state == Job.State.FAILED;
        }
    }

    private final Jobs jobs;
    private final Reports reports;
    private final LongFunction<Principal> owners;

    /** {@code owners}: the principal of an account as it is when its job runs, for the audit trail. */
    public ReportJobs(Jobs jobs, Reports reports, LongFunction<Principal> owners) {
        this.jobs = jobs;
        this.reports = reports;
        this.owners = owners;
    }

    /** Makes report jobs runnable by this node's workers; every node does, since any node may take one. */
    public void register() {
        jobs.register(KIND, this::run);
    }

    /** Queues the report {@code r} as {@code format} ({@code pdf}, {@code docx}) for {@code owner}; returns the job's id. */
    public String start(Principal owner, String ip, ReportRequest r, String format) {
        Reports.requireAuthor(owner);
        String f = format(format);
        Map<String, String> p = new LinkedHashMap<>();
        p.put("from", r.from().toString());
        p.put("to", r.to().toString());
        p.put("region", r.region() == null ? "" : r.region().value());
        p.put("theme", r.theme() == null ? "" : r.theme());
        p.put("lang", r.lang().code());
        p.put("format", f);
        p.put("ip", ip);
        return jobs.submit(owner.accountId(), KIND, p, null, null).orElseThrow().token();
    }

    /** The report job {@code id} if {@code viewer} queued it or is an administrator; otherwise not found, as a missing one. */
    public ReportJob get(String id, Principal viewer) {
        Job job = visible(id, viewer);
        Made made = job.state() == Job.State.DONE && job.result() != null ? read(job.result()) : new Made(null, null);
        JobError.Fault failure = job.state() == Job.State.FAILED && job.error() != null && !job.error().faults().isEmpty()
                ? job.error().faults().get(0) : null;
        return new ReportJob(job.token(), job.state(), made.format(), made.name(), failure);
    }

    /** The generated file, once: it is deleted as it is handed over. Not found when it was fetched already or has expired. */
    public Jobs.Input take(String id, Principal viewer) {
        Job job = visible(id, viewer);
        Optional<Jobs.Input> file = job.state() == Job.State.DONE ? jobs.output(job) : Optional.empty();
        if (file.isEmpty() || !jobs.discardOutput(job)) {
            throw new NotFound("report file " + id);
        }
        return file.get();
    }

    private Job visible(String id, Principal viewer) {
        Job job = jobs.find(id).orElse(null);
        if (job == null || !job.kind().equals(KIND) || job.ownerId() == null
                || (job.ownerId() != viewer.accountId() && viewer.role() != Role.ADMINISTRATOR)) {
            throw new NotFound("report job " + id);
        }
        return job;
    }

    private String run(JobRun run) {
        Map<String, String> p = run.parameters();
        Principal owner = owners.apply(run.ownerId());
        // The owner may have lost the right to generate reports since the job was queued.
        Reports.requireAuthor(owner);
        ReportRequest r = ReportRequest.parse(p.get("from"), p.get("to"), p.get("region"), p.get("theme"), p.get("lang"));
        String format = format(p.get("format"));
        run.watch(() -> GENERATING);
        byte[] body = format.equals("pdf") ? reports.pdf(owner.username(), p.get("ip"), r) : reports.docx(owner.username(), p.get("ip"), r);
        String name = ReportRoutes.fileName(r, format);
        run.keep(new Jobs.Input(name, body));
        try {
            return JSON.writeValueAsString(new Made(format, name));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Made read(String json) {
        try {
            return JSON.readValue(json, Made.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report job's result is not readable", e);
        }
    }

    private static String format(String format) {
        if (!"pdf".equals(format) && !"docx".equals(format)) {
            throw new InvalidInput("format", "reports.job.format", String.valueOf(format));
        }
        return format;
    }
}
