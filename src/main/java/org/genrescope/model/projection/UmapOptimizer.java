package org.genrescope.model.projection;

import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * UMAP's layout optimisation (McInnes, Healy and Melville 2018, section 3.2, with umap-learn's schedule): each epoch
 * samples every edge whose turn has come (an edge of weight w is sampled every max(w) / w epochs), pulls its two ends
 * together with the gradient of log(1 / (1 + a d^(2b))), and pushes the head away from
 * {@code negativeSamples} uniformly drawn points; each gradient coordinate is clipped to [-4, 4] and the step
 * shrinks linearly from the learning rate to 0.
 *
 * <p>Deterministic for a seed whatever the thread count, unlike umap-learn's parallel (Hogwild) updates: the
 * points are split among the threads; a thread moves only its own points, reading the other end of each edge and
 * each negative sample from a copy of the layout taken at the start of the epoch; the negative samples of point i
 * in epoch e come from a stream seeded by (seed, e, i). The edge i-j is stored in both rows and each row's copy
 * moves only its own end, so the attraction a row applies counts twice (umap-learn moves both ends from each copy).
 */
final class UmapOptimizer {
    private static final double CLIP = 4;

    private UmapOptimizer() {
    }

    /**
     * Moves the n x 2 row-major layout {@code y} in place.
     *
     * @param graph  the fuzzy simplicial set; edges weaker than max / epochs are skipped, as umap-learn drops them
     * @param curve  a and b of the layout similarity
     * @param layouts hears the layout as it forms, after an epoch (it copies; the layout is not changed)
     * @throws org.genrescope.task.CancelledException when cancelled (polled every epoch, and by the loop before
     *         every chunk of points)
     */
    static void optimise(FuzzySimplicialSet graph, double[] y, UmapCurve curve, int epochs, double learningRate,
                         int negativeSamples, double repulsion, long seed, ParallelLoop loop,
                         ProgressListener progress, LayoutSnapshots layouts, CancellationToken cancel) {
        int n = graph.n;
        int edges = graph.edges();
        double maxWeight = 0;
        for (int e = 0; e < edges; e++) {
            maxWeight = Math.max(maxWeight, graph.weights[e]);
        }
        double threshold = maxWeight / epochs;
        double[] epochsPerSample = new double[edges];
        double[] nextSample = new double[edges];
        double[] nextNegative = new double[edges];
        for (int e = 0; e < edges; e++) {
            double w = graph.weights[e];
            // Never sampled: below umap-learn's cut-off (it removes these edges) or of weight 0.
            epochsPerSample[e] = w >= threshold && w > 0 ? maxWeight / w : Double.POSITIVE_INFINITY;
            nextSample[e] = epochsPerSample[e];
            nextNegative[e] = epochsPerSample[e] / negativeSamples;
        }
        double a = curve.a();
        double b = curve.b();
        double[] previous = new double[2 * n];
        for (int epoch = 0; epoch < epochs; epoch++) {
            cancel.throwIfCancelled();
            System.arraycopy(y, 0, previous, 0, 2 * n);
            double alpha = learningRate * (1 - (double) epoch / epochs);
            int current = epoch;
            loop.run(n, (from, to) -> {
                for (int i = from; i < to; i++) {
                    long state = mix(seed ^ mix(current * 0x9E3779B97F4A7C15L + i));
                    for (int e = graph.rowStart[i]; e < graph.rowStart[i + 1]; e++) {
                        if (nextSample[e] > current) {
                            continue;
                        }
                        int j = graph.columns[e];
                        double dx = y[2 * i] - previous[2 * j];
                        double dy = y[2 * i + 1] - previous[2 * j + 1];
                        double squared = dx * dx + dy * dy;
                        if (squared > 0) {
                            double powB = Math.pow(squared, b);
                            double coefficient = -2 * a * b * powB / squared / (a * powB + 1);
                            // Twice: this row's copy of the edge also stands for the move umap-learn makes from
                            // the other row's copy.
                            y[2 * i] += 2 * clip(coefficient * dx) * alpha;
                            y[2 * i + 1] += 2 * clip(coefficient * dy) * alpha;
                        }
                        nextSample[e] += epochsPerSample[e];
                        double perNegative = epochsPerSample[e] / negativeSamples;
                        int draws = (int) ((current - nextNegative[e]) / perNegative);
                        for (int p = 0; p < draws; p++) {
                            state += 0x9E3779B97F4A7C15L;
                            int k = (int) Long.remainderUnsigned(mix(state), n);
                            if (k == i) {
                                continue;
                            }
                            double rx = y[2 * i] - previous[2 * k];
                            double ry = y[2 * i + 1] - previous[2 * k + 1];
                            double distance = rx * rx + ry * ry;
                            if (distance > 0) {
                                double coefficient = 2 * repulsion * b
                                        / ((0.001 + distance) * (a * Math.pow(distance, b) + 1));
                                y[2 * i] += clip(coefficient * rx) * alpha;
                                y[2 * i + 1] += clip(coefficient * ry) * alpha;
                            } else {
                                // Two points on one spot: push apart by the clip (umap-learn's choice).
                                y[2 * i] += CLIP * alpha;
                                y[2 * i + 1] += CLIP * alpha;
                            }
                        }
                        nextNegative[e] += draws * perNegative;
                    }
                }
            });
            progress.progress("umap", epoch + 1, epochs, "UMAP epoch " + (epoch + 1) + " of " + epochs);
            layouts.offer(y, epoch + 1, epochs);
        }
        cancel.throwIfCancelled();
    }

    private static double clip(double value) {
        return value > CLIP ? CLIP : value < -CLIP ? -CLIP : value;
    }

    /** SplitMix64's finaliser: a well-mixed 64-bit value from a counter. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
