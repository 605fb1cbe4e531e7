package org.genrescope.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.control.Button;

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
    private FxStallBenchmark() { }

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args.length > 0 ? args[0] : "../shared/fma/fma_metadata").toAbsolutePath();
        int trainings = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        SettingsStore store = SettingsStore.inMemory();
        store.put(Preferences.LAST_DATA, input);
        ScreenCapture.placeWindow(store, 1400.0, 880.0);
        long t0 = System.nanoTime();
        WorkbenchApp app = ScreenCapture.startWorkbench(store, true);
        FxHeartbeat heartbeat = new FxHeartbeat(ScreenCapture.fxThread());
        heartbeat.start();
        WorkbenchViewModel vm = app.viewModel();
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
        Button train = (Button) app.window().tabPane.getScene().lookup("#trainButton");

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
            heartbeat.printStacks(start, ended, 3);
            System.out.println("  FX thread while its result was shown and swept:");
            heartbeat.printStacks(ended, done, 3);
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
        ScreenCapture.onFx(action);
    }
}
