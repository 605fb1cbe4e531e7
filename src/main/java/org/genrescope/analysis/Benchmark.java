package org.genrescope.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.genrescope.data.DataLoadException;
import org.genrescope.data.DataLoader;
import org.genrescope.data.TrackTable;
import org.genrescope.features.FeatureMatrices;
import org.genrescope.features.FeatureMatrix;
import org.genrescope.features.GenreGrouping;
import org.genrescope.model.clustering.KMeans;
import org.genrescope.model.clustering.KMeansOptions;
import org.genrescope.model.clustering.KMeansResult;
import org.genrescope.model.metrics.ContingencyTable;
import org.genrescope.model.metrics.ExternalMetrics;
import org.genrescope.model.metrics.InternalMetrics;
import org.genrescope.model.embedding.AutoencoderTraining;
import org.genrescope.model.embedding.EpochListener;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * Times each stage of an analysis on one input, warm: every stage runs once to warm up, then
 * {@code repeats} times; the median and the fastest run are reported. Used by the {@code bench} command
 * whose output goes into docs/benchmarks.md.
 */
public final class Benchmark {

    /** One stage's timings in milliseconds. */
    public record Figure(String stage, double medianMs, double minMs, int runs, String detail) { }

    private final int threads;
    private final AutoencoderTraining trainer;

    /** A benchmark on {@code threads} threads whose autoencoders {@code trainer} trains. */
    public Benchmark(int threads, AutoencoderTraining trainer) {
        this.threads = threads;
        this.trainer = trainer;
    }

    public List<Figure> run(AnalysisConfig config, int repeats, ProgressListener progress, CancellationToken cancel)
            throws DataLoadException, IOException {
        List<Figure> figures = new ArrayList<>();
        Timer timer = new Timer(repeats, progress, cancel);
        TrackTable loaded = timer.time(figures, "load", "read and clean " + config.input().getFileName(),
                () -> DataLoader.load(config.input(), config.importOptions(), ProgressListener.NONE, cancel));
        GenreGrouping.Result grouped = timer.time(figures, "group", "genre grouping",
                () -> GenreGrouping.apply(loaded, config.grouping()));
        TrackTable tracks = grouped.tracks();
        FeatureMatrix raw = FeatureMatrices.of(tracks);
        FeatureMatrix scaled = timer.time(figures, "scale", config.scaling().id() + " scaling",
                () -> config.scaling().fit(raw).transform(raw));
        FeatureMatrix z = timer.time(figures, "represent", representDetail(config),
                () -> Representations.build(config, scaled, trainer, ProgressListener.NONE, EpochListener.NONE, cancel).z());
        int n = z.rows();
        int d = z.columns();
        double[] x = z.sharedValues(); // K-Means, the metrics and PCA only read it
        KMeansOptions options = config.kmeansOptions(threads);
        KMeansResult km = timer.time(figures, "kmeans", String.format(java.util.Locale.ROOT,
                        "k=%d, %d restarts, %,d x %d, %d threads", config.k(), config.restarts(), n, d, threads),
                () -> KMeans.fit(x, n, d, options, ProgressListener.NONE, cancel));
        int[] labels = km.labels();
        timer.time(figures, "davies_bouldin", "", () -> InternalMetrics.daviesBouldin(x, n, d, labels));
        timer.time(figures, "calinski_harabasz", "", () -> InternalMetrics.calinskiHarabasz(x, n, d, labels));
        timer.time(figures, "silhouette", String.format(java.util.Locale.ROOT, "exact, %,d points, %d threads", n, threads),
                () -> InternalMetrics.silhouette(x, n, d, labels, threads));
        int[] truth = Pipeline.genreCodes(tracks, Pipeline.genreNames(tracks));
        timer.time(figures, "external", "contingency, ARI, NMI, AMI, homogeneity, completeness, V, FMI, purity",
                () -> ExternalMetrics.scores(ContingencyTable.of(truth, labels)));
        timer.time(figures, "adjusted_mutual_info", "", () -> ExternalMetrics.adjustedMutualInfo(ContingencyTable.of(truth, labels)));
        if (config.projection() != ProjectionMethod.NONE) {
            timer.time(figures, "projection", config.projection().id() + " of the clustered space to 2-D",
                    () -> Projector.project(config, z, threads, ProgressListener.NONE, cancel));
        }
        // A new pipeline each run: a pipeline re-uses its cached stages, which would time nothing.
        timer.time(figures, "pipeline", "the whole cluster run in one warm JVM, nothing cached (load to projection)",
                () -> new Pipeline(threads, trainer).run(config, ProgressListener.NONE, cancel));
        return figures;
    }

    private static String representDetail(AnalysisConfig config) {
        return switch (config.representation()) {
            case FEATURES -> "the scaled features";
            case PCA -> "PCA to " + config.latent();
            case AUTOENCODER -> "autoencoder training (" + config.autoencoder().epochs() + " epochs, batch "
                    + config.autoencoder().batch() + ") and encoding";
        };
    }

    private static final class Timer {
        private final int repeats;
        private final ProgressListener progress;
        private final CancellationToken cancel;

        Timer(int repeats, ProgressListener progress, CancellationToken cancel) {
            this.repeats = repeats;
            this.progress = progress;
            this.cancel = cancel;
        }

        <T> T time(List<Figure> figures, String stage, String detail, Callable<T> work) throws DataLoadException, IOException {
            double[] ms = new double[repeats];
            T result = call(work); // warm-up
            for (int r = 0; r < repeats; r++) {
                cancel.throwIfCancelled();
                progress.progress("bench", r, repeats, stage + " run " + (r + 1) + " of " + repeats);
                long start = System.nanoTime();
                result = call(work);
                ms[r] = (System.nanoTime() - start) / 1e6;
            }
            double[] sorted = ms.clone();
            Arrays.sort(sorted);
            double median = repeats % 2 == 1 ? sorted[repeats / 2] : (sorted[repeats / 2 - 1] + sorted[repeats / 2]) / 2;
            figures.add(new Figure(stage, median, sorted[0], repeats, detail));
            return result;
        }

        private static <T> T call(Callable<T> work) throws DataLoadException, IOException {
            try {
                return work.call();
            } catch (DataLoadException | IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
