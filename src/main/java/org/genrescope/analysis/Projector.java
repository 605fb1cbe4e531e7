package org.genrescope.analysis;

import org.genrescope.settings.InvalidSettingException;
import java.util.ArrayList;
import java.util.List;
import org.genrescope.features.FeatureMatrix;
import org.genrescope.model.projection.Projection2D;
import org.genrescope.model.projection.Projections;
import org.genrescope.model.projection.Tsne;
import org.genrescope.model.projection.TsneOptions;
import org.genrescope.model.projection.Umap;
import org.genrescope.model.projection.UmapOptions;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/** Projects the clustered representation to 2-D with the method the config asks for. */
final class Projector {
    private Projector() { }

    /** The projection (null for none) and what the user should know about it. */
    record Result(Projection2D projection, List<String> warnings) { }

    static Result project(AnalysisConfig config, FeatureMatrix z, int threads, ProgressListener progress,
                          CancellationToken cancel) {
        if (config.projection() == ProjectionMethod.NONE) {
            return new Result(null, List.of());
        }
        if (z.columns() < 2) {
            return new Result(null, List.of("the clustered space has one dimension, so there is no 2-D projection"));
        }
        double[] x = z.values();
        int n = z.rows();
        int d = z.columns();
        Projection2D projection;
        try {
            projection = switch (config.projection()) {
                case PCA -> {
                    progress.progress("project", 0, 1, "PCA to 2-D");
                    yield Projections.pca(x, n, d);
                }
                case TSNE -> Tsne.fit(x, n, d, TsneOptions.forSize(n, config.seed(), threads)
                        .withPerplexity(config.perplexity()), progress, cancel);
                case UMAP -> Umap.fit(x, n, d, UmapOptions.defaults(config.seed())
                        .withNeighbours(config.umapNeighbours()), progress, cancel);
                case NONE -> throw new IllegalStateException("handled above");
            };
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("--")) {
                throw InvalidSettingException.fromModel(e);
            }
            throw e;
        }
        List<String> warnings = new ArrayList<>();
        if (config.projection() == ProjectionMethod.UMAP) {
            int distinct = Umap.distinctPoints(x, n, d);
            if (distinct < n) {
                warnings.add(String.format(java.util.Locale.ROOT, "umap embedded the %,d distinct points and drew "
                        + "each of the %,d exact duplicates on its twin", distinct, n - distinct));
            }
        }
        int approximated = projection.approximatedCount();
        if (approximated > 0) {
            warnings.add(String.format(java.util.Locale.ROOT, "%s left %,d points outside its largest connected "
                    + "component; they are drawn next to their nearest neighbour and flagged", projection.method(),
                    approximated));
        }
        return new Result(projection, warnings);
    }

}
