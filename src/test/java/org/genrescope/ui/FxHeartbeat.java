package org.genrescope.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * The FX-thread stall meter of the window benchmarks (FxStallBenchmark, MillionPlotRun; not a test): posts an
 * action with {@link Platform#runLater} every 5 ms and waits for it; the time from posting to running is how long
 * the FX thread kept a user waiting. Records each wait (when it ran, how long, how much of it the FX thread and the
 * render thread ran on a CPU), and samples the FX thread's stack every 5 ms while a wait passes 50 ms: what held it.
 */
final class FxHeartbeat extends Thread {
    private static final long SAMPLE_AFTER_NANOS = 50_000_000;
    private final Thread fx;
    private final Thread renderer = Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.getName().startsWith("QuantumRenderer")).findFirst().orElse(null);
    private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    /** {ran at, waited, FX thread's CPU time meanwhile, the render thread's} in ns. */
    private final List<long[]> waits = new ArrayList<>();
    /** Sampled while waiting: when, and the stack in short. */
    private final List<Map.Entry<Long, String>> samples = new ArrayList<>();

    /** A meter of {@code fx}, the FX application thread; call {@link #start()}. */
    FxHeartbeat(Thread fx) {
        super("fx-heartbeat");
        this.fx = fx;
        setDaemon(true);
    }

    @Override
    public void run() {
        while (true) {
            CountDownLatch ran = new CountDownLatch(1);
            long posted = System.nanoTime();
            long fxCpu = cpu.getThreadCpuTime(fx.getId());
            long renderCpu = renderer == null ? 0 : cpu.getThreadCpuTime(renderer.getId());
            long[] ranAt = new long[1];
            Platform.runLater(() -> {
                ranAt[0] = System.nanoTime();
                ran.countDown();
            });
            try {
                while (!ran.await(5, TimeUnit.MILLISECONDS)) {
                    if (System.nanoTime() - posted > SAMPLE_AFTER_NANOS) {
                        sample();
                    }
                }
                synchronized (this) {
                    waits.add(new long[] {ranAt[0], ranAt[0] - posted, cpu.getThreadCpuTime(fx.getId()) - fxCpu,
                        renderer == null ? 0 : cpu.getThreadCpuTime(renderer.getId()) - renderCpu});
                }
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The top frames, then the first frames of Genrescope's own code: what the FX thread was doing, and why. */
    private void sample() {
        StackTraceElement[] stack = fx.getStackTrace();
        List<String> lines = new ArrayList<>(Arrays.stream(stack).limit(6).map(String::valueOf).toList());
        List<String> ours = Arrays.stream(stack).skip(6).filter(f -> f.getClassName().startsWith("org.genrescope"))
                .limit(6).map(String::valueOf).toList();
        if (!ours.isEmpty()) {
            lines.add("...");
            lines.addAll(ours);
        }
        synchronized (this) {
            samples.add(Map.entry(System.nanoTime(), String.join("\n      ", lines)));
        }
    }

    /** The longest wait that ended within [from, to), in ms. */
    synchronized double longest(long from, long to) {
        return longestWait(from, to)[1] / 1e6;
    }

    /** How many waits that ended within [from, to) passed {@code ms}. */
    synchronized long over(long from, long to, double ms) {
        return waits.stream().filter(w -> w[0] >= from && w[0] < to && w[1] / 1e6 > ms).count();
    }

    /**
     * The longest wait in words: how much of it the FX thread and the render thread ran on a CPU (the rest they
     * waited for one, or for each other).
     */
    synchronized String describeLongest(long from, long to) {
        long[] w = longestWait(from, to);
        return String.format(Locale.ROOT, "%.0f ms, of which the FX thread ran %.0f ms and the render thread "
                + "%.0f ms", w[1] / 1e6, w[2] / 1e6, w[3] / 1e6);
    }

    private long[] longestWait(long from, long to) {
        return waits.stream().filter(w -> w[0] >= from && w[0] < to).max(Comparator.comparingLong(w -> w[1]))
                .orElse(new long[4]);
    }

    /** The stacks sampled within [from, to), with how many samples each. */
    synchronized Map<String, Integer> stacks(long from, long to) {
        Map<String, Integer> counts = new HashMap<>();
        samples.stream().filter(e -> e.getKey() >= from && e.getKey() < to)
                .forEach(e -> counts.merge(e.getValue(), 1, Integer::sum));
        return counts;
    }

    /** Prints the {@code top} most frequent stacks sampled within [from, to), with their share (5 ms each). */
    void printStacks(long from, long to, int top) {
        stacks(from, to).entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top).forEach(e -> System.out.printf(Locale.ROOT, "    %d samples (about %d ms) of the FX "
                        + "thread in:%n      %s%n", e.getValue(), e.getValue() * 5, e.getKey()));
    }
}
