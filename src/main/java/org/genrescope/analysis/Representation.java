package org.genrescope.analysis;

import java.util.Locale;

/** What K-Means or DBSCAN clusters: the scaled features themselves, or a compression of them. */
public enum Representation {
    /** The scaled features. */
    FEATURES,
    /** PCA of the scaled features to the latent size. */
    PCA,
    /** The code of an autoencoder trained on the scaled features (the study's choice). */
    AUTOENCODER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The largest latent size this representation can build from {@code features} columns: one less than their number
     * for the autoencoder (a code narrower than its input, as its config checks), their number for PCA (and for the
     * features, which have no latent size). Not below 0.
     */
    public int largestLatent(int features) {
        return Math.max(0, this == AUTOENCODER ? features - 1 : features);
    }

}
