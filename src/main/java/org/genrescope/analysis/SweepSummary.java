package org.genrescope.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genrescope.model.metrics.MetricValue;

/**
 * A sweep's cells summarised over seeds: for each latent size x k, each metric's mean and sample standard
 * deviation (n - 1 in the denominator) over the seeds where it is defined, as pandas' {@code groupby().mean()} and
 * {@code .std()} give them.
 */
public final class SweepSummary {
    private SweepSummary() { }

    /**
     * One metric over the seeds of one latent size x k.
     *
     * @param mean    the mean of the defined values; undefined when no seed has one
     * @param sd      their sample standard deviation; undefined with fewer than two
     * @param defined how many seeds have a value
     * @param values  the defined values, seed by seed (for a tooltip's spread)
     */
    public record Stat(MetricValue mean, MetricValue sd, int defined, List<Double> values) {
        public Stat {
            values = List.copyOf(values);
        }
    }

    /**
     * One latent size x k.
     *
     * @param seeds how many seeds the grid has for it
     * @param stats every {@link SweepMetric}
     */
    public record Row(int latent, int k, int seeds, Map<SweepMetric, Stat> stats) {
        public Row {
            stats = java.util.Collections.unmodifiableMap(new EnumMap<>(stats));
        }

        public Stat stat(SweepMetric m) {
            return stats.get(m);
        }

        /** Whether the autoencoder collapsed for at least one seed (its clusters are then no result). */
        public boolean anyCollapsed() {
            Stat collapsed = stats.get(SweepMetric.COLLAPSED);
            return collapsed.values().stream().anyMatch(v -> v > 0);
        }
    }

    /** The rows of {@code cells}, ordered by latent size, then k. */
    public static List<Row> of(List<SweepCell> cells) {
        Map<List<Integer>, List<SweepCell>> groups = new LinkedHashMap<>();
        cells.stream().sorted(Sweep.GRID_ORDER).forEach(c ->
                groups.computeIfAbsent(List.of(c.latent(), c.k()), key -> new ArrayList<>()).add(c));
        List<Row> rows = new ArrayList<>();
        groups.forEach((key, group) -> {
            Map<SweepMetric, Stat> stats = new EnumMap<>(SweepMetric.class);
            for (SweepMetric m : SweepMetric.values()) {
                stats.put(m, stat(group.stream().map(c -> c.metric(m)).toList()));
            }
            rows.add(new Row(key.get(0), key.get(1), group.size(), stats));
        });
        return List.copyOf(rows);
    }

    static Stat stat(List<MetricValue> perSeed) {
        List<Double> values = perSeed.stream().filter(MetricValue::isDefined).map(MetricValue::value).toList();
        int n = values.size();
        if (n == 0) {
            String reason = perSeed.isEmpty() ? "no seeds" : perSeed.get(0).undefinedReason();
            return new Stat(MetricValue.undefined(reason), MetricValue.undefined(reason), 0, values);
        }
        Spread spread = Spread.of(perSeed);
        if (n < 2) {
            return new Stat(spread.mean(), MetricValue.undefined("only one seed has a value"), 1, values);
        }
        return new Stat(spread.mean(), spread.sd(), n, values);
    }
}
