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

}
