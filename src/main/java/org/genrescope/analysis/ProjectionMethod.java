package org.genrescope.analysis;

import java.util.Locale;

/** How the clustered representation is drawn in two dimensions. */
public enum ProjectionMethod {
    PCA,
    /** Barnes-Hut t-SNE (perplexity 30, 1,000 iterations). */
    TSNE,
    /** UMAP (15 neighbours); points outside its largest connected component are placed next to a neighbour and flagged. */
    UMAP,
    NONE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

}
