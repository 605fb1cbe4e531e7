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
 * re-projection of the same clusters ({@link #reprojected}) keeps every swept k, with the new projection.
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
    private int pendingPreviewK = -1;
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
        showK(settings.kProperty().get());
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
        if (ready.get() >= total.get()) {
            return;
        }
        List<Integer> done = List.copyOf(fullByK.keySet());
        Map<Integer, Clustering> known = kept;
        int first = Math.max(kMin, Math.min(kMax, settings.kProperty().get()));
        AnalysisResult from = base;
        sweepBase = from;
        int sweepThreads = Math.max(1, threads - 1);
        runner.run(() -> {
            KRangeSweep.run(from, kMin, kMax, first, done, known, sweepThreads,
                    (k, r) -> {
                        ResultDetails.warm(r); // here, not on the FX thread when the slider shows it
                        runner.onUiThread(() -> swept(from, k, r));
                    }, ProgressListener.NONE, own);
            return null;
        }, finished -> { }, failure -> {
            if (!(failure instanceof CancelledException)) {
                LOG.error("the k sweep failed", failure);
            }
        });
    }

    private void updateReady() {
        int kMin = settings.kRangeMinProperty().get();
        int kMax = settings.kRangeMaxProperty().get();
        ready.set((int) fullByK.keySet().stream().filter(k -> k >= kMin && k <= kMax).count());
    }

    private void swept(AnalysisResult from, int k, AnalysisResult full) {
        if (base == null || from != sweepBase) {
            return;
        }
        fullByK.put(k, from == base ? full : Reclustering.withProjectionOf(full, base));
        updateReady();
        if (ready.get() >= total.get()) {
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
        if (base != null) {
            showK(k);
        }
    }

    private void showK(int k) {
        AnalysisResult full = fullByK.get(k);
        if (full != null) {
            show(full, false);
        } else {
            pendingPreviewK = k;
            if (!previewRunning) {
                preview(base);
            }
        }
    }

    private void preview(AnalysisResult from) {
        int k = pendingPreviewK;
        pendingPreviewK = -1;
        previewRunning = true;
        CancellationSource own = cancel;
        runner.run(() -> ResultDetails.warm(Reclustering.withK(from, k, Reclustering.Quality.PREVIEW, 1,
                        ProgressListener.NONE, own)),
                r -> {
                    previewRunning = false;
                    if (from == base && settings.kProperty().get() == k && !fullByK.containsKey(k)) {
                        show(r, true);
                    }
                    if (pendingPreviewK >= 0 && base != null) {
                        preview(base);
                    }
                }, failure -> {
                    previewRunning = false;
                    if (!(failure instanceof CancelledException)) {
                        fail.accept("re-cluster with k = " + k, failure);
                    } else if (pendingPreviewK >= 0 && base != null) {
                        preview(base); // a new k range cancelled this one; the slider has moved on
                    }
                });
    }

    /** Runs {@code action} on the UI thread each time the sweep has every k of the range (to keep the session). */
    public void whenComplete(Runnable action) {
        whenComplete = action;
    }

    /** The full K-Means clustering of every swept k (the trained k among them), for keeping the session. */
    public Map<Integer, Clustering> clusterings() {
        Map<Integer, Clustering> out = new java.util.TreeMap<>();
        fullByK.forEach((k, r) -> out.put(k, r.clustering()));
        return out;
    }

    /** How many ks of the k range have their full result (the sweep's progress). */
    public ReadOnlyIntegerProperty readyProperty() { return ready.getReadOnlyProperty(); }
    /** How many ks the sweep computes: the k range, stopped at the number of tracks. */
    public ReadOnlyIntegerProperty totalProperty() { return total.getReadOnlyProperty(); }
}
