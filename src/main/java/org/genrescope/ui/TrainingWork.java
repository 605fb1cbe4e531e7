package org.genrescope.ui;

import java.util.ArrayList;
import java.util.List;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.ClusteringAlgorithm;
import org.genrescope.analysis.Representation;

/**
 * The work a Train does, per stage, in the units a measured pace (seconds per unit, {@link TrainingEstimate}) is kept
 * in. A pace measured on one run, times the units of another, is that run's estimate; so the units must grow as the
 * stage's time grows. The scalings, and why:
 * <ul>
 *   <li>{@code autoencoder}: minibatch steps x weight layers, steps = ceil(training rows / batch) x epochs, training
 *   rows = rows less the validation rows ({@code round(rows x split)}, as {@code AutoencoderConfig} holds them out),
 *   weight layers = 2 x (hidden layers + 1) (the decoder mirrors the encoder). Not rows x weights: at the sizes the
 *   window trains (8-5-8, batch 256) DL4J's time is per native operation, not arithmetic (STACK.md: about 34 ops per
 *   step at 5-35 us each, the arithmetic microseconds), and the ops per step grow with the layers. A network of
 *   hundreds of features, where the arithmetic does dominate, is estimated low; the comparison after the run shows it
 *   and the next estimate uses that run's pace.</li>
 *   <li>{@code kmeans}: rows x k x dimensions x restarts (Lloyd's iterations cost rows x k x dimensions each; the
 *   number of iterations is taken as the same). Dimensions: the latent size for the autoencoder's or PCA's code, the
 *   number of features otherwise. The stage's metrics (linear in rows) ride along in the pace.</li>
 *   <li>{@code dbscan}: rows x dimensions (one neighbourhood query a point through the spatial index).</li>
 *   <li>{@code pca_code} (PCA as the representation): rows x features x latent; {@code pca} (the 2-D plot): rows x
 *   dimensions.</li>
 *   <li>{@code tsne}, {@code umap}: embedded points x perplexity (t-SNE) or neighbours (UMAP); the embedded points are
 *   at most the projector's sample size ({@link org.genrescope.analysis.ProjectionMethod#embedded}; the rest, placed
 *   by their neighbours, is not counted).</li>
 * </ul>
 * The autoencoder's and K-Means' stages do more than their epochs and restarts (the worker's start, the codes'
 * encoding; the metrics): that rest is kept apart, per row ({@link TrainingEstimate.Pace}), so that ten times the
 * restarts do not make ten times the metrics. The data's own stages (load, group, scale) are not estimated: Train
 * finds them done when the data is open.
 */
final class TrainingWork {
    /**
     * One stage's work: the pace it is measured in ({@code kmeans}...), the pipeline stage, the units, how many like
     * steps the stage's progress reports them in (epochs, restarts; 0 for none) and the rows it runs on.
     */
    record Part(String pace, String stage, double units, int steps, int rows) {
        /** A stage measured only as a whole: no like steps. */
        Part(String pace, String stage, double units) {
            this(pace, stage, units, 0, 0);
        }
    }

    private TrainingWork() { }

    /**
     * The work of {@code stages} ("represent", "cluster", "project"; others are ignored) for {@code config} on
     * {@code rows} tracks of {@code features} feature columns. A stage with nothing to do (the features as the
     * representation) has no part.
     *
     * @param epochs the autoencoder's epochs: the setting for an estimate, the epochs run (early stopping) for a pace
     */
    static List<Part> of(AnalysisConfig config, int rows, int features, int epochs, List<String> stages) {
        List<Part> parts = new ArrayList<>();
        int dims = config.representation() == Representation.FEATURES ? features : config.latent();
        if (stages.contains("represent")) {
            if (config.representation() == Representation.AUTOENCODER) {
                parts.add(new Part("autoencoder", "represent", autoencoderSteps(config, rows, epochs)
                        * 2.0 * (config.autoencoder().hidden().size() + 1), epochs, rows));
            } else if (config.representation() == Representation.PCA) {
                parts.add(new Part("pca_code", "represent", (double) rows * features * config.latent()));
            }
        }
        if (stages.contains("cluster")) {
            parts.add(config.algorithm() == ClusteringAlgorithm.KMEANS
                    ? new Part("kmeans", "cluster", (double) rows * config.k() * dims * config.restarts(),
                            config.restarts(), rows)
                    : new Part("dbscan", "cluster", (double) rows * dims));
        }
        if (stages.contains("project") && config.projection() != org.genrescope.analysis.ProjectionMethod.NONE) {
            double embedded = config.projection().embedded(rows);
            parts.add(switch (config.projection()) {
                case TSNE -> new Part("tsne", "project", embedded * config.perplexity());
                case UMAP -> new Part("umap", "project", embedded * config.umapNeighbours());
                default -> new Part("pca", "project", (double) rows * dims);
            });
        }
        return parts;
    }

    /**
     * The k sweep's work after a Train of {@code config} (the window clusters every k of its k range in the
     * background, {@code KSweepViewModel}): K-Means with the configured restarts for every k of
     * {@code kMin..min(kMax, rows)} but the trained one, as one {@code kmeans} part whose units are rows x k x
     * dimensions x restarts summed over those ks, times {@code threads / max(1, threads - 1)} (the sweep clusters on
     * one thread fewer than the training whose pace is measured), and whose rows are rows x the number of those ks
     * (each k's metrics, the pace's rest per row, ride along). Null when there is no k to cluster or the algorithm is
     * not K-Means (nothing is swept).
     */
    static Part sweep(AnalysisConfig config, int rows, int features, int kMin, int kMax, int threads) {
        if (config.algorithm() != ClusteringAlgorithm.KMEANS) {
            return null;
        }
        int dims = config.representation() == Representation.FEATURES ? features : config.latent();
        double units = 0;
        int ks = 0;
        for (int k = kMin; k <= Math.min(kMax, rows); k++) {
            if (k != config.k()) {
                units += (double) rows * k * dims * config.restarts();
                ks++;
            }
        }
        if (ks == 0) {
            return null;
        }
        double fewerThreads = (double) threads / Math.max(1, threads - 1);
        return new Part("kmeans", "sweep", units * fewerThreads, 0, rows * ks);
    }

    /** Minibatch steps of training: ceil((rows - round(rows x split)) / batch) x epochs. */
    static long autoencoderSteps(AnalysisConfig config, int rows, int epochs) {
        double split = config.autoencoder().validationSplit();
        long held = split > 0 ? Math.round(rows * split) : 0;
        long training = Math.max(1, rows - held);
        int batch = config.autoencoder().batch();
        return (training + batch - 1) / batch * (long) epochs;
    }
}
