package org.genrescope.analysis;

import org.genrescope.settings.InvalidSettingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.genrescope.model.clustering.Clustering;
import java.util.Objects;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * Re-clusters one trained result for every k of a range, with the configured restarts, so that the
 * workbench's k slider can show a full result the moment it stops on a k. Ks are visited nearest to
 * the current one first, because that is where the slider most likely goes next.
 */
public final class KRangeSweep {
    /** Hears each finished k; called on the sweeping thread. */
    @FunctionalInterface
    public interface Listener {
        void finished(int k, AnalysisResult result);
    }

    private KRangeSweep() { }

    /** The order the sweep visits {@code kMin..kMax}: {@code first}, then alternately above and below it. */
    public static List<Integer> visitOrder(int kMin, int kMax, int first) {
        if (kMin < 2 || kMax < kMin) {
            throw new InvalidSettingException("--k", "the k range must run from at least 2 upwards, got " + kMin + ".." + kMax);
        }
        int start = Math.max(kMin, Math.min(kMax, first));
        List<Integer> order = new ArrayList<>();
        order.add(start);
        for (int step = 1; order.size() < kMax - kMin + 1; step++) {
            if (start + step <= kMax) {
                order.add(start + step);
            }
            if (start - step >= kMin) {
                order.add(start - step);
            }
        }
        return order;
    }

    /**
     * Computes a {@link Reclustering.Quality#FULL} reclustering of {@code base} for each k in the range except
     * those in {@code skip} (such as the k the base itself was clustered with), reporting each to
     * {@code listener} as it finishes.
     *
     * @throws org.genrescope.task.CancelledException when cancelled; ks already reported stay valid
     */
    public static void run(AnalysisResult base, int kMin, int kMax, int first, List<Integer> skip, int threads,
                           Listener listener, ProgressListener progress, CancellationToken cancel) {
        run(base, kMin, kMax, first, skip, Map.of(), threads, listener, progress, cancel);
    }

    /**
     * As {@link #run(AnalysisResult, int, int, int, List, int, Listener, ProgressListener, CancellationToken)}, but a
     * k in {@code known} (the clusterings a saved session kept for this same representation and clustering settings)
     * is only scored, not clustered again: the same result, without the restarts.
     */
    public static void run(AnalysisResult base, int kMin, int kMax, int first, List<Integer> skip,
                           Map<Integer, Clustering> known, int threads, Listener listener, ProgressListener progress,
                           CancellationToken cancel) {
        run(base, kMin, kMax, first, () -> -1, skip, known, threads, listener, progress, cancel);
    }

    /**
     * As {@link #run(AnalysisResult, int, int, int, List, Map, int, Listener, ProgressListener, CancellationToken)},
     * but before each k the sweep asks {@code wanted} (read on the sweeping thread) for the k the user is on now and,
     * if that k is in the range and not done yet, clusters it next: at a million tracks a k takes 14-40 s, and the
     * slider moved away from where the sweep began waited minutes for its k, the 9th of 15 in the visiting order
     * (session 14's new user). -1: no wish.
     */
    public static void run(AnalysisResult base, int kMin, int kMax, int first, java.util.function.IntSupplier wanted,
                           List<Integer> skip, Map<Integer, Clustering> known, int threads, Listener listener,
                           ProgressListener progress, CancellationToken cancel) {
        Objects.requireNonNull(base, "base");
        List<Integer> order = visitOrder(kMin, Math.min(kMax, base.rows()), first);
        java.util.LinkedHashSet<Integer> remaining = new java.util.LinkedHashSet<>(order);
        int done = 0;
        while (!remaining.isEmpty()) {
            cancel.throwIfCancelled();
            int wish = wanted.getAsInt();
            int k = remaining.contains(wish) ? wish : remaining.iterator().next();
            remaining.remove(k);
            if (!skip.contains(k)) {
                Clustering kept = known.get(k);
                // a kept clustering that does not fit (another k, other tracks) is not trusted: k is clustered afresh
                boolean fits = kept != null && kept.size() == base.rows() && kept.clusterCount() == k
                        && kept.hasCentroids();
                listener.finished(k, fits ? Reclustering.withKnownClustering(base, k, kept, threads, cancel)
                        : Reclustering.withK(base, k, Reclustering.Quality.FULL, threads, ProgressListener.NONE,
                                cancel));
            }
            done++;
            progress.progress("sweep", done, order.size(), "k range: " + done + " of " + order.size() + " ready");
        }
    }
}
