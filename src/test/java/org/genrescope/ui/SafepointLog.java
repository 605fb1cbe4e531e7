package org.genrescope.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM's safepoints, read back from the log of {@code -Xlog:safepoint=info:file=FILE:uptimenanos,tags} (the window
 * benchmarks' tool, not a test): while the JVM is at a safepoint (a collection, a deoptimisation, a thread dump, the
 * periodic cleanup) every Java thread is stopped, the FX thread too, and before it gets there it waits for every
 * running thread to reach one ("Reaching safepoint": long when a thread runs a long loop without a safepoint poll).
 * Each line is logged as the safepoint ends, with its total time: the safepoint spans [end - total, end].
 */
final class SafepointLog {
    private static final Pattern LINE = Pattern.compile("^\\[(\\d+)ns]\\[safepoint\\s*] Safepoint \"([^\"]+)\", "
            + "Time since last: \\d+ ns, Reaching safepoint: (\\d+) ns,.* Total: (\\d+) ns");

    /** One safepoint: when it ended (JVM uptime, ns), its operation, the time to reach it and its total, in ns. */
    record Safepoint(long end, String operation, long reaching, long total) {
        long start() {
            return end - total;
        }
    }

    private final List<Safepoint> safepoints;
    /** System.nanoTime() minus the JVM's uptime in ns (the log's clock is the JVM's uptime). */
    private final long offset;

    SafepointLog(List<Safepoint> safepoints, long offset) {
        this.safepoints = List.copyOf(safepoints);
        this.offset = offset;
    }

    /** The log at {@code file} read now, on this JVM's clock; empty when unreadable. */
    static SafepointLog read(Path file) {
        long offset = System.nanoTime() - ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000;
        try {
            return new SafepointLog(parse(Files.readAllLines(file)), offset);
        } catch (IOException e) {
            return new SafepointLog(List.of(), offset);
        }
    }

    /** The safepoint lines of a log; other lines are skipped. */
    static List<Safepoint> parse(List<String> lines) {
        List<Safepoint> out = new ArrayList<>();
        for (String line : lines) {
            Matcher m = LINE.matcher(line);
            if (m.find()) {
                out.add(new Safepoint(Long.parseLong(m.group(1)), m.group(2), Long.parseLong(m.group(3)),
                        Long.parseLong(m.group(4))));
            }
        }
        return out;
    }

    /** How many ns of [from, to) (System.nanoTime) the JVM spent in safepoints. */
    long stoppedWithin(long from, long to) {
        return stoppedWithin(from, to, "");
    }

    /** As {@link #stoppedWithin(long, long)}, leaving out the safepoints of operation {@code except}. */
    long stoppedWithin(long from, long to, String except) {
        long sum = 0;
        for (Safepoint s : within(from, to)) {
            if (s.operation().equals(except)) {
                continue;
            }
            sum += Math.max(0, Math.min(to - offset, s.end()) - Math.max(from - offset, s.start()));
        }
        return sum;
    }

    /**
     * The safepoints overlapping [from, to) (System.nanoTime) that lasted longer than {@code nanos}, each as
     * {start, end, total} on the System.nanoTime clock.
     */
    List<long[]> longerThan(long from, long to, long nanos) {
        return within(from, to).stream().filter(s -> s.total() > nanos)
                .map(s -> new long[] {s.start() + offset, s.end() + offset, s.total()}).toList();
    }

    /** The safepoints overlapping [from, to) (System.nanoTime). */
    List<Safepoint> within(long from, long to) {
        long a = from - offset;
        long b = to - offset;
        return safepoints.stream().filter(s -> s.end() > a && s.start() < b).toList();
    }

    /**
     * "stopped 240 ms in 3 safepoints (G1CollectForAllocation 2: 230 ms, reached in at most 12 ms; ...)": the
     * safepoints within [from, to) by operation, in words.
     */
    String describe(long from, long to) {
        List<Safepoint> in = within(from, to);
        if (in.isEmpty()) {
            return "no safepoint";
        }
        Map<String, long[]> byOp = new LinkedHashMap<>();
        for (Safepoint s : in) {
            long[] a = byOp.computeIfAbsent(s.operation(), k -> new long[3]);
            a[0]++;
            a[1] += s.total();
            a[2] = Math.max(a[2], s.reaching());
        }
        List<String> parts = new ArrayList<>();
        byOp.forEach((op, a) -> parts.add(String.format(Locale.ROOT, "%s %d: %.1f ms, reached in at most %.1f ms",
                op, a[0], a[1] / 1e6, a[2] / 1e6)));
        return String.format(Locale.ROOT, "stopped %.1f ms in %d safepoints, %.1f ms of it not the meter's stack "
                + "samples (ThreadDump) (%s)", stoppedWithin(from, to) / 1e6, in.size(),
                stoppedWithin(from, to, "ThreadDump") / 1e6, String.join("; ", parts));
    }
}
