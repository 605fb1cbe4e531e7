package org.genrescope.analysis;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.genrescope.model.metrics.MetricValue;

/**
 * One finished cell of a sweep: the metrics of a full run with one latent size, k and seed.
 *
 * @param latent  the latent size
 * @param k       the number of clusters asked for
 * @param seed    the seed of the training and of the K-Means starts
 * @param metrics every {@link SweepMetric}, undefined where report.json writes null
 */
public record SweepCell(int latent, int k, long seed, Map<SweepMetric, MetricValue> metrics) {
    public SweepCell {
        EnumMap<SweepMetric, MetricValue> copy = new EnumMap<>(SweepMetric.class);
        copy.putAll(metrics);
        for (SweepMetric m : SweepMetric.values()) {
            Objects.requireNonNull(copy.get(m), () -> "no value for " + m.key());
        }
        metrics = java.util.Collections.unmodifiableMap(copy);
    }

    /** The cell's metrics read off a full result. */
    static SweepCell of(int latent, int k, long seed, AnalysisResult result) {
        Map<SweepMetric, MetricValue> values = new EnumMap<>(SweepMetric.class);
        for (SweepMetric m : SweepMetric.values()) {
            values.put(m, m.of(result));
        }
        return new SweepCell(latent, k, seed, values);
    }

    public MetricValue metric(SweepMetric m) {
        return metrics.get(m);
    }

    /** Where the cell sits in the grid. */
    public Position position() {
        return new Position(latent, k, seed);
    }

    /** A cell's place in the grid, as a map key. */
    public record Position(int latent, int k, long seed) { }
}
