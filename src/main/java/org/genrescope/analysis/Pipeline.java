package org.genrescope.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.genrescope.data.DataLoadException;
import org.genrescope.data.DataLoader;
import org.genrescope.data.TrackTable;
import org.genrescope.features.FeatureMatrices;
import org.genrescope.features.FeatureMatrix;
import org.genrescope.features.FittedScaler;
import org.genrescope.features.GenreGrouping;
import org.genrescope.model.clustering.Clustering;
import org.genrescope.model.clustering.Dbscan;
import org.genrescope.model.clustering.KMeans;
import org.genrescope.model.clustering.KMeansOptions;
import org.genrescope.model.metrics.ContingencyTable;
import org.genrescope.model.metrics.ExternalMetrics;
import org.genrescope.model.metrics.ExternalScores;
import org.genrescope.model.projection.FittedPca;
import org.genrescope.model.projection.Pca;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * Runs one analysis from file to metrics: load and clean, group genres, scale, build the clustered
 * representation, cluster, score, project to 2-D. The CLI and the workbench both use it.
 */
public final class Pipeline {
    private final int threads;

    public Pipeline() {
        this(Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public Pipeline(int threads) {
        this.threads = threads;
    }

    public AnalysisResult run(AnalysisConfig config, ProgressListener progress, CancellationToken cancel)
            throws DataLoadException, IOException {
        StageClock clock = new StageClock();
        List<String> warnings = new ArrayList<>();

        CompletableFuture<String> fingerprint = CompletableFuture.supplyAsync(() -> {
            try {
                return InputFingerprint.sha256(config.input());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        progress.progress("load", 0, -1, "reading " + config.input());
        TrackTable loaded = DataLoader.load(config.input(), config.importOptions(), progress, cancel);
        InputInfo input = new InputInfo(config.input(), join(fingerprint), loaded.format(), loaded.report().rowsRead());
        clock.lap("load");
        cancel.throwIfCancelled();

        progress.progress("group", 0, 1, "grouping genres");
        GenreGrouping.Result grouped = GenreGrouping.apply(loaded, config.grouping());
        TrackTable tracks = grouped.tracks();
        grouped.report().unknownDropGenres().forEach(g ->
                warnings.add("--drop-genres: the data has no genre named '" + g + "'"));
        if (tracks.rows() < 2) {
            throw new InvalidSettingException("--drop-genres", "after cleaning and grouping only " + tracks.rows()
                    + " track(s) remain, too few to cluster");
        }
        clock.lap("group");

        progress.progress("scale", 0, 1, "scaling with " + config.scaling().id());
        FeatureMatrix raw = FeatureMatrices.of(tracks);
        FittedScaler scaler = config.scaling().fit(raw);
        FeatureMatrix scaled = scaler.transform(raw);
        clock.lap("scale");
        cancel.throwIfCancelled();

        FeatureMatrix representation = represent(config, scaled, progress);
        clock.lap("represent");
        cancel.throwIfCancelled();

        Clustering clustering = cluster(config, representation, progress, cancel);
        clock.lap("cluster");

        progress.progress("metrics", 0, 2, "internal metrics");
        ClusterScoring scoring = new ClusterScoring(threads, config.seed());
        InternalScores inClusteringSpace = scoring.internal(representation, clustering, warnings, "clustered space");
        cancel.throwIfCancelled();
        InternalScores inFeatureSpace = representation == scaled ? inClusteringSpace
                : scoring.internal(scaled, clustering, warnings, "feature space");
        cancel.throwIfCancelled();
        progress.progress("metrics", 1, 2, "agreement with genres");
        List<String> genreNames = genreNames(tracks);
        int[] genreCodes = genreCodes(tracks, genreNames);
        ExternalScores vsGenre = null;
        ContingencyTable contingency = null;
        if (!genreNames.isEmpty()) {
            contingency = ContingencyTable.of(genreCodes, clustering.labels());
            vsGenre = ExternalMetrics.scores(contingency);
        } else {
            warnings.add("the data has no genre labels, so clusters are not compared with genres");
        }
        progress.progress("metrics", 2, 2, "metrics done");
        clock.lap("metrics");
        cancel.throwIfCancelled();

        double[] projection = project(config, representation, progress, warnings);
        clock.lap("project");

        return new AnalysisResult(config, input, loaded.report(), grouped.report(), tracks, genreNames, genreCodes,
                scaled, scaler.describe(), representation, clustering, inClusteringSpace, inFeatureSpace, vsGenre,
                contingency, projection, clock.laps(), warnings);
    }

    /** The clustered representation of the scaled features, as the config asks. */
    static FeatureMatrix represent(AnalysisConfig config, FeatureMatrix scaled, ProgressListener progress) {
        return switch (config.representation()) {
            case FEATURES -> scaled;
            case PCA -> {
                if (config.latent() > scaled.columns()) {
                    throw new InvalidSettingException("--latent", "PCA can keep at most the " + scaled.columns()
                            + " features there are, got " + config.latent());
                }
                progress.progress("represent", 0, 1, "PCA to " + config.latent() + " dimensions");
                FittedPca pca = Pca.fit(scaled.values(), scaled.rows(), scaled.columns());
                double[] z = pca.transform(scaled.values(), scaled.rows(), scaled.columns(), config.latent());
                List<String> names = new ArrayList<>();
                for (int c = 0; c < config.latent(); c++) {
                    names.add("pc" + (c + 1));
                }
                yield new FeatureMatrix(scaled.trackIds(), names, z);
            }
        };
    }

    private Clustering cluster(AnalysisConfig config, FeatureMatrix z, ProgressListener progress,
                               CancellationToken cancel) {
        int n = z.rows();
        return switch (config.algorithm()) {
            case KMEANS -> {
                if (config.k() > n) {
                    throw new InvalidSettingException("--k", "cannot make " + config.k() + " clusters of " + n + " tracks");
                }
                KMeansOptions options = new KMeansOptions(config.k(), config.restarts(),
                        KMeansOptions.DEFAULT_MAX_ITERATIONS, KMeansOptions.DEFAULT_TOLERANCE, config.seed(), threads);
                yield Clustering.from(KMeans.fit(z.values(), n, z.columns(), options, progress, cancel));
            }
            case DBSCAN -> Clustering.from(Dbscan.fit(z.values(), n, z.columns(), config.eps(), config.minPoints(),
                    progress, cancel));
        };
    }

    private static double[] project(AnalysisConfig config, FeatureMatrix z, ProgressListener progress,
                                    List<String> warnings) {
        if (config.projection() == ProjectionMethod.NONE) {
            return null;
        }
        progress.progress("project", 0, 1, "PCA to 2-D");
        if (z.columns() < 2) {
            warnings.add("the clustered space has one dimension, so there is no 2-D projection");
            return null;
        }
        FittedPca pca = Pca.fit(z.values(), z.rows(), z.columns());
        return pca.transform(z.values(), z.rows(), z.columns(), 2);
    }

    private static List<String> genreNames(TrackTable tracks) {
        TreeSet<String> names = new TreeSet<>();
        for (String g : tracks.genres()) {
            if (g != null) {
                names.add(g);
            }
        }
        return List.copyOf(names);
    }

    private static int[] genreCodes(TrackTable tracks, List<String> names) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        int[] codes = new int[tracks.rows()];
        for (int i = 0; i < codes.length; i++) {
            String g = tracks.genres()[i];
            codes[i] = g == null ? -1 : index.get(g);
        }
        return codes;
    }

    private static <T> T join(CompletableFuture<T> future) throws IOException {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }

    /** Milliseconds per stage, in order. */
    private static final class StageClock {
        private final Map<String, Long> laps = new LinkedHashMap<>();
        private long last = System.nanoTime();

        void lap(String stage) {
            long now = System.nanoTime();
            laps.put(stage, (now - last) / 1_000_000);
            last = now;
        }

        Map<String, Long> laps() {
            return laps;
        }
    }
}
