package org.genrescope.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.ClusteringAlgorithm;
import org.genrescope.analysis.KRangeSweep;
import org.genrescope.analysis.Reclustering;
import org.genrescope.model.clustering.Clustering;
import org.genrescope.task.CancellationSource;
import org.genrescope.task.CancelledException;
import org.genrescope.task.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The k slider's results: after a training, the sweep computes the full reclustering for every k of the k range in
 * the background; a k not swept yet gets a one-restart preview at once, which the full result replaces. A
 * re-projection of the same clusters ({@link #reprojected}) and a training that reused the same codes
 * ({@link #retrained}) keep every swept k. A k whose clustering a session kept is ready: it is only scored again
 * (the same numbers as when it was swept), first where the slider is, and never previewed.
 */
public final class KSweepViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(KSweepViewModel.class);

    /** Shows a result; the flag says whether it is a preview. */
    public interface Shower {
        void show(AnalysisResult result, boolean preview);
    }

    private final BackgroundRunner runner;
    private final SettingsViewModel settings;
    private final int threads;
    private final Shower shower;
    private final BiConsumer<String, Throwable> fail;
    private final ReadOnlyIntegerWrapper ready = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    /** Full reclusterings of {@link #base}'s representation, by k, with the base's projection. */
    private final Map<Integer, AnalysisResult> fullByK = new HashMap<>();
    /** K-Means clusterings of {@link #base}'s representation a saved session kept, only scored when swept. */
    private Map<Integer, Clustering> kept = Map.of();
    private Runnable whenComplete = () -> { };
    /** The trained result whose clusters are shown; null when none or when it cannot be swept (DBSCAN). */
    private AnalysisResult base;
    /** The result the running sweep started from (its projection may since have been replaced). */
    private AnalysisResult sweepBase;
    private CancellationSource cancel = new CancellationSource();
    private boolean previewRunning;
    /** The running preview's k and its own token: a slider that moves on stops it (the sweep's token stops both). */
    private int previewK = -1;
    private CancellationSource previewCancel = new CancellationSource();
    /** The running sweep's token; null when no sweep runs. */
    private CancellationSource sweeping;
    private int pendingPreviewK = -1;
    /** The slider's k, read by the sweep's thread before each k it clusters. */
    private final java.util.concurrent.atomic.AtomicInteger wantedK = new java.util.concurrent.atomic.AtomicInteger(-1);
    /** The k on screen and whether it is a preview, so that a swept full result replaces only what it should. */
    private int shownK = -1;
    private boolean shownPreview;

    /** @param threads at least 1: the sweep uses one fewer, leaving a core for previews and the window */
    public KSweepViewModel(BackgroundRunner runner, SettingsViewModel settings, int threads, Shower shower,
                           BiConsumer<String, Throwable> fail) {
        this.runner = runner;
        this.settings = settings;
        this.threads = Math.max(1, threads);
        this.shower = shower;
        this.fail = fail;
        settings.kProperty().addListener((obs, old, k) -> kChanged(k.intValue()));
        settings.kRangeProperty().addListener((obs, old, range) -> sweep());
    }

    /** Forgets every k (new data or a new training) and sweeps {@code trained} when it can be reclustered. */
    public void start(AnalysisResult trained) {
        start(trained, Map.of());
    }

    /**
     * As {@link #start(AnalysisResult)}, with the clusterings a saved session kept for the same representation and
     * clustering settings ({@code SessionKeeper#keptSweep}): those ks are scored, not clustered again.
     */
    public void start(AnalysisResult trained, Map<Integer, Clustering> keptClusterings) {
        reset();
        kept = Map.copyOf(keptClusterings);
        // A collapsed code is swept too: the slider must answer, and the window keeps flagging every k of it.
        if (trained != null && trained.config().algorithm() == ClusteringAlgorithm.KMEANS) {
            base = trained;
            fullByK.put(trained.config().k(), trained);
            if (trained.projection() != null) {
                sweep();
            }
        }
    }

    /** Stops the sweep and forgets every k. */
    public void reset() {
        cancel.cancel();
        cancel = new CancellationSource();
        base = null;
        sweepBase = null;
        sweeping = null;
        fullByK.clear();
        kept = Map.of();
        pendingPreviewK = -1;
        ready.set(0);
        total.set(0);
    }

    /**
     * The same clusters with a new projection ({@code trained} reused every stage before it): every swept k is kept,
     * re-drawn with the new projection, and the sweep goes on; the slider's k is shown.
     */
    public void reprojected(AnalysisResult trained) {
        if (base == null) {
            start(trained);
            return;
        }
        base = trained;
        fullByK.replaceAll((k, r) -> Reclustering.withProjectionOf(r, trained));
        fullByK.put(trained.config().k(), trained);
        followSlider(trained);
    }

    /**
     * A training whose codes are those of the shown clusters (the same object: Train with unchanged settings, or with
     * only k, the restarts aside, changed) and whose other stages' settings are the same: every swept k and every kept
     * clustering still holds, so the k range goes on where it was instead of starting again at "1 of 15 ready". The
     * trained k takes {@code trained}; the others take its projection. Starts afresh when nothing was swept.
     */
    public void retrained(AnalysisResult trained) {
        if (base == null || trained.config().algorithm() != ClusteringAlgorithm.KMEANS) {
            start(trained);
            return;
        }
        base = trained;
        fullByK.replaceAll((k, r) -> r.projection() == trained.projection() ? r
                : Reclustering.withProjectionOf(r, trained));
        fullByK.put(trained.config().k(), trained);
        updateReady();
        if (sweeping == null) {
            sweep(); // the sweep had finished (or was stopped): it computes only what is missing
        }
        followSlider(trained);
    }

    /**
     * After the base changed under the slider: a preview from the old base shows nothing when it ends (it is not of
     * the shown codes or projection), so it is stopped, and a slider that is not on {@code trained}'s k gets its k
     * from the new base (a new user, session 22, was left on k = 11's preview under a slider at k = 12 after Train
     * with nothing changed while the sweep ran).
     */
    private void followSlider(AnalysisResult trained) {
        if (previewRunning) {
            previewCancel.cancel();
        }
        pendingPreviewK = -1;
        int k = settings.kProperty().get();
        if (k != trained.config().k()) {
            showK(k);
        }
    }

    /** Whether the full result for {@code k} is ready (the sweep computed it). */
    public boolean isFullResultReady(int k) {
        return fullByK.containsKey(k);
    }

    /** The full result for {@code k} as the sweep computed it (before any renumbering); null when not ready. */
    AnalysisResult fullResult(int k) {
        return fullByK.get(k);
    }

    private void sweep() {
        if (base == null || base.projection() == null) {
            return;
        }
        cancel.cancel();
        CancellationSource own = new CancellationSource();
        cancel = own;
        int kMin = settings.kRangeMinProperty().get();
        int kMax = Math.min(settings.kRangeMaxProperty().get(), base.rows());
        if (kMax < kMin) {
            total.set(0);
            ready.set(0);
            return;
        }
        total.set(kMax - kMin + 1);
        updateReady();
        if (fullByK.keySet().stream().filter(k -> k >= kMin && k <= kMax).count() >= total.get()) {
            sweeping = null;
            return;
        }
        List<Integer> done = List.copyOf(fullByK.keySet());
        Map<Integer, Clustering> known = kept;
        int first = Math.max(kMin, Math.min(kMax, settings.kProperty().get()));
        AnalysisResult from = base;
        sweepBase = from;
        int sweepThreads = Math.max(1, threads - 1);
        sweeping = own;
        runner.run(() -> {
            KRangeSweep.run(from, kMin, kMax, first, wantedK::get, done, known, sweepThreads,
                    (k, r) -> {
                        ResultDetails.warm(r); // here, not on the FX thread when the slider shows it
                        runner.onUiThread(() -> swept(from, k, r));
                    }, ProgressListener.NONE, runner.activity().yielding(own)); // nobody waits: it steps aside
            return null;
        }, finished -> {
            if (sweeping == own) {
                sweeping = null;
            }
        }, failure -> {
            if (sweeping == own) {
                sweeping = null;
            }
            if (!(failure instanceof CancelledException)) {
                LOG.error("the k sweep failed", failure);
            }
        });
    }

    /** Counts the ks of the range whose full result is computed or whose clustering the session kept. */
    private void updateReady() {
        int kMin = settings.kRangeMinProperty().get();
        int kMax = settings.kRangeMaxProperty().get();
        int rows = base == null ? 0 : base.rows();
        ready.set((int) java.util.stream.IntStream.rangeClosed(kMin, Math.min(kMax, Math.max(kMin, rows)))
                .filter(k -> fullByK.containsKey(k) || keptFor(k) != null).count());
    }

    /** The clustering the session kept for {@code k} when it fits the base (same tracks, k clusters, centres). */
    private Clustering keptFor(int k) {
        Clustering c = kept.get(k);
        return c != null && base != null && c.size() == base.rows() && c.clusterCount() == k && c.hasCentroids()
                ? c : null;
    }

    private void swept(AnalysisResult from, int k, AnalysisResult full) {
        if (base == null || from != sweepBase) {
            return;
        }
        boolean wasComplete = ready.get() >= total.get();
        fullByK.put(k, from == base ? full : Reclustering.withProjectionOf(full, base));
        updateReady();
        // once, when the last k is clustered: a session's kept ks being scored again change nothing worth a save
        if (!wasComplete && ready.get() >= total.get()) {
            whenComplete.run();
        }
        if (settings.kProperty().get() == k && (shownPreview || shownK != k)) {
            show(fullByK.get(k), false);
        }
    }

    private void show(AnalysisResult r, boolean preview) {
        shownK = r.config().k();
        shownPreview = preview;
        shower.show(r, preview);
    }

    /** Tells the sweep which result the window shows (a training's), so that it knows which k is on screen. */
    public void shown(AnalysisResult r, boolean preview) {
        shownK = r == null ? -1 : r.config().k();
        shownPreview = preview;
    }

    private void kChanged(int k) {
        wantedK.set(k); // the sweep clusters this k next if it has not yet
        if (base != null) {
            showK(k);
        }
    }

    private void showK(int k) {
        if (previewRunning && previewK != k) {
            // stale: at a million tracks a preview takes seconds, and six quick moves of the slider waited for the first
            // k's preview before the last k's began (11-25 s; new user, session 16)
            previewCancel.cancel();
        }
        AnalysisResult full = fullByK.get(k);
        if (full != null) {
            show(full, false);
        } else {
            if (previewRunning && previewK == k && !previewCancel.isCancelled()) {
                pendingPreviewK = -1; // back to the k being previewed: it shows when done
            } else {
                pendingPreviewK = k;
                if (!previewRunning) {
                    preview(base);
                }
            }
        }
    }

    /**
     * A one-restart preview of the pending k, or, for a k the session kept, its kept clustering scored (the full
     * result, so not a preview).
     */
    private void preview(AnalysisResult from) {
        int k = pendingPreviewK;
        pendingPreviewK = -1;
        previewRunning = true;
        CancellationSource own = cancel;
        CancellationSource mine = new CancellationSource();
        previewCancel = mine;
        previewK = k;
        org.genrescope.task.CancellationToken stop = () -> own.isCancelled() || mine.isCancelled();
        Clustering known = keptFor(k);
        runner.run(() -> ResultDetails.warm(known != null
                        ? Reclustering.withKnownClustering(from, k, known, 1, stop)
                        : Reclustering.withK(from, k, Reclustering.Quality.PREVIEW, 1, ProgressListener.NONE, stop)),
                r -> {
                    previewRunning = false;
                    if (known != null && from == base && !fullByK.containsKey(k)) {
                        fullByK.put(k, r);
                    }
                    boolean newest = known != null ? fullByK.get(k) == r : !fullByK.containsKey(k); // else the sweep's shows
                    if (from == base && settings.kProperty().get() == k && newest) {
                        show(r, known == null);
                    }
                    if (pendingPreviewK >= 0 && base != null) {
                        preview(base);
                    }
                }, failure -> {
                    previewRunning = false;
                    if (!(failure instanceof CancelledException)) {
                        fail.accept("re-cluster with k = " + k, failure);
                    } else if (pendingPreviewK >= 0 && base != null) {
                        preview(base); // the slider moved on, or a new k range cancelled this one
                    }
                });
    }

    /** Runs {@code action} on the UI thread each time the sweep has every k of the range (to keep the session). */
    public void whenComplete(Runnable action) {
        whenComplete = action;
    }

    /**
     * The full K-Means clustering of every swept k (the trained k among them) and of every k the session kept that is
     * not scored yet, for keeping the session: a session written while a restored k range is still being scored keeps
     * the whole range, so the kept file never shrinks to the trained k alone.
     */
    public Map<Integer, Clustering> clusterings() {
        Map<Integer, Clustering> out = new java.util.TreeMap<>();
        kept.forEach((k, c) -> {
            if (keptFor(k) != null) {
                out.put(k, c);
            }
        });
        fullByK.forEach((k, r) -> out.put(k, r.clustering()));
        return out;
    }

    /** How many ks of the k range have their full result (the sweep's progress). */
    public ReadOnlyIntegerProperty readyProperty() { return ready.getReadOnlyProperty(); }
    /** How many ks the sweep computes: the k range, stopped at the number of tracks. */
    public ReadOnlyIntegerProperty totalProperty() { return total.getReadOnlyProperty(); }
}
