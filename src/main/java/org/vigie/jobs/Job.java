package org.vigie.jobs;

import java.time.Instant;

/**
 * One job as the table holds it now, read by any node.
 *
 * @param token    the job's name in addresses: 128 random bits
 * @param ownerId  the account that started it, or null for scheduled work
 * @param result   what the job returned, as its kind wrote it (JSON), once done; null otherwise
 * @param error    why it failed, once failed; null otherwise
 * @param attempts how many times a node took it (more than one when a node died while running it)
 */
public record Job(long id, String token, String kind, Long ownerId, State state, JobProgress progress, String result,
                  JobError error, int attempts, String node, Instant finishedAt) {

    /** Where a job is: waiting for a worker, running on a node, or ended one way or the other. */
    public enum State { QUEUED, RUNNING, DONE, FAILED }

    public boolean finished() {
        return state == State.DONE || state == State.FAILED;
    }
}
