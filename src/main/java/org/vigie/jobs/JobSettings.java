package org.vigie.jobs;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * How this node takes part in background and scheduled work.
 *
 * @param lease          how long a running job stays its node's without a renewal ({@code VIGIE_JOB_LEASE_SECONDS}, 30):
 *                       after a node's death its jobs are taken again once this has passed
 * @param check          how often the node looks for scheduled work due ({@code VIGIE_SCHEDULE_CHECK_SECONDS}, 30)
 * @param workers        how many jobs this node runs at once ({@code VIGIE_JOB_WORKERS}, 2)
 * @param remindersEvery how often the reminder digests are sent by the server, or null when they are not
 *                       ({@code VIGIE_REMINDERS_EVERY_HOURS}; unset: {@code vigie reminders send} from a timer, as before)
 * @param smtp           the {@code VIGIE_SMTP_*} entries of the environment, for the reminders the server sends
 */
public record JobSettings(Duration lease, Duration check, int workers, Duration remindersEvery, Map<String, String> smtp) {
    public static final JobSettings DEFAULT = new JobSettings(null, null, 0, null, Map.of());

    public JobSettings {
        lease = lease == null ? Duration.ofSeconds(30) : lease;
        check = check == null ? Duration.ofSeconds(30) : check;
        workers = workers <= 0 ? 2 : workers;
        smtp = smtp == null ? Map.of() : Map.copyOf(smtp);
        if (lease.toMillis() < 1000 || check.toMillis() < 100) {
            throw new IllegalArgumentException("VIGIE_JOB_LEASE_SECONDS must be at least 1 and VIGIE_SCHEDULE_CHECK_SECONDS more than 0");
        }
    }

    /** The settings the environment gives; a bad number names its variable. */
    public static JobSettings fromEnvironment(Map<String, String> env) {
        Map<String, String> smtp = new HashMap<>();
        env.forEach((k, v) -> {
            if (k.startsWith("VIGIE_SMTP_") && v != null) {
                smtp.put(k, v);
            }
        });
        Long hours = number(env, "VIGIE_REMINDERS_EVERY_HOURS");
        Long lease = number(env, "VIGIE_JOB_LEASE_SECONDS");
        Long check = number(env, "VIGIE_SCHEDULE_CHECK_SECONDS");
        Long workers = number(env, "VIGIE_JOB_WORKERS");
        return new JobSettings(lease == null ? null : Duration.ofSeconds(lease), check == null ? null : Duration.ofSeconds(check),
                workers == null ? 0 : workers.intValue(), hours == null || hours <= 0 ? null : Duration.ofHours(hours), smtp);
    }

    private static Long number(Map<String, String> env, String name) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": a whole number, not \"" + v + "\"");
        }
    }
}
