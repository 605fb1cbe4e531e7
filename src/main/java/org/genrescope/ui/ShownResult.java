package org.genrescope.ui;

import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.ClusterRenumbering;

/**
 * The result on screen and what its metrics' change column compares with: never a preview or whatever was shown
 * last, but the previous full result on the same data. A k of the slider compares with the training's own k; the
 * training compares with the full result shown before it was trained, when that was on the same data (same input,
 * same load and grouping settings, so the same tracks and labels). A re-projection keeps the comparison it had.
 *
 * <p>Cluster numbers stay put: a result shown on the same tracks as the one before it is shown with its clusters
 * renumbered to match that one's ({@link ClusterRenumbering}), so a rerun or a k slider move keeps numbers and colours.
 * The renumbering itself is done where the result is made ({@link NumberedResult}).
 */
final class ShownResult {
    private final ReadOnlyObjectWrapper<AnalysisResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper preview = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<AnalysisResult> comparedWith = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper comparison = new ReadOnlyStringWrapper("");
    /**
     * The comparison line when nothing is compared (the first result on the data in this window, as a restored one
     * is): it says why the metrics have no change column, and when they will (session 15: an empty column read as
     * numbers missing).
     */
    static final String NOTHING_EARLIER = "No change column: nothing earlier on this data in this window to compare "
            + "with. It shows after another training or a move of k.";
    /** The last full (not preview) result shown. */
    private AnalysisResult lastFull;
    /** What the current training's own result compares with. */
    private AnalysisResult beforeTraining;
    /** The last trained result shown, and it as shown (renumbered), so that a saved session keeps the numbers seen. */
    private AnalysisResult trainedSource;
    private AnalysisResult trainedShown;

    /**
     * The last full result shown on each data set opened before the current one, by input (the 8 most recent), for the
     * change column when that data is opened again in this window: a new user reopening FMA from Open Recent read "No
     * change column: nothing earlier on this data in this window" (session 21). Soft references: under memory
     * pressure the collector takes them first, and the change column is then left out as before; at a million tracks
     * a strong one would keep a whole result alive past the stage cache's budget.
     */
    private final java.util.Map<java.nio.file.Path, java.lang.ref.SoftReference<AnalysisResult>> earlierByInput =
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(
                        java.util.Map.Entry<java.nio.file.Path, java.lang.ref.SoftReference<AnalysisResult>> eldest) {
                    return size() > 8;
                }
            };

    /** Whether a result on {@code input} was shown before it was last opened, in this window (while still remembered). */
    boolean shownEarlierOn(java.nio.file.Path input) {
        java.lang.ref.SoftReference<AnalysisResult> kept = earlierByInput.get(input);
        return kept != null && kept.get() != null;
    }

    /** New data: nothing shown, nothing to compare with but what was shown on the same data before (see above). */
    void clear() {
        if (lastFull != null) {
            earlierByInput.put(lastFull.config().input(), new java.lang.ref.SoftReference<>(lastFull));
        }
        result.set(null);
        preview.set(false);
        lastFull = null;
        beforeTraining = null;
        trainedSource = null;
        trainedShown = null;
        comparedWith.set(null);
        comparison.set("");
    }

    /** A training finished; {@code reprojected}: it only re-drew the clusters of {@code before}. */
    void trained(AnalysisResult r, AnalysisResult before, boolean reprojected) {
        if (!reprojected) {
            AnalysisResult earlier = lastFull;
            if (earlier == null) { // the first result since this data was opened: what it showed the last time
                java.lang.ref.SoftReference<AnalysisResult> kept = earlierByInput.get(r.config().input());
                earlier = kept == null ? null : kept.get();
            }
            beforeTraining = earlier != null && sameData(earlier, r) ? earlier : null;
        }
    }

    /**
     * Shows {@code ready}'s result, its clusters renumbered to match the result shown now (as {@code ready} numbered
     * them when it was made against it, else here); {@code trained} is the current training's result.
     */
    void show(NumberedResult ready, boolean isPreview, AnalysisResult trained) {
        AnalysisResult r = ready.source();
        // numbered off the UI thread against the result on screen (ResultNumbering); here only if called otherwise
        AnalysisResult numbered = ready.fits(result.get()) ? ready.shown() : ClusterRenumbering.matchedTo(result.get(), r);
        AnalysisResult against;
        String words;
        if (r == trained || trained == null) {
            against = beforeTraining;
            words = against == null ? NOTHING_EARLIER
                    : "change: against the previous " + origin(against) + describe(against);
        } else {
            against = trained;
            words = "change: against this " + origin(trained) + describe(trained);
        }
        comparedWith.set(against);
        comparison.set(words);
        if (!isPreview) {
            lastFull = numbered;
        }
        if (r == trained) {
            trainedSource = r;
            trainedShown = numbered;
        }
        preview.set(isPreview);
        result.set(numbered);
    }

    /**
     * {@code trained} with the cluster numbers it was shown with, for the session kept on disk: a restart then shows
     * the numbers (and colours) the user last saw, not the clustering's own; {@code trained} itself when it was not
     * shown.
     */
    AnalysisResult asShown(AnalysisResult trained) {
        return trained != null && trained == trainedSource ? trainedShown : trained;
    }

    /**
     * "training's " or "restored result's ": a restart restores the k slider's k (from the session's k sweep when it
     * was left on another k than the trained one), so calling that result a training named a k the user never trained
     * (new user, session 16: "against this training's k = 13" after a training at k = 8).
     */
    private static String origin(AnalysisResult r) {
        return r.reusedStages().contains(org.genrescope.analysis.Pipeline.RESTORED) ? "restored result's "
                : "training's ";
    }

    private static String describe(AnalysisResult r) {
        return String.format(Locale.ROOT, "k = %d (%s, %s)", r.config().k(), r.config().representation().id(),
                r.config().algorithm().id());
    }

    /** Whether both were computed on the same tracks with the same labels. */
    static boolean sameData(AnalysisResult a, AnalysisResult b) {
        return a.config().input().equals(b.config().input()) && a.rows() == b.rows()
                && !b.config().stagesChangedFrom(a.config()).contains("group");
    }

    ReadOnlyObjectProperty<AnalysisResult> resultProperty() { return result.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty previewProperty() { return preview.getReadOnlyProperty(); }
    ReadOnlyObjectProperty<AnalysisResult> comparedWithProperty() { return comparedWith.getReadOnlyProperty(); }
    ReadOnlyStringProperty comparisonProperty() { return comparison.getReadOnlyProperty(); }
}
