package org.genrescope.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.Pipeline;
import org.genrescope.model.embedding.IsolatedAutoencoderTrainer;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * Checks {@link TrainingWork}'s scalings against real runs (docs/benchmarks.md, "The estimate before Train"): trains
 * each {@code folder:epochs:restarts} given, with the window's starting settings otherwise, through the window's
 * pipeline (the autoencoder in its worker process, 2 threads), then estimates every run from every other run's paces,
 * stage by stage, and prints estimate / real. Each folder is prepared (loaded, scaled) before its run, as the window has
 * it open before Train, so the stage laps are the ones the estimate covers.
 *
 * <pre>java -Xmx4g -cp ... org.genrescope.ui.TrainingEstimateCheck /work/shared/fma/fma_metadata:100:100 \
 *     /work/shared/fma/fma_metadata:10:10 /tmp/fxs-m1:10:10</pre>
 */
public final class TrainingEstimateCheck {
    private static final List<String> STAGES = List.of("represent", "cluster", "project");

    private record Run(String name, AnalysisResult result, List<TrainingWork.Part> parts,
                       Map<String, TrainingEstimate.Pace> paces) { }

    public static void main(String[] args) throws Exception {
        Pipeline pipeline = new Pipeline(2, IsolatedAutoencoderTrainer.shared());
        List<Run> runs = new ArrayList<>();
        for (String arg : args) {
            String[] p = arg.split(":");
            AnalysisConfig c = new SettingsViewModel().config(Path.of(p[0]))
                    .with("autoencoder.epochs", Integer.parseInt(p[1])).with("restarts", Integer.parseInt(p[2]));
            System.out.printf(Locale.ROOT, "%s: load %s%n", arg, load());
            pipeline.prepare(c, ProgressListener.NONE, CancellationToken.NEVER);
            TimeLeft steps = new TimeLeft(); // the epochs' and restarts' seconds, as the window's status bar measures them
            AnalysisResult r = pipeline.run(c, (stage, done, total, message) -> steps.after(stage, done, total,
                    System.nanoTime()), CancellationToken.NEVER);
            int epochs = r.autoencoder().weights().lossPerEpoch().length;
            List<TrainingWork.Part> parts = TrainingWork.of(c, r.rows(), r.scaled().columns(), epochs, STAGES);
            Map<String, TrainingEstimate.Pace> paces = TrainingEstimate.paces(parts, r.timingsMs(),
                    steps.secondsPerUnit());
            runs.add(new Run(arg, r, parts, paces));
            System.out.printf(Locale.ROOT, "%s: %,d rows, %d epochs run, laps %s ms, load after %s%n", arg, r.rows(),
                    epochs, r.timingsMs(), load());
            System.out.printf(Locale.ROOT, "  seconds per step: %s%n", steps.secondsPerUnit());
            parts.forEach(part -> System.out.printf(Locale.ROOT, "  %-11s %,.0f units in %d steps, %.3e s a unit, "
                    + "rest %.3e s a row%n", part.pace(), part.units(), part.steps(), paces.get(part.pace()).perUnit(),
                    paces.get(part.pace()).perRow()));
        }
        System.out.println("estimate of a run (row) from the paces of another (column): stage seconds est/real");
        for (Run target : runs) {
            for (Run source : runs) {
                if (source == target) {
                    continue;
                }
                Map<String, TrainingEstimate.Pace> paces = source.paces();
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s from %s:", target.name(),
                        source.name()));
                double estimated = 0;
                double real = 0;
                for (TrainingWork.Part part : target.parts()) {
                    double e = TrainingEstimate.of(List.of(part), paces).seconds();
                    double t = target.result().timingsMs().get(part.stage()) / 1000.0;
                    estimated += e;
                    real += t;
                    line.append(String.format(Locale.ROOT, " %s %.1f/%.1f (%.2f)", part.stage(), e, t, e / t));
                }
                line.append(String.format(Locale.ROOT, "; together %.1f/%.1f (%.2f)", estimated, real,
                        estimated / real));
                System.out.println(line);
            }
        }
        System.exit(0); // the training worker's process ends with this one
    }

    private static String load() throws java.io.IOException {
        return java.nio.file.Files.readString(Path.of("/proc/loadavg")).strip();
    }

    private TrainingEstimateCheck() { }
}
