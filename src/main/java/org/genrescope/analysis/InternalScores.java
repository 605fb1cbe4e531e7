package org.genrescope.analysis;

import java.util.Objects;
import org.genrescope.model.metrics.MetricValue;

/**
 * Internal cluster-quality scores in one space (the clustered representation, or the scaled features), each a
 * {@link MetricValue}: a number, a number with a warning (Calinski-Harabasz over rounding noise), or "undefined"
 * with the reason (one cluster, all noise, no spread). Defined values are scikit-learn 1.2.1's.
 *
 * @param daviesBouldinMetric    lower is better, 0 at best
 * @param calinskiHarabaszMetric higher is better
 * @param silhouetteMetric       mean silhouette, -1 to 1, higher is better
 * @param silhouettePoints       points the silhouette was computed on (0 when undefined)
 * @param silhouetteSampled      whether those were a seeded sample (above the exact-silhouette limit)
 * @param pointsScored           points the Davies-Bouldin and Calinski-Harabasz indices were computed on
 *                               (DBSCAN noise is left out)
 */
public record InternalScores(MetricValue daviesBouldinMetric, MetricValue calinskiHarabaszMetric,
                             MetricValue silhouetteMetric, int silhouettePoints, boolean silhouetteSampled,
                             int pointsScored) {

    public InternalScores {
        Objects.requireNonNull(daviesBouldinMetric, "daviesBouldinMetric");
        Objects.requireNonNull(calinskiHarabaszMetric, "calinskiHarabaszMetric");
        Objects.requireNonNull(silhouetteMetric, "silhouetteMetric");
    }

    /** All three undefined for the same reason (such as "only one cluster"). */
    public static InternalScores undefined(int points, String reason) {
        MetricValue none = MetricValue.undefined(reason);
        return new InternalScores(none, none, none, 0, false, points);
    }

    /** Davies-Bouldin as a plain number, NaN when undefined (read {@link #daviesBouldinMetric} to say why). */
    public double daviesBouldin() {
        return daviesBouldinMetric.value();
    }

    /** Calinski-Harabasz as a plain number, NaN when undefined (read {@link #calinskiHarabaszMetric} to say why). */
    public double calinskiHarabasz() {
        return calinskiHarabaszMetric.value();
    }

    /** The mean silhouette as a plain number, NaN when undefined (read {@link #silhouetteMetric} to say why). */
    public double silhouette() {
        return silhouetteMetric.value();
    }

    /**
     * How the silhouette was obtained, for a label beside it: empty when every scored point entered it, otherwise
     * "sample of 20,000 of 106,574 points, seed 42" ({@code seed} is the run's seed, which drew the sample).
     */
    public String silhouetteSampleNote(long seed) {
        return silhouetteSampled ? String.format(java.util.Locale.ROOT, "sample of %,d of %,d points, seed %d",
                silhouettePoints, pointsScored, seed) : "";
    }
}
