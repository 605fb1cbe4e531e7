package org.genrescope.model.projection;

/** Small adapters that give every projection the {@link Projection2D} shape. */
public final class Projections {

    private Projections() {
    }

    /**
     * The first two principal components of n points of d features (d at least 2).
     *
     * @param x row-major n x d values
     */
    public static Projection2D pca(double[] x, int n, int d) {
        if (d < 2) {
            throw new IllegalArgumentException("a 2-D PCA needs at least 2 features, got " + d);
        }
        double[] scores = Pca.fit(x, n, d).transform(x, n, d, 2);
        return new Projection2D(scores, null, "pca", Double.NaN, 0);
    }
}
