package org.genrescope.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.genrescope.model.clustering.ClusterMatching;
import org.genrescope.model.metrics.ContingencyTable;
import org.genrescope.model.metrics.ExternalMetrics;

/**
 * How much one configuration's answer depends on its seed, from one run per seed: each metric's mean, standard
 * deviation and range; how alike the runs' partitions are (pairwise adjusted Rand index); and, per track, how often
 * it lands in the same cluster. Every run's clusters are first renumbered to agree with the reference run (the first
 * run that did not collapse) by {@link ClusterMatching}, so "the same cluster" means the matched one.
 *
 * <p>A run whose autoencoder collapsed is no result: it is counted, listed, and left out of every mean, deviation,
 * range, the ARI and the track figures. Noise (DBSCAN's -1) counts as a cluster of its own in the track figures.
 */
public final class StabilitySummary {

    /**
     * What a stability study keeps of one seed's analysis.
     *
     * @param seed      the seed the run used
     * @param collapsed whether its autoencoder collapsed
     * @param metrics   each metric by its report.json key ({@code clustering_space.silhouette},
     *                  {@code vs_genre.adjusted_rand} ...), null where undefined for this run
     * @param labels    each track's cluster, -1 for noise, in input order, numbered as the run numbered them
     */
    public record Run(long seed, boolean collapsed, Map<String, Double> metrics, int[] labels) {
        public Run {
            metrics = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(metrics, "metrics")));
            labels = labels.clone();
        }

        @Override
        public int[] labels() {
            return labels.clone();
        }
    }

    /**
     * One metric over the runs kept.
     *
     * @param n    runs where it is defined
     * @param mean their mean; NaN when n = 0
     * @param sd   their sample standard deviation (n - 1); NaN when n &lt; 2
     * @param min  the least; NaN when n = 0
     * @param max  the greatest; NaN when n = 0
     */
    public record MetricStats(int n, double mean, double sd, double min, double max) { }

    /** How many tracks the least-stable list holds at most. */
    public static final int LEAST_STABLE = 20;

    private final List<Run> runs;
    private final int reference;
    private final List<Integer> kept;
    private final int[][] matched;
    private final Map<String, MetricStats> metrics;
    private final double[][] ari;
    private final int[] distinct;
    private final int[] modal;
    private final double[] modalShare;
    private final boolean[] modalTied;
    private final List<Integer> leastStable;

    private StabilitySummary(List<Run> runs) {
        this.runs = List.copyOf(runs);
        List<Integer> keep = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            if (!runs.get(r).collapsed()) {
                keep.add(r);
            }
        }
        this.kept = List.copyOf(keep);
        this.reference = kept.isEmpty() ? 0 : kept.get(0);
        int[] referenceLabels = runs.get(reference).labels();
        this.matched = new int[runs.size()][];
        for (int r = 0; r < runs.size(); r++) {
            matched[r] = r == reference ? referenceLabels : ClusterMatching.relabel(referenceLabels, runs.get(r).labels());
        }
        this.metrics = metricStats();
        this.ari = computeAri();
        int n = referenceLabels.length;
        this.distinct = new int[n];
        this.modal = new int[n];
        this.modalShare = new double[n];
        this.modalTied = new boolean[n];
        trackFigures();
        this.leastStable = leastStable();
    }

    /**
     * The summary of {@code runs}, in the order given (the seeds' order).
     *
     * @throws IllegalArgumentException when there is no run, or the runs label different numbers of tracks
     */
    public static StabilitySummary of(List<Run> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a stability summary needs at least one run");
        }
        int n = runs.get(0).labels.length;
        for (Run run : runs) {
            if (run.labels.length != n) {
                throw new IllegalArgumentException("seed " + run.seed() + " labels " + run.labels.length
                        + " tracks, seed " + runs.get(0).seed() + " labels " + n);
            }
        }
        return new StabilitySummary(runs);
    }

    public List<Run> runs() {
        return runs;
    }

    /** The seeds of the runs that collapsed, in run order. */
    public List<Long> collapsedSeeds() {
        return runs.stream().filter(Run::collapsed).map(Run::seed).toList();
    }

    /** The seeds of the runs kept (not collapsed), in run order: the rows and columns of {@link #pairwiseAri()}. */
    public List<Long> keptSeeds() {
        return kept.stream().map(r -> runs.get(r).seed()).toList();
    }

    /** The seed whose cluster numbers every run is matched to: the first run kept, or the first run if none is. */
    public long referenceSeed() {
        return runs.get(reference).seed();
    }

    /** Every metric key any run has, in report.json's order. */
    public List<String> metricKeys() {
        return List.copyOf(metrics.keySet());
    }

    /** Each metric over the runs kept, by key. */
    public Map<String, MetricStats> metrics() {
        return Collections.unmodifiableMap(metrics);
    }

    /** Run r's labels renumbered to agree with the reference run's (noise stays -1); r indexes {@link #runs()}. */
    public int[] matchedLabels(int r) {
        return matched[r].clone();
    }

    /** The adjusted Rand index between each two kept runs' partitions, kept x kept, 1 on the diagonal. */
    public double[][] pairwiseAri() {
        double[][] copy = new double[ari.length][];
        for (int i = 0; i < ari.length; i++) {
            copy[i] = ari[i].clone();
        }
        return copy;
    }

    /** The mean ARI over the pairs of kept runs; NaN with fewer than two. */
    public double meanPairwiseAri() {
        double sum = 0;
        int pairs = 0;
        for (int i = 0; i < ari.length; i++) {
            for (int j = i + 1; j < ari.length; j++) {
                sum += ari[i][j];
                pairs++;
            }
        }
        return pairs == 0 ? Double.NaN : sum / pairs;
    }

    public int tracks() {
        return distinct.length;
    }

    /** How many distinct matched clusters track i was given over the kept runs (noise counts as one); 0 when none. */
    public int distinctClusters(int track) {
        return distinct[track];
    }

    /** Track i's most common matched cluster over the kept runs (the lowest number among ties); -1 also for none. */
    public int modalCluster(int track) {
        return modal[track];
    }

    /**
     * Whether another matched cluster is as common as {@link #modalCluster} for track i (then no cluster is the most
     * common, and the modal one is only the lowest number among them).
     */
    public boolean modalTied(int track) {
        return modalTied[track];
    }

    /** The share of kept runs that put track i in its most common cluster, in (0, 1]; NaN when no run is kept. */
    public double modalShare(int track) {
        return modalShare[track];
    }

    /** The share of tracks that every kept run put in the same matched cluster; NaN when no run is kept. */
    public double shareOfTracksAlwaysTogether() {
        if (kept.isEmpty()) {
            return Double.NaN;
        }
        int same = 0;
        for (int d : distinct) {
            same += d == 1 ? 1 : 0;
        }
        return distinct.length == 0 ? Double.NaN : (double) same / distinct.length;
    }

    /** The mean over tracks of {@link #modalShare}; NaN when no run is kept or there are no tracks. */
    public double meanModalShare() {
        if (kept.isEmpty() || modalShare.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (double share : modalShare) {
            sum += share;
        }
        return sum / modalShare.length;
    }

    /**
     * The {@value #LEAST_STABLE} tracks (or fewer) that change cluster most: the least modal share first, then the
     * most distinct clusters, then input order; empty when no run is kept, and without tracks that never moved.
     */
    public List<Integer> leastStableTracks() {
        return leastStable;
    }

    private Map<String, MetricStats> metricStats() {
        Set<String> keys = new LinkedHashSet<>();
        runs.forEach(run -> keys.addAll(run.metrics().keySet()));
        Map<String, MetricStats> out = new LinkedHashMap<>();
        for (String key : keys) {
            List<Double> values = new ArrayList<>();
            for (int r : kept) {
                Double v = runs.get(r).metrics().get(key);
                if (v != null && Double.isFinite(v)) {
                    values.add(v);
                }
            }
            out.put(key, stats(values));
        }
        return out;
    }

    /** Mean, sample standard deviation and range ({@link Spread}'s arithmetic); NaN where there is none. */
    static MetricStats stats(List<Double> values) {
        int n = values.size();
        if (n == 0) {
            return new MetricStats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        Spread spread = Spread.ofNumbers(values.stream().mapToDouble(Double::doubleValue).toArray());
        return new MetricStats(n, spread.mean().value(), n < 2 ? Double.NaN : spread.sd().value(),
                spread.min().value(), spread.max().value());
    }

    private double[][] computeAri() {
        int m = kept.size();
        double[][] out = new double[m][m];
        for (int i = 0; i < m; i++) {
            out[i][i] = 1.0;
            for (int j = i + 1; j < m; j++) {
                double value = ExternalMetrics.adjustedRand(ContingencyTable.of(matched[kept.get(i)], matched[kept.get(j)]));
                out[i][j] = value;
                out[j][i] = value;
            }
        }
        return out;
    }

    private void trackFigures() {
        int runsKept = kept.size();
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < distinct.length; i++) {
            counts.clear();
            for (int r : kept) {
                counts.merge(matched[r][i], 1, Integer::sum);
            }
            int best = -1;
            int bestCount = 0;
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey() < best)) {
                    best = e.getKey();
                    bestCount = e.getValue();
                }
            }
            distinct[i] = counts.size();
            final int most = bestCount;
            modalTied[i] = counts.values().stream().filter(c -> c == most).count() > 1;
            modal[i] = best;
            modalShare[i] = runsKept == 0 ? Double.NaN : (double) bestCount / runsKept;
        }
    }

    private List<Integer> leastStable() {
        if (kept.isEmpty()) {
            return List.of();
        }
        List<Integer> moved = new ArrayList<>();
        for (int i = 0; i < distinct.length; i++) {
            if (distinct[i] > 1) {
                moved.add(i);
            }
        }
        moved.sort(Comparator.<Integer>comparingDouble(i -> modalShare[i])
                .thenComparing(i -> -distinct[i])
                .thenComparing(i -> i));
        return List.copyOf(moved.subList(0, Math.min(LEAST_STABLE, moved.size())));
    }
}
