package org.vigie.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Memory held by a group of processes, read from Linux's {@code /proc}. RSS is what the goal is set
 * on; summed over PostgreSQL's processes it counts their shared buffers once per process, so PSS
 * (each shared page divided among the processes mapping it) is reported beside it.
 */
final class ProcessMemory {
    /** Kibibytes resident (VmRSS) and proportional (Pss) over {@code processes} processes. */
    record Sample(int processes, long rssKib, long pssKib) {
    }

    private ProcessMemory() {
    }

    /** The processes themselves and every descendant of each, once. */
    static Set<Long> withDescendants(long... roots) throws IOException {
        Map<Long, List<Long>> children = childrenByParent();
        Set<Long> all = new LinkedHashSet<>();
        Deque<Long> todo = new ArrayDeque<>();
        for (long r : roots) {
            todo.add(r);
        }
        while (!todo.isEmpty()) {
            long pid = todo.poll();
            if (all.add(pid)) {
                todo.addAll(children.getOrDefault(pid, List.of()));
            }
        }
        return all;
    }

    static Sample of(Set<Long> pids) throws IOException {
        long rss = 0;
        long pss = 0;
        int alive = 0;
        for (long pid : pids) {
            Path proc = Path.of("/proc", Long.toString(pid));
            if (!Files.isDirectory(proc)) {
                continue;
            }
            alive++;
            rss += kibibytes(proc.resolve("status"), "VmRSS:");
            pss += kibibytes(proc.resolve("smaps_rollup"), "Pss:");
        }
        return new Sample(alive, rss, pss);
    }

    private static long kibibytes(Path file, String field) throws IOException {
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
            }
        }
        return 0;
    }

    private static Map<Long, List<Long>> childrenByParent() throws IOException {
        List<long[]> pairs = new ArrayList<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            for (Path p : entries.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    // the command name may hold spaces and parentheses: the fields follow the last ')'
                    String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    pairs.add(new long[] {Long.parseLong(p.getFileName().toString()), Long.parseLong(after[1])});
                } catch (IOException exitedMeanwhile) {
                    // a process that ended while we listed is nobody's child any more
                }
            }
        }
        return pairs.stream().collect(Collectors.groupingBy(x -> x[1], Collectors.mapping(x -> x[0], Collectors.toList())));
    }
}
