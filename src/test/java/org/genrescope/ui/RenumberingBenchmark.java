package org.genrescope.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.ClusterRenumbering;

/**
 * What a k slider move costs the UI thread at a million tracks, now and as it was (not a test; figures in
 * docs/benchmarks.md, "The result's phases at a million (session 10)"). Opens FOLDER in a workbench view model
 * (PCA, 1 restart, k range 8..9; no window), trains, sweeps, then moves the slider between 8 and 9: the thread
 * CPU of the call that moves it (the UI thread's event), of the background work it queues (the renumbering and
 * the renumbered result's details and points, {@link NumberedResult#prepare}) and of showing the result when that
 * work is done (the UI thread again); and, as the UI thread did it before (session 9's code), the renumbering
 * ({@link ClusterRenumbering#matchedTo}) and the renumbered result's explanations, means and points computed
 * where they are asked for.
 * <pre>java -Xmx4g -cp target/classes:target/test-classes:$(cat target/cp.txt) org.genrescope.ui.RenumberingBenchmark /tmp/fxs-m1 [ROUNDS]</pre>
 */
public final class RenumberingBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private RenumberingBenchmark() { }

    /** Queues work; runs the newest with its work's and its callback's thread CPU apart. */
    private static final class TimedRunner implements BackgroundRunner {
        private final List<Runnable> queue = new ArrayList<>();
        double workMs;
        double doneMs;

        @Override
        public <T> void run(Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
            queue.add(() -> {
                long c0 = THREADS.getCurrentThreadCpuTime();
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    failed.accept(e);
                    return;
                }
                long c1 = THREADS.getCurrentThreadCpuTime();
                done.accept(result);
                workMs = (c1 - c0) / 1e6;
                doneMs = (THREADS.getCurrentThreadCpuTime() - c1) / 1e6;
            });
        }

        @Override
        public void onUiThread(Runnable action) {
            action.run();
        }

        void runOne() {
            queue.remove(0).run();
        }

        void runAll() {
            while (!queue.isEmpty()) {
                queue.remove(0).run();
            }
        }
    }

    public static void main(String[] args) {
        Path input = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        TimedRunner runner = new TimedRunner();
        WorkbenchViewModel vm = Fixtures.workbench(runner, SettingsStore.inMemory());
        vm.settings().objectProperty("representation").set(org.genrescope.analysis.Representation.PCA);
        vm.settings().objectProperty("projection").set(org.genrescope.analysis.ProjectionMethod.PCA);
        vm.settings().intProperty("restarts").set(1);
        vm.settings().kProperty().set(8);
        vm.settings().setKRange(3, 9);
        long t0 = System.nanoTime();
        vm.opening().openFmaFolder(input);
        runner.runAll(); // load, train, sweep
        System.out.printf(Locale.ROOT, "opened, trained and swept %,d tracks in %.1f s (k = %d; ks ready: %d)%n",
                vm.resultProperty().get().rows(), (System.nanoTime() - t0) / 1e9,
                vm.resultProperty().get().config().k(), vm.sweep().readyProperty().get());
        for (int round = 0; round < rounds; round++) {
            for (int k : new int[] {3, 9, 5, 8}) {
                AnalysisResult shown = vm.resultProperty().get();
                AnalysisResult full = vm.sweep().fullResult(k);
                // as before: on the UI thread, the renumbering and what the tabs asked of the renumbered result
                long c0 = THREADS.getCurrentThreadCpuTime();
                AnalysisResult numbered = ClusterRenumbering.matchedTo(shown, full);
                long c1 = THREADS.getCurrentThreadCpuTime();
                ResultDetails.explanations(numbered);
                ResultDetails.centroids(numbered);
                long c2 = THREADS.getCurrentThreadCpuTime();
                ScatterPoints.of(numbered, ResultFigures.ColourBy.CLUSTER, false);
                long c3 = THREADS.getCurrentThreadCpuTime();
                // now: the slider's event, the background work, the result shown
                vm.settings().kProperty().set(k);
                long c4 = THREADS.getCurrentThreadCpuTime();
                runner.runAll();
                if (vm.resultProperty().get().config().k() != k || !ResultDetails.kept(vm.resultProperty().get())) {
                    throw new IllegalStateException("k = " + k + " not shown ready");
                }
                System.out.printf(Locale.ROOT, "round %d, k %d -> %d: before, on the UI thread: renumbering %.0f ms, "
                                + "explanations and means %.0f ms, points %.0f ms (%.0f ms in all); now: slider event "
                                + "%.1f ms, background %.0f ms, shown %.1f ms (UI thread %.1f ms in all)%n", round,
                        shown.config().k(), k, (c1 - c0) / 1e6, (c2 - c1) / 1e6, (c3 - c2) / 1e6, (c3 - c0) / 1e6,
                        (c4 - c3) / 1e6, runner.workMs, runner.doneMs, (c4 - c3) / 1e6 + runner.doneMs);
            }
        }
        // a later training (another seed): renumbered to the numbers on screen, on its worker now
        AnalysisResult shown = vm.resultProperty().get();
        vm.settings().longProperty("seed").set(vm.settings().longProperty("seed").get() + 1);
        vm.train();
        runner.runOne(); // the training, and its result shown
        double shownMs = runner.doneMs;
        AnalysisResult trained = vm.trainedProperty().get();
        long c0 = THREADS.getCurrentThreadCpuTime();
        AnalysisResult numbered = ClusterRenumbering.matchedTo(shown, trained);
        long c1 = THREADS.getCurrentThreadCpuTime();
        ResultDetails.explanations(numbered);
        ResultDetails.centroids(numbered);
        long c2 = THREADS.getCurrentThreadCpuTime();
        ScatterPoints.of(numbered, ResultFigures.ColourBy.CLUSTER, false);
        long c3 = THREADS.getCurrentThreadCpuTime();
        System.out.printf(Locale.ROOT, "later training (seed + 1, renumbered: %s): before, on the UI thread: renumbering "
                        + "%.0f ms, explanations and means %.0f ms, points %.0f ms (%.0f ms in all); now: on the worker, "
                        + "the UI thread's share of showing it (the whole callback, renumbering none) %.1f ms%n",
                numbered != trained, (c1 - c0) / 1e6, (c2 - c1) / 1e6, (c3 - c2) / 1e6, (c3 - c0) / 1e6, shownMs);
        System.exit(0);
    }
}
