package org.genrescope.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.Pipeline;
import org.genrescope.analysis.Representation;

/** The texts the result tabs show, built from a result without a toolkit (so they are tested as plain values). */
final class ResultTexts {
    private ResultTexts() { }

    /** A row of "each genre's most common cluster". */
    record DominantRow(String genre, String cluster, String share) { }

    /** A row of the cluster profiles' table. */
    record ProfileRow(String cluster, String size, String topGenres) { }

    /**
     * The status bar's line for a shown result: "Trained: ..." for the training's own, "Restored from the last
     * session: ... (no training needed)" for one the last session kept, "k = 5: ..." for the slider's, with the number of clusters really shown and the notes count.
     */
    static String status(AnalysisResult r, boolean isTrained, boolean isPreview, int notes) {
        long ms = r.timingsMs().values().stream().mapToLong(Long::longValue).sum();
        int clusters = r.clustering().clusterCount();
        int nonEmpty = r.clustering().nonEmptyClusterCount();
        // a restored result was not trained now: its saved timings would read as this start's training time
        boolean restored = isTrained && r.reusedStages().contains(Pipeline.RESTORED);
        boolean computedBefore = !restored && computedBefore(isTrained, r.reusedStages());
        return String.format(Locale.ROOT, "%s: %,d tracks in %s%s%s", restored ? "Restored from the last session"
                        : computedBefore ? "Shown again" : isTrained ? "Trained" : reclustered(r.config()), r.rows(),
                nonEmpty == clusters ? clusters + " clusters" : nonEmpty + " non-empty clusters of " + clusters,
                isPreview ? " (preview)" : restored ? " (no training needed)"
                        : computedBefore ? " (computed earlier in this run; nothing trained again)"
                        : isTrained ? String.format(Locale.ROOT, " (%.1f s%s)", ms / 1000.0, reusedCode(r)) : "",
                notes == 0 ? "" : "; " + notes + (notes == 1 ? " note" : " notes") + " above the results");
    }

    /**
     * "; the autoencoder of an earlier training reused" when a training took its code from this run's stage cache (a
     * data set opened again with another k or projection): "Trained (5.2 s)" alone read as the autoencoder trained
     * from scratch again (new user, session 21); "" when the code was computed now or there is none.
     */
    static String reusedCode(AnalysisResult r) {
        Representation code = r.config().representation();
        if (!r.reusedStages().contains("represent") || code == Representation.FEATURES) {
            return "";
        }
        return code == Representation.AUTOENCODER ? "; the autoencoder of an earlier training reused"
                : "; the PCA code of an earlier training reused";
    }

    /**
     * Whether a training's result came whole from this run's stage cache (the same data and settings again, such
     * as a session reopened in the same run), where "Trained (0.0 s)" would be untrue.
     */
    static boolean computedBefore(boolean isTrained, java.util.Collection<String> reusedStages) {
        return isTrained && reusedStages.containsAll(List.of("represent", "cluster"));
    }

    /**
     * "k = 4" for a re-clustering of the features, "k = 4 on the latent size 5 code" otherwise: a sweep cell's click
     * sets another latent size too, which only Train applies, and the line must not read as that cell's result.
     */
    static String reclustered(org.genrescope.analysis.AnalysisConfig c) {
        return c.representation() == org.genrescope.analysis.Representation.FEATURES ? "k = " + c.k()
                : String.format(Locale.ROOT, "k = %d on the latent size %d code", c.k(), c.latent());
    }

    /**
     * As {@link #status(AnalysisResult, boolean, boolean, int)}, led by "Collapsed autoencoder, not a result." when
     * {@code collapsed}: the k slider re-clusters a collapsed code too, and each k says what it is.
     */
    static String status(AnalysisResult r, boolean isTrained, boolean isPreview, int notes, boolean collapsed) {
        return (collapsed ? "Collapsed autoencoder, not a result. " : "") + status(r, isTrained, isPreview, notes);
    }

    /**
     * Why {@code r}'s autoencoder collapsed and what to change, in the window's words (the banner's text); "" when
     * it did not collapse or there is none.
     */
    static String collapse(AnalysisResult r) {
        // said here, since the next start otherwise trained again with no word why (new user, session 15)
        return r.autoencoder() == null || !r.autoencoder().collapsed() ? "" : WindowWords.of(
                org.genrescope.analysis.AutoencoderNotes.collapse(r.autoencoder(), r.scaled().featureNames()))
                + " " + NOT_KEPT;
    }

    /** Why a collapsed result is not there at the next start (the session keeps no result that is not one). */
    static final String NOT_KEPT = "It is not kept for the next start, which trains again.";

