package org.vigie.jobs;

/**
 * How far a running job has gone, as its kind counts it (an import: its phase, bytes read then rows).
 *
 * @param total what there is to do, or -1 when it is not known
 */
public record JobProgress(String phase, String unit, long done, long total) {
    public static final JobProgress WAITING = new JobProgress("WAITING", "ROWS", 0, -1);

    public JobProgress {
        if (phase == null || phase.isBlank() || unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("a phase and a unit are required");
        }
    }
}
