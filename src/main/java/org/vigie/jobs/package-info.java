/**
 * Work that runs once, on any node of a deployment of many on one PostgreSQL (issue 18): the job table
 * ({@link org.vigie.jobs.Jobs}: imports, publications, reminders), claimed by workers on every node with
 * {@code SELECT ... FOR UPDATE SKIP LOCKED}, leased, retried after a node's death, progress and result kept in
 * the database; and scheduled work ({@link org.vigie.jobs.Schedule}) that one node runs per period under an
 * advisory lock. Owns the tables {@code job}, {@code job_input} and {@code scheduled_task}.
 */
package org.vigie.jobs;
