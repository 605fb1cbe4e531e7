package org.genrescope.model.embedding;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU seconds (user + system) a process's threads have used, read from Linux's {@code /proc/PID/task/TID/stat},
 * summed by thread group: the JIT's compilers ("C1 CompilerThre", "C2 CompilerThre"), the garbage collector, the
 * main thread and the rest by name. For the benchmarks of issue 11 on a shared machine, where wall time says little
 * and CPU seconds say where a training's time went. Empty on systems without {@code /proc}.
 */
final class ThreadCpu {
    /** Linux's clock ticks per second for these counters ({@code getconf CLK_TCK}; 100 on every common kernel). */
    private static final double TICKS = 100.0;

    private ThreadCpu() {
    }

    /** CPU seconds by thread group of process {@code pid}, at this moment; empty when unreadable. */
    static Map<String, Double> of(long pid) {
        Map<String, Double> seconds = new TreeMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException e) {
                    continue;    // the thread ended meanwhile
                }
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                String name = stat.substring(open + 1, close);
                String[] fields = stat.substring(close + 2).split(" ");
                // after the name: state(0) ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime(11) stime(12)
                double cpu = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS;
                seconds.merge(group(name), cpu, Double::sum);
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return seconds;
    }

    /**
     * CPU seconds (user + system) of process {@code pid} in all, ended threads included (a finished warm-up's),
     * from {@code /proc/PID/stat}; NaN when unreadable.
     */
    static double process(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** {@code after - before}, group by group (a group absent before counts from zero). */
    static Map<String, Double> minus(Map<String, Double> after, Map<String, Double> before) {
        Map<String, Double> out = new TreeMap<>();
        after.forEach((name, s) -> out.put(name, s - before.getOrDefault(name, 0.0)));
        return out;
    }

    /** "total 5.32 s: C2 2.10, C1 0.40, main 2.50, ..." with the groups of more than 0.05 s. */
    static String describe(Map<String, Double> seconds) {
        double total = seconds.values().stream().mapToDouble(Double::doubleValue).sum();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%.2f CPU s", total));
        seconds.entrySet().stream().filter(e -> e.getValue() >= 0.05)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> out.append(String.format(Locale.ROOT, ", %s %.2f", e.getKey(), e.getValue())));
        return out.toString();
    }

    static double total(Map<String, Double> seconds) {
        return seconds.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static String group(String threadName) {
        if (threadName.startsWith("C2 Compiler")) {
            return "C2";
        }
        if (threadName.startsWith("C1 Compiler")) {
            return "C1";
        }
        if (threadName.startsWith("GC ") || threadName.startsWith("VM Thread") || threadName.startsWith("G1 ")) {
            return "GC+VM";
        }
        if (threadName.equals("java")) {
            return "main";
        }
        if (threadName.startsWith("genrescope-work")) {
            return "warm-up";
        }
        return "other";
    }
}
