package org.genrescope.ui;

import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.ClusterExplanation;
import org.genrescope.analysis.ClusterExplanations;

/**
 * Each shown result's cluster explanations ({@link ClusterExplanations#of(AnalysisResult)}: the Clusters tab's
 * legend, the Cluster profiles tab's table), computed once per clustering. At a million tracks they take seconds
 * (a sort of every cluster's members by distance), which the FX thread spent twice per result shown and again at
 * each switch between points and density; {@link #warm} computes them on the worker that made the result, so the
 * FX thread finds them ready (docs/benchmarks.md, "FX-thread stalls at a million"). Results are told apart by the
 * identity of what the explanations are computed from, so a result re-projected or re-titled shares its entry.
 * Thread-safe; keeps the last {@value #KEPT} clusterings (a k sweep's range).
 */
final class ExplanationCache {
    static final int KEPT = 16;
    private static final Deque<Entry> RECENT = new ArrayDeque<>();

    private ExplanationCache() { }

    /** What the explanations were computed from, weakly: the cache keeps no closed data alive. */
    private record Entry(List<WeakReference<Object>> from, List<ClusterExplanation> explanations) {
        static Entry of(AnalysisResult r, List<ClusterExplanation> explanations) {
            return new Entry(inputs(r).stream().map(WeakReference::new).toList(), explanations);
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

    /** {@code r}'s explanations, one per cluster in cluster order: from the cache, or computed now and kept. */
    static List<ClusterExplanation> of(AnalysisResult r) {
        synchronized (RECENT) {
            for (Entry e : RECENT) {
                if (e.matches(r)) {
                    return e.explanations();
                }
            }
        }
        List<ClusterExplanation> computed = ClusterExplanations.of(r); // outside the lock: seconds at a million
        synchronized (RECENT) {
            RECENT.addFirst(Entry.of(r, computed));
            while (RECENT.size() > KEPT) {
                RECENT.removeLast();
            }
        }
        return computed;
    }

    /** Computes {@code r}'s explanations now (call it off the UI thread, where the result is made); returns r. */
    static AnalysisResult warm(AnalysisResult r) {
        of(r);
        return r;
    }
}
