package org.vigie.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time spent by this JVM and by one PostgreSQL server (its postmaster's children), read from Linux's
 * {@code /proc}. On a machine shared with other work, wall-clock seconds say how busy the machine was as
 * much as how costly a step is; CPU seconds say the latter. Processes that ended between two readings
 * (parallel workers) are not counted.
 */
final class CpuTime {
    /** Clock ticks a second of {@code /proc/<pid>/stat}; 100 on every Linux this runs on. */
    private static final double TICKS = 100.0;
    private final long postmaster;

    CpuTime(long postmaster) {
        this.postmaster = postmaster;
    }

    /** The postmaster of the backend whose process id is {@code backendPid}. */
    static CpuTime ofServerOf(long backendPid) throws IOException {
        return new CpuTime(Long.parseLong(stat(backendPid)[1]));
    }

    /** Seconds of CPU (user + system) used so far: this JVM, then the PostgreSQL server. */
    double[] now() throws IOException {
        double jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
        double pg = ticks(postmaster);
        try (var dirs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) dirs::iterator) {
                String name = p.getFileName().toString();
                if (name.chars().allMatch(Character::isDigit)) {
                    try {
                        String[] f = stat(Long.parseLong(name));
                        if (Long.parseLong(f[1]) == postmaster) {
                            pg += (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS;
                        }
                    } catch (IOException | RuntimeException gone) {
                        // the process ended while the list was read
                    }
                }
            }
        }
        return new double[] {jvm, pg};
    }

    private static double ticks(long pid) throws IOException {
        String[] f = stat(pid);
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS;
    }

    /** The fields of {@code /proc/<pid>/stat} after the command name: [0] state, [1] ppid, ... [11] utime, [12] stime. */
    private static String[] stat(long pid) throws IOException {
        String s = Files.readString(Path.of("/proc/" + pid + "/stat"));
        return s.substring(s.lastIndexOf(')') + 2).split(" ");
    }
}
