package org.genrescope.model.clustering;

/**
 * scikit-learn's {@code _kmeans_single_lloyd} written the obvious way (every distance, every iteration), as a
 * reference for the bounded implementation.
 */
final class NaiveLloyd {
    int[] labels;
    double[] centres;
    double inertia;
    int iterations;

    NaiveLloyd(double[] x, int n, int d, int k, double[] initial, int maxIterations, double tolerance) {
        centres = initial.clone();
        labels = new int[n];
        int[] previous = new int[n];
        java.util.Arrays.fill(previous, -1);
        boolean stable = false;
        int iteration = 0;
        while (iteration < maxIterations) {
            assign(x, n, d, k);
            double[] updated = new double[k * d];
            int[] counts = new int[k];
            for (int i = 0; i < n; i++) {
                counts[labels[i]]++;
                for (int f = 0; f < d; f++) {
                    updated[labels[i] * d + f] += x[i * d + f];
                }
            }
            for (int c = 0; c < k; c++) {
                if (counts[c] == 0) {
                    throw new IllegalStateException("reference does not relocate empty clusters");
                }
                for (int f = 0; f < d; f++) {
                    updated[c * d + f] *= 1.0 / counts[c];
                }
            }
            double shift = 0;
            for (int j = 0; j < k * d; j++) {
                shift += (updated[j] - centres[j]) * (updated[j] - centres[j]);
            }
            centres = updated;
            iteration++;
            if (java.util.Arrays.equals(labels, previous)) {
                stable = true;
                break;
            }
            if (shift <= tolerance) {
                break;
            }
            previous = labels.clone();
        }
        if (!stable) {
            assign(x, n, d, k);
        }
        iterations = iteration;
        for (int i = 0; i < n; i++) {
            inertia += distance(x, i, centres, labels[i], d);
        }
    }

    private void assign(double[] x, int n, int d, int k) {
        for (int i = 0; i < n; i++) {
            int best = 0;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double distance = distance(x, i, centres, c, d);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = c;
                }
            }
            labels[i] = best;
        }
    }

    static double distance(double[] x, int i, double[] centres, int c, int d) {
        double sum = 0;
        for (int f = 0; f < d; f++) {
            double diff = x[i * d + f] - centres[c * d + f];
            sum += diff * diff;
        }
        return sum;
    }
}
