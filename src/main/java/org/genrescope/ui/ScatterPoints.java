package org.genrescope.ui;

import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.Deque;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.model.projection.Projection2D;
import org.genrescope.plot.ScatterData;

/**
 * The Clusters plot's points of a result: its 2-D projection with each point's category (its cluster, or its genre),
 * built once per projection and colouring and kept, so that the plot, a switch back to a colouring and the exports
 * share them. {@link #warm} builds the cluster-coloured points and their index and drag sample
 * ({@link ScatterData#prepare()}) on the worker that made the result: at a million points the copies, the bounds
 * pass and the index took 50-60 ms of the FX thread's CPU and a quarter of a second of a second thread beside it
 * just as the result was shown (docs/benchmarks.md, "The result shown at a million (session 9)"), and the FX thread
 * now swaps in points ready to draw.
 *
 * <p>Results are told apart by the identity of the projection and of what the categories come from (the
 * clustering, or the tracks for their genres), so a result shown again, or one whose stages were reused, finds its
 * points. Thread-safe; keeps the points of the last {@value #KEPT} (each about 40 MB at a million points, prepared).
 */
final class ScatterPoints {
    static final int KEPT = 2;
    private static final Deque<Entry> RECENT = new ArrayDeque<>();

    private ScatterPoints() { }

    /** What the points were built from, weakly: the cache keeps no closed result's projection alive. */
    private record Entry(WeakReference<Projection2D> projection, WeakReference<Object> source,
                         ResultFigures.ColourBy by, boolean unlabelled, ScatterData data) {
        boolean matches(Projection2D p, Object from, ResultFigures.ColourBy colour, boolean none) {
            return projection.get() == p && source.get() == from && by == colour && unlabelled == none;
        }
    }

    /**
     * {@code r}'s points coloured {@code by} its clusters or genres, in track order; {@code unlabelled}: every point
     * in category 0 (there are no names for the categories). Built now if not kept; null when {@code r} has no
     * projection. Not prepared here unless {@link #warm} prepared them.
     */
    static ScatterData of(AnalysisResult r, ResultFigures.ColourBy by, boolean unlabelled) {
        Projection2D p = r.projection();
        if (p == null) {
            return null;
        }
        Object from = source(r, by);
        synchronized (RECENT) {
            for (Entry e : RECENT) {
                if (e.matches(p, from, by, unlabelled)) {
                    return e.data();
                }
            }
        }
        // outside the lock: tens of ms at a million points
        ScatterData built = build(r, p, by, unlabelled);
        synchronized (RECENT) {
            RECENT.addFirst(new Entry(new WeakReference<>(p), new WeakReference<>(from), by, unlabelled, built));
            while (RECENT.size() > KEPT) {
                RECENT.removeLast();
            }
        }
        return built;
    }

    /**
     * Builds and prepares the points the Clusters plot shows first (coloured by cluster, as {@link ResultFigures#scatter}
     * names them) for {@code r}; call it off the UI thread, where the result is made. Returns {@code r}.
     */
    static AnalysisResult warm(AnalysisResult r) {
        ScatterData data = of(r, ResultFigures.ColourBy.CLUSTER, ResultFigures.clusterNamesMissing(r));
        if (data != null) {
            data.prepare();
        }
        return r;
    }

    /** What the categories come from: the clustering's labels, or the tracks (their genre codes). */
    private static Object source(AnalysisResult r, ResultFigures.ColourBy by) {
        return by == ResultFigures.ColourBy.CLUSTER ? r.clustering() : r.tracks();
    }

    private static ScatterData build(AnalysisResult r, Projection2D p, ResultFigures.ColourBy by, boolean unlabelled) {
        int n = p.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = p.x(i);
            y[i] = p.y(i);
        }
        int[] categories = unlabelled ? new int[n]
                : by == ResultFigures.ColourBy.CLUSTER ? r.clustering().labels() : r.genreCodes();
        return ScatterData.of(x, y, categories);
    }
}
