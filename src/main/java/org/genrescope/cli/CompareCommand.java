package org.genrescope.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.concurrent.Callable;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.Comparison;
import org.genrescope.analysis.GenreCeiling;
import org.genrescope.analysis.Pipeline;
import org.genrescope.analysis.Spread;
import org.genrescope.analysis.report.ComparisonCsv;
import org.genrescope.analysis.report.ComparisonJson;
import org.genrescope.figures.ComparisonFigures;
import org.genrescope.files.AtomicFiles;
import org.genrescope.model.embedding.IsolatedAutoencoderTrainer;
import org.genrescope.settings.InvalidSettingException;
import org.genrescope.task.CancellationSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs the four methods of {@link Comparison} over several seeds and writes the comparison's files. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Does the autoencoder help? Clusters the same data with the same k four ways: autoencoder + "
            + "K-Means (the study), PCA + K-Means at the same latent size, the scaled features + K-Means and "
            + "autoencoder + DBSCAN, over --seeds; scores each in its own space and in the scaled features, compares "
            + "the partitions (ARI, contingency) and states how well a supervised model predicts genre from the same "
            + "features (cross-validated logistic regression) as a ceiling for the agreement with genres.",
            "Writes comparison.csv, comparison.json and a bar figure per headline metric (PNG and SVG) into --out. "
                + "--representation, --algorithm and --seed are set by each method and seed."})
