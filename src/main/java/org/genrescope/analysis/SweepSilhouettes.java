package org.genrescope.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.genrescope.features.FeatureMatrix;
import org.genrescope.model.clustering.Clustering;
import org.genrescope.model.metrics.InternalMetrics;
import org.genrescope.model.metrics.Silhouette;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * The exact silhouettes of many clusterings, in the code each labels and in the scaled features, computed together
 * wherever they share a space ({@link InternalMetrics#silhouettes}: each distance once for all of them). A sweep's
 * clusterings share the scaled features always, and the code whenever no seed changes it (PCA): then the distances
 * of a whole latent size are computed once per space instead of once per seed. The values are those
 * {@link ClusterScoring} computes one clustering at a time, up to summation order (about 1e-15 relative).
 *
 * <p>A clustering whose silhouette is not an exact one over all points gets null, and its cell computes it as
 * usual: with noise (left out first), with fewer than 2 or more than n - 1 clusters (undefined, said why), or above
 * {@link InternalMetrics#DEFAULT_SILHOUETTE_MAX_POINTS} points (a seeded sample, stated).
 */
final class SweepSilhouettes {
    /**
     * Most clusterings scored in one pass over a space: a pass holds n doubles per clustering (25 MB for 256 at the
     * exact limit of 20,000 points).
     */
    static final int MAX_PER_PASS = 256;

    /**
     * What a pass's distances cost beside its clusterings' sums, in clusterings: measured on the 12,584 tracks' 5-d
     * code, 19 clusterings took 0.75 CPU s and 190 took 4.5 (docs/benchmarks.md), so a pass costs about 15 + L.
     */
    private static final int DISTANCES_AS_CLUSTERINGS = 15;

    /** One clustering's silhouettes: in the clustered space (the code) and in the scaled features. */
    record Pair(Silhouette clustered, Silhouette features) { }

    /**
     * One clustering to score.
     *
     * @param code       the points it labels (n rows)
     * @param scaled     the scaled features of the same n tracks (may be {@code code} itself)
     * @param clustering a clustering of code's rows
     */
    record Labeled(FeatureMatrix code, FeatureMatrix scaled, Clustering clustering) { }

    private SweepSilhouettes() { }

    /**
     * @param labeled  clusterings with their spaces; the same space is recognised as the same object
     * @param progress hears ("silhouette", done, total, message) as the passes score their rows
     * @return per clustering, in order, its pair or null (computed by its cell instead)
     */
    static List<Pair> of(List<Labeled> labeled, int threads, ProgressListener progress, CancellationToken cancel) {
        Map<FeatureMatrix, List<Integer>> byCode = new IdentityHashMap<>();
        Map<FeatureMatrix, List<Integer>> byFeatures = new IdentityHashMap<>();
        List<FeatureMatrix> spaces = new ArrayList<>(); // first-seen order, so the passes run in a fixed order
        for (int i = 0; i < labeled.size(); i++) {
            Labeled l = labeled.get(i);
            if (!exact(l)) {
                continue;
            }
            add(byCode, byFeatures, spaces, l.code()).add(i);
            if (l.scaled() != l.code()) {
                add(byFeatures, byCode, spaces, l.scaled()).add(i);
            }
        }
        List<Pass> passes = new ArrayList<>();
        for (FeatureMatrix space : spaces) {
            for (Map<FeatureMatrix, List<Integer>> byThat : List.of(byCode, byFeatures)) {
                List<Integer> members = byThat.get(space);
                for (int from = 0; members != null && from < members.size(); from += MAX_PER_PASS) {
                    passes.add(new Pass(space, byThat == byCode,
                            members.subList(from, Math.min(members.size(), from + MAX_PER_PASS))));
                }
            }
        }
        double[] inCode = new double[labeled.size()];
        double[] inFeatures = new double[labeled.size()];
        long total = 0;
        for (Pass p : passes) {
            total += p.weight();
        }
        long before = 0;
        // the kernel's threads report as they finish blocks, not in order: pass on only what moves forward
        Object order = new Object();
        long[] lastReported = {-1};
        for (Pass p : passes) {
            List<int[]> labelings = new ArrayList<>(p.members().size());
            p.members().forEach(i -> labelings.add(labeled.get(i).clustering().labels()));
            long start = before;
            long all = total;
            double[] values = InternalMetrics.silhouettes(p.space().sharedValues(), p.space().rows(), p.space().columns(),
                    labelings, threads, (stage, done, units, message) -> {
                        long value = start + p.weight() * done / Math.max(1, units);
                        synchronized (order) {
                            if (value >= lastReported[0]) {
                                lastReported[0] = value;
                                progress.progress("silhouette", value, all,
                                        (p.code() ? "code" : "scaled features") + ": " + message);
                            }
                        }
                    }, cancel);
            for (int m = 0; m < values.length; m++) {
                (p.code() ? inCode : inFeatures)[p.members().get(m)] = values[m];
            }
            before += p.weight();
        }
        List<Pair> pairs = new ArrayList<>(Collections.nCopies(labeled.size(), (Pair) null));
        for (int i = 0; i < labeled.size(); i++) {
            Labeled l = labeled.get(i);
            if (exact(l)) {
                int n = l.code().rows();
                double features = l.scaled() == l.code() ? inCode[i] : inFeatures[i];
                pairs.set(i, new Pair(new Silhouette(inCode[i], n, false), new Silhouette(features, n, false)));
            }
        }
        return pairs;
    }

    /** Whether the clustering's silhouette is the exact one over all its points, with 2 to n - 1 clusters. */
    private static boolean exact(Labeled l) {
        Clustering c = l.clustering();
        int n = l.code().rows();
        return c.noiseCount() == 0 && n <= InternalMetrics.DEFAULT_SILHOUETTE_MAX_POINTS
                && InternalMetrics.labelCountProblem(n, c.labels()) == null;
    }

    /** The members of {@code space} in {@code groups}, noting the space's first sight in {@code order}. */
    private static List<Integer> add(Map<FeatureMatrix, List<Integer>> groups, Map<FeatureMatrix, List<Integer>> other,
                                     List<FeatureMatrix> order, FeatureMatrix space) {
        if (!groups.containsKey(space) && !other.containsKey(space)) {
            order.add(space);
        }
        return groups.computeIfAbsent(space, s -> new ArrayList<>());
    }

    /** Clusterings scored together in one space: their code ({@code code}) or their scaled features. */
    private record Pass(FeatureMatrix space, boolean code, List<Integer> members) {
        long weight() {
            return (long) members.size() + DISTANCES_AS_CLUSTERINGS;
        }
    }
}
