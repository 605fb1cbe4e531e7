package org.genrescope.analysis;

/**
 * Internal cluster-quality scores in one space (the clustered representation, or the scaled features).
 *
 * @param daviesBouldin     lower is better; NaN when fewer than 2 clusters remain
 * @param calinskiHarabasz  higher is better; NaN when fewer than 2 clusters remain
 * @param silhouette        mean silhouette, -1 to 1, higher is better; NaN when it cannot be computed
 * @param silhouettePoints  points the silhouette was computed on
 * @param silhouetteSampled whether those were a seeded sample (above the exact-silhouette limit)
 * @param pointsScored      points the Davies-Bouldin and Calinski-Harabasz indices were computed on
 *                          (DBSCAN noise is left out)
 */
public record InternalScores(double daviesBouldin, double calinskiHarabasz, double silhouette, int silhouettePoints,
                             boolean silhouetteSampled, int pointsScored) {

    public static InternalScores notComputable(int points) {
        return new InternalScores(Double.NaN, Double.NaN, Double.NaN, 0, false, points);
    }
}
