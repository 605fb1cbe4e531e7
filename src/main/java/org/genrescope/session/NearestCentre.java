package org.genrescope.session;

/**
 * K-Means' assignment: each point to the nearest centre by squared Euclidean distance, summed over the coordinates
 * in order and compared strictly, so a tie goes to the lowest index: the arithmetic of the K-Means code's own
 * assignment scan ({@code model.clustering.HamerlyLloyd}), so the points it was fitted on get its labels.
 */
final class NearestCentre implements Assigner {
    private final double[] centres;
    private final int k;
    private final int width;

    /** @param centres k x width, row-major */
    NearestCentre(double[] centres, int k, int width) {
        if (k < 1 || centres.length != (long) k * width) {
            throw new IllegalArgumentException(centres.length + " centre values for " + k + " centres of width " + width);
        }
        this.centres = centres.clone();
        this.k = k;
        this.width = width;
    }

    @Override
    public int[] assign(double[] z, int m) {
        int[] labels = new int[m];
        for (int i = 0; i < m; i++) {
            int nearest = 0;
            double nearestSquared = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double distance = 0;
                for (int f = 0; f < width; f++) {
                    double diff = z[i * width + f] - centres[c * width + f];
                    distance += diff * diff;
                }
                if (distance < nearestSquared) {
                    nearestSquared = distance;
                    nearest = c;
                }
            }
            labels[i] = nearest;
        }
        return labels;
    }
}
