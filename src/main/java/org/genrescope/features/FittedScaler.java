package org.genrescope.features;

/**
 * A scaling fitted to one data set. It travels with the model so that new points (and decoded
 * centroids) are mapped with the same parameters.
 */
public interface FittedScaler {

    /** Applies the scaling; the input is not modified. */
    FeatureMatrix transform(FeatureMatrix data);

    /** Applies the scaling to one row in place. */
    void transformRow(double[] row);

    /**
     * Maps one scaled row back to original units, in place. Where the scaling loses information (the
     * seed scaling's row normalisation) the documented approximation of the implementation is used.
     */
    void inverseRow(double[] row);

    /**
     * Whether {@link #inverseRow} recovers original units exactly (up to rounding). False for the seed scaling,
     * which scales every track to unit length and so forgets each track's length: a decoded centre mapped back
     * through it is not a point in original units, and is not shown as one.
     */
    boolean invertible();

    /** The exact parameters, to save the scaler and restore it bit for bit ({@link ScalerParameters#restore}). */
    ScalerParameters parameters();

    /** The scaling's parameters for the report, e.g. {"tempo_min": 12.0, ...}. */
    java.util.Map<String, Object> describe();
}
