package org.genrescope.model.projection;

/**
 * The repulsive half of the t-SNE gradient, whose exact sum over all pairs costs O(n^2): with
 * q_ij = 1 / (1 + |y_i - y_j|^2), the force sum_j q_ij^2 (y_i - y_j) on every point and Z = sum_{i != j} q_ij.
 * Implemented by Barnes-Hut ({@link BarnesHutTree}) and by interpolation on a grid ({@link InterpolatedRepulsion}).
 */
interface RepulsiveForces {

    /**
     * @param y     n x 2 row-major layout (not modified)
     * @param force receives n x 2 row-major unnormalised repulsive forces
     * @param loop  the threads to use; the result must not depend on their number
     * @return Z, the sum of q_ij over all ordered pairs i != j
     */
    double repel(double[] y, double[] force, ParallelLoop loop);
}
