package org.genrescope.ui;

import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.ClusterExplanation;
import org.genrescope.analysis.ClusterExplanations;

/**
 * What the tabs show of each result's clusters and is slow to compute, computed once per clustering: the cluster
 * explanations ({@link ClusterExplanations#of(AnalysisResult)}: the Clusters tab's legend, the Cluster profiles
 * tab's table) and the clusters' means in original units ({@link AnalysisResult#centroids()}: the profile bars).
 * At a million tracks they take seconds (sorts of every cluster's members), which the FX thread spent three times
 * per result shown and again at each switch between points and density; {@link #warm} computes them on the worker
 * that made the result, so the FX thread finds them ready (docs/benchmarks.md, "FX-thread stalls at a million").
 * Results are told apart by the identity of what these are computed from, so a result re-projected shares its
 * entry.
 * Thread-safe; keeps the last {@value #KEPT} clusterings (a k sweep's range).
 */
final class ResultDetails {
    static final int KEPT = 16;
    private static final Deque<Entry> RECENT = new ArrayDeque<>();

    private ResultDetails() { }

    /** What the explanations were computed from, weakly: the cache keeps no closed data alive. */
    private record Entry(List<WeakReference<Object>> from, List<ClusterExplanation> explanations,
                         double[] centroids) {
        static Entry of(AnalysisResult r, List<ClusterExplanation> explanations, double[] centroids) {
            return new Entry(inputs(r).stream().map(WeakReference::new).toList(), explanations, centroids);
        }

        boolean matches(AnalysisResult r) {
            List<Object> now = inputs(r);
            for (int i = 0; i < now.size(); i++) {
                if (from.get(i).get() != now.get(i)) {
                    return false;
                }
            }
            return true;
        }

        private static List<Object> inputs(AnalysisResult r) {
            // not genreCodes(): it returns a copy; the codes are the tracks' genres, so the tracks stand for them
            return List.of(r.tracks(), r.genreNames(), r.representation(), r.clustering());
        }
    }

    /** Whether {@code r}'s details are kept (asking for them computes nothing). */
    static boolean kept(AnalysisResult r) {
        synchronized (RECENT) {
            return RECENT.stream().anyMatch(e -> e.matches(r));
        }
    }

    /** {@code r}'s explanations, one per cluster in cluster order (computed now if not yet). */
    static List<ClusterExplanation> explanations(AnalysisResult r) {
        return entry(r).explanations();
    }

    /** {@code r}'s clusters' means in original units, k x d row-major, as {@link AnalysisResult#centroids()}. */
    static double[] centroids(AnalysisResult r) {
        return entry(r).centroids().clone();
    }

    private static Entry entry(AnalysisResult r) {
        synchronized (RECENT) {
            for (Entry e : RECENT) {
                if (e.matches(r)) {
                    return e;
                }
            }
        }
        // outside the lock: seconds at a million tracks
        Entry computed = Entry.of(r, ClusterExplanations.of(r), r.centroids());
        keep(computed);
        return computed;
    }

    /**
     * Keeps the details of {@code numbered}, {@code source} with cluster a renamed {@code numbers[a]}
     * ({@link org.genrescope.analysis.ClusterRenumbering#renumbered}), taken from {@code source}'s (computed now if not
     * kept): the same clusters, so the same explanations under their new numbers and the same means in new rows,
     * without the seconds of sorting every cluster's members again at a million tracks. Returns {@code numbered}.
     */
    static AnalysisResult renumbered(AnalysisResult source, AnalysisResult numbered, int[] numbers) {
        Entry from = entry(source);
        List<ClusterExplanation> was = from.explanations();
        if (was.size() != numbers.length || from.centroids().length % numbers.length != 0) {
            return warm(numbered); // not one explanation and one row per cluster: nothing to move, computed anew
        }
        ClusterExplanation[] moved = new ClusterExplanation[was.size()];
        for (ClusterExplanation e : was) {
            int to = numbers[e.cluster()];
            moved[to] = new ClusterExplanation(to, e.size(), e.distinctions(), e.topGenres(), e.representatives(),
                    e.label());
        }
        double[] centroids = from.centroids();
        int k = numbers.length;
        double[] rows = new double[centroids.length];
        int d = centroids.length / k;
        for (int a = 0; a < k; a++) {
            System.arraycopy(centroids, a * d, rows, numbers[a] * d, d);
        }
        keep(Entry.of(numbered, List.of(moved), rows));
        return numbered;
    }

    private static void keep(Entry computed) {
        synchronized (RECENT) {
            RECENT.addFirst(computed);
            while (RECENT.size() > KEPT) {
                RECENT.removeLast();
            }
        }
    }

    /** Computes {@code r}'s details now (call it off the UI thread, where the result is made); returns r. */
    static AnalysisResult warm(AnalysisResult r) {
        entry(r);
        return r;
    }
}
