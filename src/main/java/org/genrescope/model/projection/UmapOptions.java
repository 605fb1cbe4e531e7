package org.genrescope.model.projection;

/**
 * Every knob of {@link UmapEmbedding} (our UMAP, the workbench's; Smile 3.1.1's, a benchmark peer in the test
 * sources, takes the same), validated on construction.
 *
 * @param neighbours        k of the k-nearest-neighbour graph, counting the point itself as umap-learn does
 *                          (at least 2)
 * @param minDist           how tightly points may pack in the layout (positive, at most spread)
 * @param spread            the scale of the layout's clusters
 * @param epochs            optimisation epochs (at least 10), or {@link #AUTO_EPOCHS} for umap-learn's and Smile's
 *                          default: 200 above 10,000 points, 500 up to it
 * @param learningRate      initial step size of the layout optimisation
 * @param negativeSamples   negative samples per positive edge and epoch
 * @param repulsionStrength weight of the negative samples
 * @param seed              seeds the negative sampling (and, for Smile's, the jitter of approximated points)
 */
public record UmapOptions(int neighbours, double minDist, double spread, int epochs, double learningRate,
                          int negativeSamples, double repulsionStrength, long seed) {

    /** Marks "let Smile choose the number of epochs". */
    public static final int AUTO_EPOCHS = 0;

    public UmapOptions {
        if (neighbours < 2) {
            throw new IllegalArgumentException("--umap-neighbours must be at least 2, got " + neighbours);
        }
        if (!(spread > 0) || Double.isInfinite(spread)) {
            throw new IllegalArgumentException("--umap-spread must be a positive number, got " + spread);
        }
        if (!(minDist > 0 && minDist <= spread)) {
            throw new IllegalArgumentException("--umap-min-dist must be positive and at most --umap-spread ("
                    + spread + "), got " + minDist);
        }
        if (epochs != AUTO_EPOCHS && epochs < 10) {
            throw new IllegalArgumentException("--umap-epochs must be at least 10 (or 0 for auto), got " + epochs);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("--umap-learning-rate must be a positive number, got " + learningRate);
        }
        if (negativeSamples < 1) {
            throw new IllegalArgumentException("--umap-negative-samples must be at least 1, got " + negativeSamples);
        }
        if (!(repulsionStrength > 0) || Double.isInfinite(repulsionStrength)) {
            throw new IllegalArgumentException("--umap-repulsion must be a positive number, got " + repulsionStrength);
        }
    }

    /** umap-learn's and Smile's defaults: k = 15, min_dist 0.1, spread 1, automatic epochs. */
    public static UmapOptions defaults(long seed) {
        return new UmapOptions(15, 0.1, 1, AUTO_EPOCHS, 1, 5, 1, seed);
    }

    public UmapOptions withNeighbours(int value) {
        return new UmapOptions(value, minDist, spread, epochs, learningRate, negativeSamples, repulsionStrength, seed);
    }

    public UmapOptions withEpochs(int value) {
        return new UmapOptions(neighbours, minDist, spread, value, learningRate, negativeSamples, repulsionStrength,
                seed);
    }

    public UmapOptions withSeed(long value) {
        return new UmapOptions(neighbours, minDist, spread, epochs, learningRate, negativeSamples, repulsionStrength,
                value);
    }

    /** The epochs for n points, resolving {@link #AUTO_EPOCHS} as Smile does. */
    public int epochsFor(int n) {
        return epochs != AUTO_EPOCHS ? epochs : n > 10_000 ? 200 : 500;
    }
}
