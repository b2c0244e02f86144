package org.vigie.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Where and when the figures were taken: without it a figure means little. */
record Machine(String date, int processors, long memoryMib, String cpu, String kernel, String java, String loadAverage) {

    static Machine describe() throws IOException {
        return new Machine(
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(Instant.now()),
                Runtime.getRuntime().availableProcessors(),
                procField("/proc/meminfo", "MemTotal:") / 1024,
                procText("/proc/cpuinfo", "model name"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                currentLoadAverage());
    }

    /** The 1, 5 and 15 minute load averages: how busy the machine was with other work. */
    static String currentLoadAverage() throws IOException {
        String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
        return f[0] + " " + f[1] + " " + f[2];
    }

    private static long procField(String file, String field) throws IOException {
        return Long.parseLong(procText(file, field).split("\\s+")[0]);
    }

    private static String procText(String file, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of(file))) {
            if (line.startsWith(field)) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        return "unknown";
    }
}
