package org.genrescope.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genrescope.model.metrics.MetricValue;

/**
 * A hand-made comparison over seeds 1, 2, 3 whose autoencoder collapsed with seed 3 (both autoencoder methods share
 * the seed's model), for the tests of the means without the collapsed runs. common_davies_bouldin by method and seed,
 * and by hand the mean, sample sd (n - 1) and range of the runs that did not collapse:
 * <pre>
 * AE + K-Means    1.2  1.6  3.0*   kept 1.2, 1.6: mean 1.4, sd sqrt(0.08) = 0.28284, range 1.2-1.6  (all three: 1.9333)
 * AE + DBSCAN     0.9  1.1  5.0*   kept 0.9, 1.1: mean 1.0, sd sqrt(0.02) = 0.14142, range 0.9-1.1  (all three: 2.3333)
 * PCA + K-Means   1.5  1.7  1.9    mean 1.7, sd 0.2
 * features + KM   1.4  1.4  1.4    mean 1.4, sd 0
 * </pre>
 * (* collapsed). Every other metric is 1 in every run.
 */
public final class CollapsedComparisonFixture {
    public static final double[][] DB = {{1.2, 1.6, 3.0}, {0.9, 1.1, 5.0}, {1.5, 1.7, 1.9}, {1.4, 1.4, 1.4}};
    public static final List<ComparisonMethod> ORDER = List.of(ComparisonMethod.AUTOENCODER_KMEANS,
            ComparisonMethod.AUTOENCODER_DBSCAN, ComparisonMethod.PCA_KMEANS, ComparisonMethod.FEATURES_KMEANS);

    private CollapsedComparisonFixture() { }

    /** The comparison above; with {@code onlySeed3} only its seed 3, so every autoencoder run collapsed. */
    public static Comparison.Result result(boolean onlySeed3) {
        List<Comparison.Run> runs = new ArrayList<>();
        for (int seed = onlySeed3 ? 3 : 1; seed <= 3; seed++) {
            for (int m = 0; m < ORDER.size(); m++) {
                ComparisonMethod method = ORDER.get(m);
                Map<String, MetricValue> metrics = new LinkedHashMap<>();
                for (String name : ComparisonMetrics.NAMES) {
                    metrics.put(name, MetricValue.of(1));
                }
                metrics.put("common_davies_bouldin", MetricValue.of(DB[m][seed - 1]));
                runs.add(new Comparison.Run(method, seed, method.trainsAnAutoencoder() && seed == 3, metrics));
            }
        }
        List<Long> seeds = onlySeed3 ? List.of(3L) : List.of(1L, 2L, 3L);
        return Comparison.summarised(Recipe.SEED.config(Path.of("x")), seeds, 10, runs, List.of(),
                new GenreCeiling.Outcome(null, "no genres"), List.of());
    }
}
