package org.genrescope.model.projection;

/**
 * Independent references for the t-SNE tests and benchmarks: the exact repulsive forces, Z and KL divergence,
 * summed over all pairs (O(n^2)).
 */
final class ExactKl {
    private ExactKl() {
    }

    /** Exact Z = sum_{i != j} 1 / (1 + |y_i - y_j|^2), and into force the exact sum_j q_ij^2 (y_i - y_j). */
    static double repulsion(double[] y, int n, double[] force) {
        double z = 0;
        for (int i = 0; i < n; i++) {
            double fx = 0;
            double fy = 0;
            double zi = 0;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    double dx = y[2 * i] - y[2 * j];
                    double dy = y[2 * i + 1] - y[2 * j + 1];
                    double q = 1 / (1 + dx * dx + dy * dy);
                    zi += q;
                    fx += q * q * dx;
                    fy += q * q * dy;
                }
            }
            if (force != null) {
                force[2 * i] = fx;
                force[2 * i + 1] = fy;
            }
            z += zi;
        }
        return z;
    }

    /** KL(P || Q) of the layout y, P the sparse input affinities of the options, Z summed exactly. */
    static double of(double[] x, int n, int d, TsneOptions options, double[] y) {
        InputAffinities p;
        try (ParallelLoop loop = new ParallelLoop(options.threads())) {
            p = InputAffinities.compute(x, n, d, options.perplexity(), options.neighboursFor(n), loop,
                    org.genrescope.task.CancellationToken.NEVER);
        }
        return of(p, y);
    }

    static double of(InputAffinities p, double[] y) {
        double z = repulsion(y, p.n, null);
        double kl = 0;
        for (int i = 0; i < p.n; i++) {
            for (int e = p.rowStart[i]; e < p.rowStart[i + 1]; e++) {
                int j = p.columns[e];
                double dx = y[2 * i] - y[2 * j];
                double dy = y[2 * i + 1] - y[2 * j + 1];
                double q = 1 / (1 + dx * dx + dy * dy) / z;
                kl += p.values[e] * Math.log(p.values[e] / q);
            }
        }
        return kl;
    }
}
