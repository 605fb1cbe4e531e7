package org.genrescope.analysis;

import org.genrescope.settings.InvalidSettingException;
import java.util.ArrayList;
import java.util.List;
import org.genrescope.features.FeatureMatrix;
import org.genrescope.model.clustering.Clustering;
import org.genrescope.model.projection.LayoutListener;
import org.genrescope.model.projection.Projection2D;
import org.genrescope.model.projection.Projections;
import org.genrescope.model.projection.SampledProjection;
import org.genrescope.model.projection.Tsne;
import org.genrescope.model.projection.TsneOptions;
import org.genrescope.model.projection.UmapEmbedding;
import org.genrescope.model.projection.UmapOptions;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * Projects the clustered representation to 2-D with the method the config asks for. Past the size that fits in the
 * time budget (two minutes on two cores, ADR 0007) t-SNE and UMAP embed a seeded sample of that size and place
 * the other points by their nearest sampled neighbours ({@link SampledProjection}), and a note says so.
 */
final class Projector {
    /** t-SNE embeds every point up to this many; past it, a seeded sample of this size (ADR 0007). */
    static final int TSNE_FULL_UP_TO = 100_000;
    /** UMAP ({@link UmapEmbedding}) embeds every point up to this many; past it, a seeded sample (ADR 0007). */
    static final int UMAP_FULL_UP_TO = 100_000;

    private Projector() { }

    /** How the notes begin that say a setting was lowered to fit a small data set ({@link #perplexityFor}). */
    private static final String LOWERED_PERPLEXITY = "t-SNE's perplexity";
    private static final String LOWERED_NEIGHBOURS = "UMAP's neighbours";

    /**
     * t-SNE's perplexity for {@code m} points: {@code perplexity} when it is below m, else (m - 1) / 3, at least 1.
     * A perplexity of m or more has no meaning (no point has that many neighbours). scikit-learn refuses it
     * ("perplexity must be less than n_samples"), and so did Genrescope, failing a whole training over its layout;
     * openTSNE lowers any perplexity above (m - 1) / 3 to that value, with a warning. Genrescope lowers only the values
     * it would otherwise refuse, to openTSNE's value, with a note, so that a small file still gets its layout and every
     * other perplexity gives the layout it gave before (the one checked against scikit-learn's).
     */
    static double perplexityFor(double perplexity, int m) {
        return perplexity < m ? perplexity : Math.max(1, (m - 1) / 3.0);
    }

