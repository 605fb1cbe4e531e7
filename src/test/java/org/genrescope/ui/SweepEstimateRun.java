package org.genrescope.ui;

import java.nio.file.Path;
import java.util.Locale;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.Pipeline;
import org.genrescope.model.embedding.IsolatedAutoencoderTrainer;

/**
 * The estimate of the k sweep after Train against the sweep's real time (docs/benchmarks.md, "The k sweep in the
 * estimate (session 17)"): opens {@code DIR} (an FMA folder) in a workbench on the calling thread with the default
 * settings, so the first training measures this machine's paces and its sweep runs; then, for each restarts setting
 * given, reads the estimate the side panel shows, trains, and times the sweep (the calling thread runs it right after
 * the training: the train call's time less the result's stage times). Not a test:
 * {@code java -cp ... org.genrescope.ui.SweepEstimateRun DIR RESTARTS...}.
 */
public final class SweepEstimateRun {
    private SweepEstimateRun() { }

    public static void main(String[] args) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        WorkbenchViewModel vm = new WorkbenchViewModel(new CallingThreadRunner(), SettingsStore.inMemory(),
                new SettingsViewModel(), new Pipeline(threads, IsolatedAutoencoderTrainer.shared()), threads);
        long t0 = System.nanoTime();
        vm.opening().openFmaFolder(Path.of(args[0]));
        System.out.printf(Locale.ROOT, "opened, trained and swept %,d tracks in %.1f s (k range %d-%d, %d threads)%n",
                vm.trainedProperty().get().rows(), (System.nanoTime() - t0) / 1e9,
                vm.settings().kRangeMinProperty().get(), vm.settings().kRangeMaxProperty().get(), threads);
        for (int i = 1; i < args.length; i++) {
            vm.settings().intProperty("restarts").set(Integer.parseInt(args[i]));
            String said = vm.estimate().estimateProperty().get();
            long t = System.nanoTime();
            vm.train();
            double total = (System.nanoTime() - t) / 1e9;
            AnalysisResult r = vm.trainedProperty().get();
            double train = r.timingsMs().values().stream().mapToLong(Long::longValue).sum() / 1000.0;
            System.out.printf(Locale.ROOT, "restarts %s: said \"%s\"%n  training %.1f s, the sweep after it %.1f s "
                    + "(%d of %d ks ready)%n", args[i], said, train, total - train, vm.sweep().readyProperty().get(),
                    vm.sweep().totalProperty().get());
        }
    }
}
