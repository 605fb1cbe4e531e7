package org.genrescope.model.metrics;

/**
 * How well a clustering agrees with reference classes (e.g. genres). All but purity are defined as
 * in scikit-learn 1.2.1; NMI and AMI use arithmetic-mean normalisation, V-measure beta 1.
 *
 * @param adjustedRand         adjusted Rand index, 1 = identical partitions, about 0 = chance
 * @param normalizedMutualInfo mutual information over the mean of the two entropies, in [0, 1]
 * @param adjustedMutualInfo   mutual information corrected for chance, 1 = identical, about 0 = chance
 * @param homogeneity          1 when each cluster holds one class only
 * @param completeness         1 when each class lies in one cluster only
 * @param vMeasure             harmonic mean of homogeneity and completeness
 * @param fowlkesMallows       geometric mean of pairwise precision and recall
 * @param purity               share of points in their cluster's majority class
 */
public record ExternalScores(double adjustedRand, double normalizedMutualInfo, double adjustedMutualInfo,
                             double homogeneity, double completeness, double vMeasure, double fowlkesMallows,
                             double purity) {

    /** Computes every score from a contingency table of truth classes against clusters. */
    public static ExternalScores of(ContingencyTable table) {
        return ExternalMetrics.scores(table);
    }
}