final class CompareCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "An FMA metadata folder (tracks.csv, echonest.csv, genres.csv[, features.csv]) or a flat CSV.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Folder for comparison.csv, comparison.json and the figures (created if needed).")
    Path out;

    @Option(names = "--seeds", split = ",", paramLabel = "N[,N...]", defaultValue = "1,2,3",
            description = "The seeds each method runs with, comma-separated; the first also seeds the ceiling's "
                    + "folds and gives the partitions compared. Default: ${DEFAULT-VALUE}.")
    List<Long> seeds;

    @Mixin
    AnalysisOptions settings;

    @Mixin
    DebugAndOutput basics;

    @Override
    public Integer call() throws Exception {
        basics.start(out);
        if (seeds.isEmpty() || seeds.stream().distinct().count() != seeds.size()) {
            throw new InvalidSettingException("--seeds", "give each seed once, got " + seeds);
        }
        AnalysisConfig config = settings.toConfig(input);
        CancellationSource cancel = new CancellationSource();
        ConsoleProgress progress = new ConsoleProgress(System.err, ConsoleProgress.stderrIsTerminal());
        return Interruptible.run(cancel, () -> {
            Comparison.Result result;
            try {
                Pipeline pipeline = new Pipeline(Math.max(1, Runtime.getRuntime().availableProcessors()),
                        IsolatedAutoencoderTrainer.shared()); // one worker trains every seed's autoencoder
                result = Comparison.run(pipeline, config, seeds, progress, cancel);
            } catch (OutOfMemoryError e) {
                throw MemoryAdvice.outOfMemory(input, config.importOptions(), Runtime.getRuntime().maxMemory());
            }
            cancel.throwIfCancelled();
            Files.createDirectories(out);
            AtomicFiles.writeText(out.resolve(ComparisonCsv.FILE_NAME), w -> ComparisonCsv.write(result, w));
            List<String> figures = ComparisonFigures.writeAll(result, out);
            AtomicFiles.write(out.resolve(ComparisonJson.FILE_NAME), o -> ComparisonJson.write(result, o));
            progress.finish();
            result.warnings().forEach(w -> System.err.println("note: " + w));
            print(result, System.out);
            System.out.println("wrote " + ComparisonCsv.FILE_NAME + ", " + ComparisonJson.FILE_NAME + " and "
                    + figures.size() + " figure files to " + out);
            return GenrescopeCommand.EXIT_OK;
        });
    }

    private static final List<String> SHOWN = List.of("common_davies_bouldin", "common_calinski_harabasz",
            "common_silhouette", "genre_adjusted_rand", "genre_normalized_mutual_info");
    private static final List<String> SHOWN_HEADERS = List.of("DB (features)", "CH (features)",
            "silhouette (features)", "ARI (genres)", "NMI (genres)");

    /** The summary table, the agreement between the methods and the ceiling, as plain text. */
    static void print(Comparison.Result r, PrintStream out) {
        out.printf(Locale.ROOT, "%d tracks, k = %d, latent size %d, seeds %s: mean +- sd (n - 1) over the seeds"
                + "%s%n", r.tracks(), r.base().k(), r.base().latent(), r.seeds(), r.collapsedSeeds().isEmpty() ? ""
                : " whose autoencoder did not collapse (collapsed, left out: seed " + r.collapsedSeeds().stream()
                        .map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")) + ")");
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-27s", "method"));
        SHOWN_HEADERS.forEach(h -> header.append(String.format(Locale.ROOT, " %-22s", h)));
        out.println(header.append(" collapsed"));
        var kept = r.keptSummary();
        org.genrescope.analysis.ComparisonMethod.SHOWN_ORDER.stream().filter(kept::containsKey).forEach(method -> {
            Map<String, Spread> metrics = kept.get(method);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-27s", method.label()));
            for (String name : SHOWN) {
                line.append(String.format(Locale.ROOT, " %-22s", meanSd(metrics.get(name), name)));
            }
            int collapsed = r.collapsed().getOrDefault(method, 0);
            line.append(method.trainsAnAutoencoder()
                    ? " " + collapsed + " of " + r.summary().get(method).get(SHOWN.get(0)).runs() : " -");
            out.println(line);
        });
        var dbscan = r.keptSummary().get(org.genrescope.analysis.ComparisonMethod.AUTOENCODER_DBSCAN);
        if (dbscan != null) {
            out.println("DBSCAN's eps, chosen on each seed's code as " + org.genrescope.model.clustering.DbscanEps.RULE
                    + ": " + meanSd(dbscan.get("dbscan_eps"), "dbscan_eps"));
        }
        out.println("agreement between the methods (seed " + r.seeds().get(0) + ", ARI):");
        for (Comparison.Agreement a : r.agreement()) {
            out.println("  " + a.a().label() + " vs " + a.b().label() + ": " + a.adjustedRand().format("%.4f"));
        }
        GenreCeiling.Outcome ceiling = r.ceiling();
        if (!ceiling.isDefined()) {
            out.println("genre ceiling: undefined (" + ceiling.undefinedReason() + ")");
            return;
        }
        GenreCeiling.Result c = ceiling.result();
        out.printf(Locale.ROOT, "genre ceiling (logistic regression on the scaled features, stratified %d-fold, "
                + "fold seed %d, %d tracks, %d genres; mean +- sd over folds):%n", c.folds(), c.seed(), c.tracks(),
                c.genres());
        List<String> names = List.of("accuracy", "balanced accuracy", "macro F1");
        List<ToDoubleFunction<GenreCeiling.Scores>> metrics = List.of(GenreCeiling.Scores::accuracy,
                GenreCeiling.Scores::balancedAccuracy, GenreCeiling.Scores::macroF1);
        for (int m = 0; m < names.size(); m++) {
            out.printf(Locale.ROOT, "  %-18s %s   (majority genre: %s)%n", names.get(m),
                    meanSd(GenreCeiling.Result.spread(c.model(), metrics.get(m)), ""),
                    meanSd(GenreCeiling.Result.spread(c.baseline(), metrics.get(m)), ""));
        }
    }

    /** "1.234 +- 0.056", or "undefined (reason)"; Calinski-Harabasz without decimals. */
    static String meanSd(Spread s, String metric) {
        String pattern = metric.contains("calinski") ? "%.0f" : "%.4f";
        if (s.runs() == 0) {
            return Comparison.EVERY_RUN_COLLAPSED;
        }
        if (!s.mean().isDefined()) {
            return "undefined (" + s.undefined() + " of " + s.runs() + ")"; // the reasons are in the notes and files
        }
        String text = s.mean().format(pattern) + (s.sd().isDefined() ? " +- " + s.sd().format(pattern) : "");
        return s.undefined() == 0 ? text : text + " (" + s.undefined() + " undefined)";
    }
}
