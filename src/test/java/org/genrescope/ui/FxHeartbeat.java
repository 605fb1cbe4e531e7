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
    /** Sampled while waiting: when, the FX thread's state (and the lock it waits on, and its owner). */
    private final List<Map.Entry<Long, String>> states = new ArrayList<>();
    /** Sampled while waiting: when, the render thread's top frames. */
    private final List<Map.Entry<Long, String>> renderStacks = new ArrayList<>();
    /** The scheduler's view of every thread of the process, every {@link #SCHEDULE_MS} ms from the start. */
    private final ThreadSchedule schedule = new ThreadSchedule();
    private final List<ThreadSchedule.Snapshot> snapshots = new ArrayList<>();
    private static final long SCHEDULE_MS = Long.getLong("heartbeat.scheduleMs", 10);
    /**
     * Java stacks of the FX and render threads are sampled every this many ns of a wait past 50 ms
     * ({@code -Dheartbeat.stackMs}, 50 by default, 0: never). Each sample is a "ThreadDump" safepoint that stops every
     * Java thread until all reach it: the meter's own stall, reported apart; sampled every 5 ms (as in session 7)
     * they added seconds to the stalls of a loaded machine.
     */
    private static final long STACK_NANOS = Long.getLong("heartbeat.stackMs", 50) * 1_000_000;
    /** Sampled every 5 ms of a wait past 50 ms: when, the FX and the render thread's kernel states. */
    private final List<Map.Entry<Long, String>> kernelStates = new ArrayList<>();
    private ThreadSchedule.StateReader fxState;
    private ThreadSchedule.StateReader renderState;
    private volatile Thread sampler;
    private volatile boolean samplerNiced;
    /**
     * The scheduler sampler's nice value ({@code -Dheartbeat.samplerNice}, 10 by default; 0: as the window's threads):
     * it reads every thread's schedstat every 10 ms, and on a 2-core machine must yield the CPU to the threads it
     * measures. A late snapshot widens the span a stall's breakdown covers, which the breakdown prints.
     */
    private static final int SAMPLER_NICE = Integer.getInteger("heartbeat.samplerNice", 10);

    /** A meter of {@code fx}, the FX application thread; call {@link #start()}. */
    FxHeartbeat(Thread fx) {
        super("fx-heartbeat");
        this.fx = fx;
        setDaemon(true);
    }

    @Override
    public synchronized void start() {
        // the first snapshot before the first beat: the first stall (the window's first frames) has its "before"
        snapshots.add(schedule.take());
        Thread sampler = new Thread(() -> {
            // below the window's threads (the heartbeat itself stays at nice 0: its posts must not be late)
            samplerNiced = BackgroundPriority.lowerThisThread(SAMPLER_NICE);
            while (true) {
                try {
                    Thread.sleep(SCHEDULE_MS);
                } catch (InterruptedException e) {
                    return;
                }
                ThreadSchedule.Snapshot snapshot = schedule.take();
                synchronized (this) {
                    snapshots.add(snapshot);
                }
            }
        }, "fx-heartbeat-schedule");
        sampler.setDaemon(true);
        sampler.start();
        this.sampler = sampler;
        super.start();
    }

    /**
     * The meter's own CPU so far, in ns: {this heartbeat thread's, the scheduler sampler's}. What it took from the
     * CPUs it measures; the user's window has no meter.
     */
    long[] ownCpu() {
        Thread s = sampler;
        return new long[] {cpu.getThreadCpuTime(getId()), s == null ? 0 : cpu.getThreadCpuTime(s.getId())};
    }

    /** "nice 10" or "nice 0 (renice failed)": the sampler's priority, for the report. */
    String samplerPriority() {
        return samplerNiced ? "nice " + SAMPLER_NICE : "nice 0" + (SAMPLER_NICE == 0 ? "" : " (renice not possible)");
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
                long nextStack = posted + SAMPLE_AFTER_NANOS;
                while (!ran.await(5, TimeUnit.MILLISECONDS)) {
                    long now = System.nanoTime();
                    if (now - posted > SAMPLE_AFTER_NANOS) {
                        sampleKernel(now);
                        if (STACK_NANOS > 0 && now >= nextStack) {
                            sample();
                            nextStack = now + STACK_NANOS;
                        }
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

    /** The FX and render threads' kernel states (no safepoint needed): what they sleep in, if they sleep. */
    private void sampleKernel(long now) {
        if (fxState == null || !fxState.known() || !renderState.known()) {  // until the sampler has named them
            if (fxState != null) {
                fxState.close();
                renderState.close();
            }
            fxState = new ThreadSchedule.StateReader(schedule.find("JavaFX Applicat"));
            renderState = new ThreadSchedule.StateReader(schedule.find("QuantumRenderer"));
        }
        String both = "FX " + fxState.read() + ", render " + renderState.read();
        synchronized (this) {
            kernelStates.add(Map.entry(now, both));
        }
    }

    /** The top frames, then the first frames of Genrescope's own code: what the FX thread was doing, and why. */
    private void sample() {
        java.lang.management.ThreadInfo[] info = cpu.getThreadInfo(renderer == null ? new long[] {fx.getId()}
                : new long[] {fx.getId(), renderer.getId()}, 40);
        StackTraceElement[] stack = info[0] == null ? fx.getStackTrace() : info[0].getStackTrace();
        String state = info[0] == null ? "?" : describeState(info[0]);
        String render = info.length < 2 || info[1] == null ? "?" : info[1].getThreadState() + " "
                + Arrays.stream(info[1].getStackTrace()).limit(4).map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(" < "));
        synchronized (this) {
            states.add(Map.entry(System.nanoTime(), state));
            renderStacks.add(Map.entry(System.nanoTime(), render));
        }
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

    /**
     * "WAITING on CountDownLatch$Sync (owner -)" or "RUNNABLE in GtkApplication._runLoop": the state Java gives,
     * the lock or condition it waits on and who holds it, and for a runnable thread its top frame.
     */
    private static String describeState(java.lang.management.ThreadInfo info) {
        String top = info.getStackTrace().length == 0 ? "?" : info.getStackTrace()[0].getClassName()
                .replaceAll(".*\\.", "") + "." + info.getStackTrace()[0].getMethodName();
        if (info.getLockName() == null) {
            return info.getThreadState() + " in " + top;
        }
        return info.getThreadState() + " on " + info.getLockName().replaceAll("@[0-9a-f]+$", "").replaceAll(".*\\.",
                "") + " (owner " + (info.getLockOwnerName() == null ? "-" : info.getLockOwnerName()) + ") in " + top;
    }

    /** The {@code n} longest waits that ended within [from, to), longest first: {ran at, waited, FX CPU, render CPU}. */
    synchronized List<long[]> longestWaits(long from, long to, int n) {
        return waits.stream().filter(w -> w[0] >= from && w[0] < to)
                .sorted(Comparator.comparingLong((long[] w) -> w[1]).reversed()).limit(n).toList();
    }

    /** The last snapshot taken at or before {@code from} and the first at or after {@code to}; null if none. */
    synchronized ThreadSchedule.Snapshot[] bracket(long from, long to) {
        ThreadSchedule.Snapshot before = null;
        ThreadSchedule.Snapshot after = null;
        for (ThreadSchedule.Snapshot s : snapshots) {
            if (s.at() <= from) {
                before = s;
            }
            if (s.at() >= to && after == null) {
                after = s;
            }
        }
        return before == null || after == null ? null : new ThreadSchedule.Snapshot[] {before, after};
    }

    ThreadSchedule schedule() {
        return schedule;
    }

    /** The FX thread's sampled states within [from, to), with how many samples each, most first. */
    synchronized Map<String, Integer> states(long from, long to) {
        return tally(states, from, to);
    }

    /** The FX and render threads' sampled kernel states within [from, to), with how many samples each, most first. */
    synchronized Map<String, Integer> kernelStates(long from, long to) {
        return tally(kernelStates, from, to);
    }

    /** The render thread's sampled top frames within [from, to), with how many samples each, most first. */
    synchronized Map<String, Integer> renderStacks(long from, long to) {
        return tally(renderStacks, from, to);
    }

    private static Map<String, Integer> tally(List<Map.Entry<Long, String>> list, long from, long to) {
        Map<String, Integer> counts = new HashMap<>();
        list.stream().filter(e -> e.getKey() >= from && e.getKey() < to)
                .forEach(e -> counts.merge(e.getValue(), 1, Integer::sum));
        Map<String, Integer> sorted = new java.util.LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** The longest wait that ended within [from, to), in ms. */
    synchronized double longest(long from, long to) {
        return longestWait(from, to)[1] / 1e6;
    }

    /**
     * Whether a wait longer than {@code ms} overlapped [from, to) (System.nanoTime): a pause of every thread the
     * heartbeat saw. It sees a pause only when one of its actions was waiting as it began: one that began while the
     * heartbeat slept between two actions (most of the time) is not in its waits.
     */
    synchronized boolean sawOver(long from, long to, double ms) {
        return waits.stream().anyMatch(w -> w[1] / 1e6 > ms && w[0] - w[1] < to && w[0] > from);
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
