package org.genrescope.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One FX-thread stall taken apart (the window benchmarks' tool, not a test): from the scheduler's snapshots that
 * bracket it, how long the FX thread ran, waited in a run queue for a CPU, and was off a CPU without wanting one
 * (waiting for a lock, another thread, or an event); the same for the render thread; which of the process's threads
 * ran meanwhile and for how long; how busy the machine's CPUs were (other processes included); the JVM's
 * safepoints within it (every Java thread stopped); and the FX thread's sampled Java states (past 50 ms of a wait).
 */
final class StallBreakdown {
    private StallBreakdown() { }

    /**
     * The stall {@code wait} ({ran at, waited, ...} of {@link FxHeartbeat}) in words, several lines indented by
     * four spaces; {@code safepoints} may be null (no log).
     */
    static String describe(FxHeartbeat heartbeat, long[] wait, long start, SafepointLog safepoints) {
        long to = wait[0];
        long from = to - wait[1];
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "stall of %.0f ms from %.1f s after the start:", wait[1] / 1e6,
                (from - start) / 1e9));
        ThreadSchedule.Snapshot[] around = heartbeat.bracket(from, to);
        ThreadSchedule schedule = heartbeat.schedule();
        if (around != null) {
            double span = (around[1].at() - around[0].at()) / 1e6;
            lines.add(String.format(Locale.ROOT, "scheduler over %.0f ms around it:", span));
            for (String[] thread : new String[][] {{"JavaFX Applicat", "FX thread"}, {"QuantumRenderer",
                "render thread"}, {"InvokeLaterDisp", "invokeLater dispatcher"}}) {
                int tid = schedule.find(thread[0]);
                if (tid >= 0) {
                    long[] d = ThreadSchedule.delta(around[0], around[1], tid);
                    lines.add(String.format(Locale.ROOT, "  %s ran %.0f ms, waited for a CPU %.0f ms, off CPU "
                            + "otherwise %.0f ms", thread[1], d[0] / 1e6, d[1] / 1e6,
                            Math.max(0, span - (d[0] + d[1]) / 1e6)));
                }
            }
            if (around[0].xserver() != null && around[1].xserver() != null) {
                lines.add(String.format(Locale.ROOT, "  the X server ran %.0f ms, waited for a CPU %.0f ms",
                        (around[1].xserver()[0] - around[0].xserver()[0]) / 1e6,
                        (around[1].xserver()[1] - around[0].xserver()[1]) / 1e6));
            }
            long processRan = schedule.ranByGroup(around[0], around[1]).values().stream()
                    .mapToLong(Long::longValue).sum();
            lines.add(String.format(Locale.ROOT, "  the machine's %d CPUs busy %.0f of %.0f ms, %.0f of it this "
                    + "process's threads: %s", Runtime.getRuntime().availableProcessors(),
                    ThreadSchedule.machineBusyMs(around[0], around[1]),
                    span * Runtime.getRuntime().availableProcessors(), processRan / 1e6,
                    schedule.describeGroups(around[0], around[1], 5)));
        }
        if (safepoints != null) {
            lines.add("safepoints: " + safepoints.describe(from, to));
        }
        Map<String, Integer> kernel = heartbeat.kernelStates(from, to);
        if (!kernel.isEmpty()) {
            lines.add("kernel states sampled (5 ms each, past 50 ms): " + top(kernel, 5));
        }
        Map<String, Integer> states = heartbeat.states(from, to);
        if (!states.isEmpty()) {
            lines.add("FX thread's Java state sampled (every heartbeat.stackMs past 50 ms): " + top(states, 4));
            lines.add("render thread sampled: " + top(heartbeat.renderStacks(from, to), 2));
        }
        return "    " + String.join("\n    ", lines);
    }

    private static String top(Map<String, Integer> counts, int n) {
        List<String> parts = new ArrayList<>();
        counts.entrySet().stream().limit(n).forEach(e -> parts.add(e.getValue() + "x " + e.getKey()));
        return String.join("; ", parts);
    }
}
