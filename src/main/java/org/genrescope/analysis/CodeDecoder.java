package org.genrescope.analysis;

/** Maps rows of the clustered space (such as centroids) back to the scaled feature space. */
@FunctionalInterface
public interface CodeDecoder {
    /** @param z rows x latent, row-major; returns rows x features, row-major */
    double[] decode(double[] z, int rows);
}
