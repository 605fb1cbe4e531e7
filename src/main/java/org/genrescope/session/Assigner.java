package org.genrescope.session;

/** Assigns points of the clustered space to a fitted model's clusters. */
interface Assigner {
    /**
     * The cluster of each of {@code m} points.
     *
     * @param z m x width codes, row-major (not modified)
     * @return m labels, -1 for noise
     */
    int[] assign(double[] z, int m);
}
