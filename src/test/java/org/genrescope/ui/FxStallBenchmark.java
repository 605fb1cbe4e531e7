package org.genrescope.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.stage.Stage;

/**
 * The longest FX-thread stall during a training in the real window (not a test; run by hand on a display, see
 * docs/benchmarks.md):
 * <pre>DISPLAY=:92 java -cp ... org.genrescope.ui.FxStallBenchmark ../shared/fma/fma_metadata [TRAININGS]</pre>
 * Opens the folder in the window as a user would (window settings as on a first start, the window's default
 * settings), waits for its first training and k sweep, then presses Train {@code TRAININGS} times (5 by default),
 * each with another seed so that the autoencoder really trains in the worker. Meanwhile a heartbeat thread posts
 * an action with {@link Platform#runLater} every 5 ms and waits for it: the time from posting to running is how
 * long the FX thread kept a user waiting. Prints, per training, the longest such stall while it trained (Train to
 * result shown) and while the k sweep after it ran, then the median over the trainings. When a stall passes 50 ms
 * the FX thread's stack is sampled every 5 ms, and the most frequent stacks are printed: what blocked it.
 */
public final class FxStallBenchmark {
    private static final long SAMPLE_AFTER_NANOS = 50_000_000;

    private FxStallBenchmark() { }

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args.length > 0 ? args[0] : "../shared/fma/fma_metadata").toAbsolutePath();
        int trainings = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        SettingsStore store = SettingsStore.inMemory();
        store.put(Preferences.LAST_DATA, input);
        store.put(Preferences.WINDOW_WIDTH, 1400.0);
        store.put(Preferences.WINDOW_HEIGHT, 880.0);
        store.put(Preferences.WINDOW_X, 0.0);
        store.put(Preferences.WINDOW_Y, 0.0);
        AtomicReference<WorkbenchApp> app = new AtomicReference<>();
        AtomicReference<Thread> fxThread = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(1);
        long t0 = System.nanoTime();
        Platform.startup(() -> {
            fxThread.set(Thread.currentThread());
            WorkbenchApp a = new WorkbenchApp(() -> store, new FxDialogs(), true);
            a.start(new Stage());
            app.set(a);
            started.countDown();
        });
        started.await();
        Heartbeat heartbeat = new Heartbeat(fxThread.get());
        heartbeat.start();
        WorkbenchViewModel vm = app.get().viewModel();
        BooleanSupplier idle = () -> vm.resultProperty().get() != null && !vm.busyBinding().get();
        BooleanSupplier swept = () -> vm.sweep().readyProperty().get() >= vm.sweep().totalProperty().get();
        AtomicLong trainingEnded = new AtomicLong();
        onFx(() -> vm.trainingProperty().addListener((o, was, now) -> {
            if (!now) {
                trainingEnded.set(System.nanoTime()); // in the callback that then shows the result
            }
        }));
        await(idle);
        await(swept);
        long opened = System.nanoTime();
        System.out.printf(Locale.ROOT, "opened %s and trained its %,d tracks in %.1f s (load %s); longest stall "
                        + "meanwhile %.0f ms%n", input.getFileName(), vm.resultProperty().get().rows(),
                (opened - t0) / 1e9, loadAverage(), heartbeat.longest(t0, opened));
        Button train = (Button) app.get().window().tabPane.getScene().lookup("#trainButton");

        List<Double> duringTraining = new ArrayList<>();
        List<Double> showing = new ArrayList<>();
        for (int i = 1; i <= trainings; i++) {
            long seed = 1986 + i;
            onFx(() -> vm.settings().longProperty("seed").set(seed));
            Thread.sleep(500);
            String loadBefore = loadAverage();
            long start = System.nanoTime();
            onFx(train::fire);
            await(idle);
            long ended = trainingEnded.get();
            await(swept);
            long done = System.nanoTime();
            duringTraining.add(heartbeat.longest(start, ended));
            showing.add(heartbeat.longest(ended, done));
            System.out.printf(Locale.ROOT, "training %d (seed %d): %.1f s, longest FX stall while it trained %.0f ms; "
                            + "while its result was shown and the k sweep ran (%.1f s) %.0f ms; load %s -> %s; %s%n", i,
                    seed, (ended - start) / 1e9, duringTraining.get(i - 1), (done - ended) / 1e9, showing.get(i - 1),
                    loadBefore, loadAverage(), vm.statusProperty().get());
            System.out.println("  longest stall while it trained: " + heartbeat.describeLongest(start, ended));
            System.out.println("  longest stall while its result was shown and swept: "
                    + heartbeat.describeLongest(ended, done));
            System.out.println("  FX thread while it trained:");
            printStacks(heartbeat.stacks(start, ended));
            System.out.println("  FX thread while its result was shown and swept:");
            printStacks(heartbeat.stacks(ended, done));
        }
        System.out.printf(Locale.ROOT, "longest FX stall per training while it trained (ms): %s; median %.0f ms "
                + "(target under 100 ms)%n", format(duringTraining), median(duringTraining));
        System.out.printf(Locale.ROOT, "... while its result was shown and the k sweep ran (ms): %s; median %.0f ms%n",
                format(showing), median(showing));
        Platform.exit();
        System.exit(0);
    }

    private static List<String> format(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /**
     * Posts an action to the FX thread every 5 ms and waits for it; records each wait (when it ran, how long), and
     * samples the FX thread's stack every 5 ms while a wait passes {@link #SAMPLE_AFTER_NANOS}.
     */
    private static final class Heartbeat extends Thread {
        private final Thread fx;
        private final Thread renderer = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("QuantumRenderer")).findFirst().orElse(null);
        private final java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        /** {ran at, waited, FX thread's CPU time meanwhile, the render thread's} in ns. */
        private final List<long[]> waits = new ArrayList<>();
        /** Sampled while waiting: when, and the stack in short. */
        private final List<Map.Entry<Long, String>> samples = new ArrayList<>();

        Heartbeat(Thread fx) {
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
                    while (!ran.await(5, java.util.concurrent.TimeUnit.MILLISECONDS)) {
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
            List<String> lines = new ArrayList<>(Arrays.stream(stack).limit(4).map(String::valueOf).toList());
            List<String> ours = Arrays.stream(stack).skip(4).filter(f -> f.getClassName().startsWith("org.genrescope"))
                    .limit(5).map(String::valueOf).toList();
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

        /**
         * The longest wait in words: how much of it the FX thread and the render thread ran on a CPU (the rest
         * they waited for one, or for each other).
         */
        synchronized String describeLongest(long from, long to) {
            long[] w = longestWait(from, to);
            return String.format(Locale.ROOT, "%.0f ms, of which the FX thread ran %.0f ms and the render thread "
                    + "%.0f ms", w[1] / 1e6, w[2] / 1e6, w[3] / 1e6);
        }

        private long[] longestWait(long from, long to) {
            return waits.stream().filter(w -> w[0] >= from && w[0] < to).max(java.util.Comparator.comparingLong(w -> w[1]))
                    .orElse(new long[4]);
        }

        /** The stacks sampled within [from, to), with how many samples each. */
        synchronized Map<String, Integer> stacks(long from, long to) {
            Map<String, Integer> counts = new HashMap<>();
            samples.stream().filter(e -> e.getKey() >= from && e.getKey() < to)
                    .forEach(e -> counts.merge(e.getValue(), 1, Integer::sum));
            return counts;
        }
    }

    /** The three most frequent stacks, with their share of the samples (5 ms each). */
    private static void printStacks(Map<String, Integer> stacks) {
        stacks.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(3)
                .forEach(e -> System.out.printf(Locale.ROOT, "    %d samples (about %d ms) of the FX thread in:%n"
                        + "      %s%n", e.getValue(), e.getValue() * 5, e.getKey()));
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 900_000_000_000L;
        while (System.nanoTime() < deadline) {
            boolean[] met = {false};
            onFx(() -> met[0] = condition.getAsBoolean());
            if (met[0]) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("timed out");
    }

    private static void onFx(Runnable action) throws InterruptedException {
        WorkbenchScreenshots.onFx(action);
    }
}