    /** The line above the scatter: the result's title, whether it is a preview, and the sweep's progress. */
    static String state(AnalysisResult r, boolean preview, int sweepReady, int sweepTotal) {
        return state(r, preview, sweepReady, sweepTotal, r == null ? 0 : r.config().k());
    }

    /**
     * As {@link #state(AnalysisResult, boolean, int, int)}, and, when the k slider is at another k than the K-Means
     * result shown ({@code sliderK}), that this k is being computed: on a large data set a preview can take seconds,
     * and a plot of k = 10 under a slider at 14 read as k = 14's.
     */
    static String state(AnalysisResult r, boolean preview, int sweepReady, int sweepTotal, int sliderK) {
        if (r == null) {
            return "";
        }
        String s = ResultFigures.clusterTitle(r);
        if (computing(r, sliderK)) {
            s += String.format(Locale.ROOT, " - COMPUTING k = %d: this is k = %d until it is ready", sliderK,
                    r.config().k());
        }
        if (preview) {
            s += " - PREVIEW: 1 restart, sampled silhouette; the full result follows";
        }
        if (sweepTotal > 0 && sweepReady < sweepTotal) {
            s += String.format(Locale.ROOT, " (k range: %d of %d ready)", sweepReady, sweepTotal);
        }
        return s;
    }

    /** Whether the k slider is at another k than the K-Means result {@code r} shown, which is then being computed. */
    static boolean computing(AnalysisResult r, int sliderK) {
        return r != null && r.config().algorithm() == org.genrescope.analysis.ClusteringAlgorithm.KMEANS
                && sliderK != r.config().k();
    }

    /** The hover text of track {@code i}: title, artist, genre, cluster and id; empty when there is no such track. */
    static String track(AnalysisResult r, int i) {
        if (r == null || i < 0 || i >= r.rows()) {
            return "";
        }
        var t = r.tracks();
        int cluster = r.clustering().label(i);
        return String.format(Locale.ROOT, "%s%n%s%ngenre: %s   cluster: %s   id %s",
                t.title(i) == null ? "(untitled)" : t.title(i), t.artist(i) == null ? "(unknown artist)" : t.artist(i),
                t.genre(i) == null ? "none" : t.genre(i), cluster < 0 ? "noise" : Integer.toString(cluster),
                t.idText(i));
    }

    /** Each genre's most common cluster and the genre's share in it; none without genres. */
    static List<DominantRow> dominantRows(AnalysisResult r) {
        List<DominantRow> rows = new ArrayList<>();
        if (r != null && r.contingency() != null) {
            for (org.genrescope.model.metrics.DominantCluster dc : r.contingency().dominantClusters()) {
                rows.add(new DominantRow(dc.truthClass() >= 0 ? r.genreNames().get(dc.truthClass()) : "(none)",
                        dc.cluster() < 0 ? "noise" : Integer.toString(dc.cluster()),
                        String.format(Locale.ROOT, "%.0f%% (%,d of %,d)", 100 * dc.share(), dc.membersInCluster(),
                                dc.classSize())));
            }
        }
        return rows;
    }

    /** One row per cluster: its number, size and top genres. */
    static List<ProfileRow> profileRows(AnalysisResult r) {
        List<ProfileRow> rows = new ArrayList<>();
        int[] sizes = r.clustering().clusterSizes();
        for (int c = 0; c < sizes.length; c++) {
            rows.add(new ProfileRow(Integer.toString(c), String.format(Locale.ROOT, "%,d", sizes[c]), topGenres(r, c)));
        }
        return rows;
    }

    /** The three most common genres of cluster {@code c} with their shares. */
    static String topGenres(AnalysisResult r, int c) {
        if (r.contingency() == null) {
            return "";
        }
        var table = r.contingency();
        int column = -1;
        int[] clusters = table.clusters();
        for (int j = 0; j < clusters.length; j++) {
            if (clusters[j] == c) {
                column = j;
            }
        }
        if (column < 0) {
            return "";
        }
        int size = table.clusterSize(column);
        List<int[]> counts = new ArrayList<>();
        int[] classes = table.truthClasses();
        for (int i = 0; i < classes.length; i++) {
            counts.add(new int[] {classes[i], table.count(i, column)});
        }
        counts.sort((a, b) -> Integer.compare(b[1], a[1]));
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < Math.min(3, counts.size()); i++) {
            int[] gc = counts.get(i);
            if (gc[1] == 0) {
                break;
            }
            String name = gc[0] >= 0 && gc[0] < r.genreNames().size() ? r.genreNames().get(gc[0]) : "(none)";
            parts.add(String.format(Locale.ROOT, "%s %.0f%%", name, 100.0 * gc[1] / Math.max(1, size)));
        }
        return String.join(", ", parts);
    }
}