    /** {@code v} as a setting is written: 30, or 7.5. */
    private static String plain(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** UMAP's neighbours for {@code m} points: {@code neighbours} when fewer than m, else m - 1, as umap-learn does. */
    static int neighboursFor(int neighbours, int m) {
        return neighbours < m ? neighbours : Math.max(1, m - 1);
    }

    /** True for a note {@link #project} adds about a projection (not about the clusters). */
    static boolean isNote(String warning) {
        return warning.contains("component") || warning.startsWith("umap embedded")
                || warning.startsWith(LOWERED_PERPLEXITY) || warning.startsWith(LOWERED_NEIGHBOURS)
                || SampledProjection.isNote(warning);
    }

    /** The projection (null for none) and what the user should know about it. */
    record Result(Projection2D projection, List<String> warnings) { }

    static Result project(AnalysisConfig config, FeatureMatrix z, int threads, ProgressListener progress,
                          CancellationToken cancel) {
        return project(config, z, threads, progress, cancel, TSNE_FULL_UP_TO, UMAP_FULL_UP_TO);
    }

    /**
     * As above, handing t-SNE's and UMAP's layouts as they form to {@code forming}, each point with its cluster
     * ({@code clusters}: one per row of z, -1 for noise; of a sampled projection the sample's points only).
     */
    static Result project(AnalysisConfig config, FeatureMatrix z, Clustering clusters, int threads,
                          ProgressListener progress, FormingLayout.Listener forming, CancellationToken cancel) {
        return project(config, z, clusters, threads, progress, forming, cancel, TSNE_FULL_UP_TO, UMAP_FULL_UP_TO);
    }

    /** As above with other size limits (tests reach the sampled mode at small sizes). */
    static Result project(AnalysisConfig config, FeatureMatrix z, int threads, ProgressListener progress,
                          CancellationToken cancel, int tsneLimit, int umapLimit) {
        return project(config, z, null, threads, progress, FormingLayout.Listener.NONE, cancel, tsneLimit, umapLimit);
    }

    static Result project(AnalysisConfig config, FeatureMatrix z, Clustering clusters, int threads,
                          ProgressListener progress, FormingLayout.Listener forming, CancellationToken cancel,
                          int tsneLimit, int umapLimit) {
        if (config.projection() == ProjectionMethod.NONE) {
            return new Result(null, List.of());
        }
        if (z.columns() < 2) {
            return new Result(null, List.of("the clustered space has one dimension, so there is no 2-D projection"));
        }
        double[] x = z.sharedValues(); // every projection only reads it (checked: PCA, t-SNE, UMAP, the sample's)
        int n = z.rows();
        int d = z.columns();
        List<String> warnings = new ArrayList<>();
        int embedded = Math.min(n, config.projection() == ProjectionMethod.TSNE ? tsneLimit : umapLimit);
        double perplexity = perplexityFor(config.perplexity(), embedded);
        int neighbours = neighboursFor(config.umapNeighbours(), embedded);
        if (config.projection() == ProjectionMethod.TSNE && perplexity != config.perplexity()) {
            warnings.add(String.format(java.util.Locale.ROOT, "%s %s is not below the %,d points it embeds: it was "
                    + "lowered to %.2f, the value openTSNE uses", LOWERED_PERPLEXITY, plain(config.perplexity()),
                    embedded, perplexity));
        }
        if (config.projection() == ProjectionMethod.UMAP && neighbours != config.umapNeighbours()) {
            warnings.add(String.format(java.util.Locale.ROOT, "%s (%d) are not fewer than the %,d points it embeds: "
                    + "they were lowered to %d, as umap-learn does", LOWERED_NEIGHBOURS, config.umapNeighbours(),
                    embedded, neighbours));
        }
        Projection2D projection;
        try {
            projection = switch (config.projection()) {
                case PCA -> {
                    progress.progress("project", 0, 1, "PCA to 2-D");
                    yield Projections.pca(x, n, d);
                }
                case TSNE -> sampledIfLarge(x, n, d, tsneLimit, config.seed(), threads,
                        (rows, m) -> Tsne.fit(rows, m, d, TsneOptions.forSize(m, config.seed(), threads)
                                .withPerplexity(perplexity), progress,
                                forming("t-SNE", clusters, n, m, config.seed(), forming), cancel), progress, cancel);
                case UMAP -> sampledIfLarge(x, n, d, umapLimit, config.seed(), threads,
                        (rows, m) -> UmapEmbedding.fit(rows, m, d, UmapOptions.defaults(config.seed())
                                .withNeighbours(neighbours), threads, progress,
                                forming("UMAP", clusters, n, m, config.seed(), forming), cancel), progress, cancel);
                case NONE -> throw new IllegalStateException("handled above");
            };
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("--")) {
                throw InvalidSettingException.fromModel(e);
            }
            throw e;
        }
        int limit = config.projection() == ProjectionMethod.TSNE ? tsneLimit : umapLimit;
        boolean sampled = config.projection() != ProjectionMethod.PCA && n > limit;
        int placed = sampled ? n - limit : 0;
        if (sampled) {
            warnings.add(SampledProjection.note(config.projection() == ProjectionMethod.TSNE ? "t-SNE" : "UMAP",
                    limit, placed));
        }
        if (config.projection() == ProjectionMethod.UMAP && !sampled) {
            int distinct = UmapEmbedding.distinctPoints(x, n, d);
            if (distinct < n) {
                warnings.add(String.format(java.util.Locale.ROOT, "umap embedded the %,d distinct points and drew "
                        + "each of the %,d exact duplicates on its twin", distinct, n - distinct));
            }
        }
        int approximated = projection.approximatedCount() - placed;
        if (approximated > 0) {
            warnings.add(String.format(java.util.Locale.ROOT, "%s left %,d points outside its largest connected "
                    + "component; they are drawn next to their nearest neighbour and flagged", projection.method(),
                    approximated));
        }
        return new Result(projection, warnings);
    }

    /**
     * The optimiser's listener that turns its layouts of m points into forming layouts with their clusters: all n
     * points, or (m below n) the seeded sample {@link SampledProjection#fit} embeds with the same seed.
     */
    static LayoutListener forming(String method, Clustering clusters, int n, int m, long seed,
                                  FormingLayout.Listener forming) {
        if (forming == FormingLayout.Listener.NONE || clusters == null) {
            return LayoutListener.NONE;
        }
        int[] labels = clusters.labels();
        int[] shown = labels;
        if (m < n) {
            int[] sample = SampledProjection.seededSample(n, m, seed);
            shown = new int[m];
            for (int s = 0; s < m; s++) {
                shown[s] = labels[sample[s]];
            }
        }
        int[] drawn = shown;
        return (xy, iteration, iterations) -> forming.formed(new FormingLayout(method, xy, drawn,
                clusters.clusterCount(), iteration, iterations, n, clusters));
    }

    /** The method on all n points when n is at most {@code limit}, else on a seeded sample of {@code limit}. */
    private static Projection2D sampledIfLarge(double[] x, int n, int d, int limit, long seed, int threads,
                                               SampledProjection.Embedder method, ProgressListener progress,
                                               CancellationToken cancel) {
        if (n <= limit) {
            return method.embed(x, n);
        }
        return SampledProjection.fit(x, n, d, limit, seed, threads, method, progress, cancel);
    }

}
