package org.genrescope.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.genrescope.data.ImportOptions;
import org.genrescope.features.GenreGrouping;
import org.genrescope.features.Scaling;

/**
 * The settings each pipeline stage depends on, as keys of {@link StageCache}. Each key contains the key
 * of the stage before it, so a change early in the chain invalidates everything after it.
 */
final class StageKeys {
    private StageKeys() { }

    /** The input as it is on disk now (path, sizes, modification times) and how it is read. */
    record Load(Path input, List<String> fileStamps, ImportOptions options) {
        static Load of(AnalysisConfig c) throws IOException {
            Path input = c.input().toAbsolutePath().normalize();
            List<String> stamps = new ArrayList<>();
            if (Files.isDirectory(input)) {
                try (Stream<Path> files = Files.list(input)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        stamps.add(stamp(f));
                    }
                }
            } else if (Files.exists(input)) {
                stamps.add(stamp(input));
            }
            return new Load(input, stamps, c.importOptions());
        }

        private static String stamp(Path f) throws IOException {
            return f.getFileName() + ":" + Files.size(f) + ":" + Files.getLastModifiedTime(f).toMillis();
        }
    }

    record Group(Load load, GenreGrouping.Options options) { }

    record Scale(Group group, Scaling scaling) { }

    /** Latent size, seed and model settings count only for the representations that use them. */
    record Represent(Scale scale, Representation representation, int latent, Object modelSettings, long seed) {
        static Represent of(Scale scale, AnalysisConfig c) {
            return switch (c.representation()) {
                case FEATURES -> new Represent(scale, c.representation(), 0, null, 0);
                case PCA -> new Represent(scale, c.representation(), c.latent(), null, 0);
                case AUTOENCODER -> new Represent(scale, c.representation(), c.latent(), c.autoencoder(), c.seed());
            };
        }
    }

    /** K-Means depends on k, restarts and seed; DBSCAN on eps and minPoints. */
    record Cluster(Represent represent, ClusteringAlgorithm algorithm, int k, int restarts, double eps, int minPoints,
                   long seed) {
        static Cluster of(Represent represent, AnalysisConfig c) {
            return c.algorithm() == ClusteringAlgorithm.KMEANS
                    ? new Cluster(represent, c.algorithm(), c.k(), c.restarts(), 0, 0, c.seed())
                    : new Cluster(represent, c.algorithm(), 0, 0, c.eps(), c.minPoints(), 0);
        }
    }

    /** A projection depends on the clustered representation, not on the clustering. */
    record Project(Represent represent, ProjectionMethod method, double perplexity, int neighbours, long seed) {
        static Project of(Represent represent, AnalysisConfig c) {
            return switch (c.projection()) {
                case PCA, NONE -> new Project(represent, c.projection(), 0, 0, 0);
                case TSNE -> new Project(represent, c.projection(), c.perplexity(), 0, c.seed());
                case UMAP -> new Project(represent, c.projection(), 0, c.umapNeighbours(), c.seed());
            };
        }
    }
}
