package org.genrescope.ui;

import java.nio.file.Path;
import java.util.Locale;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.Pipeline;
import org.genrescope.analysis.Reclustering;
import org.genrescope.model.embedding.IsolatedAutoencoderTrainer;
import org.genrescope.task.CancellationSource;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.CancelledException;
import org.genrescope.task.ProgressListener;

/**
 * What a move of the k slider waits for at scale (docs/benchmarks.md, "Quick k moves at a million (session 17)"):
 * trains {@code DIR} as the window would (10 epochs, 10 restarts, k = 8), then times the one-restart previews of
 * k = 9..13 the way the window makes them (one thread, details warmed), with the k sweep's full K-Means of other ks
 * running beside them on its one thread as in the window, and how long a preview takes to stop once cancelled.
 * Not a test: {@code java -cp ... org.genrescope.ui.KPreviewRun DIR}.
 */
public final class KPreviewRun {
    private KPreviewRun() { }

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]);
        AnalysisConfig config = new SettingsViewModel().config(input).with("autoencoder.epochs", 10)
                .with("restarts", 10).with("k", 8);
        long t0 = System.nanoTime();
        AnalysisResult base = new Pipeline(2, IsolatedAutoencoderTrainer.forOneTraining())
                .run(config, ProgressListener.NONE, CancellationToken.NEVER);
        System.out.printf(Locale.ROOT, "trained %,d tracks in %.1f s%n", base.rows(), seconds(t0));
        CancellationSource sweepStop = new CancellationSource();
        Thread sweep = new Thread(() -> {
            try {
                for (int k = 14; k <= 16 && !sweepStop.isCancelled(); k++) {
                    Reclustering.withK(base, k, Reclustering.Quality.FULL, 1, ProgressListener.NONE, sweepStop);
                }
            } catch (CancelledException e) {
                // stopped at the end of the run
            }
        }, "sweep");
        sweep.start();
        for (int k = 9; k <= 13; k++) {
            long t = System.nanoTime();
            ResultDetails.warm(Reclustering.withK(base, k, Reclustering.Quality.PREVIEW, 1, ProgressListener.NONE,
                    CancellationToken.NEVER));
            System.out.printf(Locale.ROOT, "preview k = %d: %.2f s (the sweep beside it)%n", k, seconds(t));
        }
        for (int delayMs : new int[] {300, 1000, 2000}) {
            CancellationSource stop = new CancellationSource();
            long[] stoppedAt = new long[1];
            Thread preview = new Thread(() -> {
                try {
                    ResultDetails.warm(Reclustering.withK(base, 12, Reclustering.Quality.PREVIEW, 1,
                            ProgressListener.NONE, stop));
                } catch (CancelledException e) {
                    stoppedAt[0] = System.nanoTime();
                }
            });
            preview.start();
            Thread.sleep(delayMs);
            long cancelled = System.nanoTime();
            stop.cancel();
            preview.join();
            System.out.printf(Locale.ROOT, "cancelled %d ms in: %s%n", delayMs, stoppedAt[0] == 0
                    ? "it had finished" : String.format(Locale.ROOT, "stopped %.0f ms later",
                    (stoppedAt[0] - cancelled) / 1e6));
        }
        sweepStop.cancel();
        sweep.join();
    }

    private static double seconds(long from) {
        return (System.nanoTime() - from) / 1e9;
    }
}
