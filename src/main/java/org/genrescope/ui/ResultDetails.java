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
        synchronized (RECENT) {
            RECENT.addFirst(computed);
            while (RECENT.size() > KEPT) {
                RECENT.removeLast();
            }
        }
        return computed;
    }

    /** Computes {@code r}'s details now (call it off the UI thread, where the result is made); returns r. */
    static AnalysisResult warm(AnalysisResult r) {
        entry(r);
        return r;
    }
}
