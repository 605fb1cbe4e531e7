package org.genrescope.analysis;

import java.util.Locale;

/** How the clustered representation is drawn in two dimensions. */
public enum ProjectionMethod {
    PCA,
    /**
     * t-SNE, perplexity 30: Barnes-Hut and 1,000 iterations below 50,000 points, openTSNE's defaults from there;
     * past 100,000 points a seeded sample of 100,000 with the others placed by their neighbours (ADR 0007).
     */
    TSNE,
    /**
     * UMAP (our own, umap-learn's defaults: 15 neighbours, min_dist 0.1, PCA start), every point embedded; past
     * 100,000 points a seeded sample of 100,000 with the others placed by their neighbours (ADR 0007).
     */
    UMAP,
    NONE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * How many of {@code rows} points the projection embeds itself: every point for PCA, at most
     * {@code Projector}'s sample size for t-SNE and UMAP (the rest are placed by their neighbours), none for NONE.
     */
    public int embedded(int rows) {
        return switch (this) {
            case PCA -> rows;
            case TSNE -> Math.min(rows, Projector.TSNE_FULL_UP_TO);
            case UMAP -> Math.min(rows, Projector.UMAP_FULL_UP_TO);
            case NONE -> 0;
        };
    }

}
