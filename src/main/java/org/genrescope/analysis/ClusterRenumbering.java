package org.genrescope.analysis;

import org.genrescope.model.clustering.ClusterMatching;
import org.genrescope.model.clustering.Clustering;
import org.genrescope.model.metrics.ContingencyTable;

/**
 * A result whose clusters carry the numbers of the clusters they overlap most in the result shown before it
 * ({@link ClusterMatching}), so that a rerun, another seed or another k does not shuffle numbers and colours. Only
 * names change: the partition, and with it every metric, stays as computed.
 */
public final class ClusterRenumbering {
    private ClusterRenumbering() { }

    /**
     * {@code next} with its clusters renumbered to agree with {@code shown}'s: its clustering, the genre x cluster
     * table and the model's decoded centres follow the new numbers. {@code next} itself when there is nothing to agree
     * with ({@code shown} null, or a result on other tracks) or when its numbers already agree. Linear in the tracks
     * (a few passes over the labels; tens of ms at a million): call it off the UI thread.
     */
    public static AnalysisResult matchedTo(AnalysisResult shown, AnalysisResult next) {
        int[] numbers = numbers(shown, next);
        return numbers == null ? next : renumbered(next, numbers);
    }

    /**
     * Whether {@code next} may be renumbered to agree with {@code shown} at all: both on the same tracks with the same
     * labels, and not the same result. Cheap (no pass over the tracks); false means {@link #matchedTo} returns
     * {@code next}.
     */
    public static boolean comparable(AnalysisResult shown, AnalysisResult next) {
        return shown != null && shown != next && shown.rows() == next.rows()
                && shown.config().input().equals(next.config().input())
                && !next.config().stagesChangedFrom(shown.config()).contains(StageKeys.GROUP);
    }

    /**
     * The numbers {@link #matchedTo} gives {@code next}'s clusters (indexed by its cluster number, a permutation of
     * 0..k-1), or null when it keeps its own: nothing to agree with, or its numbers already agree.
     */
    public static int[] numbers(AnalysisResult shown, AnalysisResult next) {
        return comparable(shown, next) ? numbers(shown, next.config(), next.clustering()) : null;
    }

    /**
     * As {@link #numbers(AnalysisResult, AnalysisResult)} for a result still being made, from its config and its
     * clustering (a forming layout's), so that the layout can be drawn in the colours the result will have: the
     * same numbers, as the result will be made of that clustering.
     */
    public static int[] numbers(AnalysisResult shown, AnalysisConfig nextConfig, Clustering nextClustering) {
        if (shown == null || shown.clustering() == nextClustering || shown.rows() != nextClustering.labels().length
                || !shown.config().input().equals(nextConfig.input())
                || nextConfig.stagesChangedFrom(shown.config()).contains(StageKeys.GROUP)) {
            return null;
        }
        int[] numbers = ClusterMatching.numbersWithin(shown.clustering(), nextClustering);
        for (int a = 0; a < numbers.length; a++) {
            if (numbers[a] != a) {
                return numbers;
            }
        }
        return null;
    }

    /**
     * {@code next} with cluster a renamed {@code numbers[a]}: its clustering, the genre x cluster table and the model's
     * decoded centres; the partition, and every metric, as computed.
     *
     * @param numbers a permutation of 0..k-1 for next's k clusters (as {@link #numbers} gives)
     * @throws IllegalArgumentException when it is not one
     */
    public static AnalysisResult renumbered(AnalysisResult next, int[] numbers) {
        Clustering clustering = ClusterMatching.renumber(next.clustering(), numbers);
        ContingencyTable contingency = next.contingency() == null ? null
                : ContingencyTable.of(next.genreCodes(), clustering.labels()); // as ClusterStage builds it
        return new AnalysisResult(next.config(), next.input(), next.cleaning(), next.grouping(), next.tracks(),
                next.genreNames(), next.genreCodes(), next.scaled(), next.scaler(), next.representation(),
                next.decoder(), clustering, next.clusteringSpace(), next.featureSpace(), next.vsGenre(), contingency,
                next.autoencoder(), rowsMoved(next.modelCentroids(), numbers), next.projection(), next.timingsMs(),
                warningsRenumbered(next, numbers), next.reusedStages());
    }

    /**
     * {@code next}'s warnings with the empty clusters of K-Means' "found only n distinct clusters" named by their new
     * numbers (a new user saw "clusters 0, 1, 2 are empty" beside a legend whose empty clusters were 1, 2 and 3).
     */
    private static java.util.List<String> warningsRenumbered(AnalysisResult next, int[] numbers) {
        if (next.warnings().stream().noneMatch(w -> w.startsWith("K-Means found only "))) {
            return next.warnings(); // the usual case: no pass over the tracks
        }
        int[] sizes = next.clustering().clusterSizes();
        java.util.List<Integer> emptyBefore = new java.util.ArrayList<>();
        java.util.List<Integer> emptyAfter = new java.util.ArrayList<>();
        for (int c = 0; c < sizes.length && c < numbers.length; c++) {
            if (sizes[c] == 0) {
                emptyBefore.add(c);
                emptyAfter.add(numbers[c]);
            }
        }
        if (emptyBefore.isEmpty()) {
            return next.warnings();
        }
        int distinct = sizes.length - emptyBefore.size();
        String before = org.genrescope.model.clustering.KMeansResult.fewerClustersWarning(distinct, sizes.length,
                emptyBefore);
        String after = org.genrescope.model.clustering.KMeansResult.fewerClustersWarning(distinct, sizes.length,
                emptyAfter);
        return next.warnings().stream().map(w -> w.equals(before) ? after : w).toList();
    }

    /** k x d rows with row a moved to row numbers[a]; null stays null. */
    private static double[] rowsMoved(double[] rows, int[] numbers) {
        if (rows == null || rows.length % numbers.length != 0) {
            return rows; // not one row per cluster: nothing to move (not produced by the pipeline)
        }
        int d = rows.length / numbers.length;
        double[] moved = new double[rows.length];
        for (int a = 0; a < numbers.length; a++) {
            System.arraycopy(rows, a * d, moved, numbers[a] * d, d);
        }
        return moved;
    }
}
