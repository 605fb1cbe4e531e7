package org.genrescope.analysis;

import java.util.List;
import java.util.Locale;
import org.genrescope.data.MissingValuePolicy;
import org.genrescope.features.Scaling;

/**
 * Named starting points for every setting. {@code seed} is the study's recipe (SEED-PIPELINE.md);
 * {@code plain} is a neutral one. Any setting given explicitly overrides the recipe.
 */
public enum Recipe {
    SEED(List.of("Experimental", "Old-Time / Historic"), true, Scaling.SEED, 100),
    PLAIN(List.of(), false, Scaling.STANDARD, 10);

    public static final long DEFAULT_SEED = 1986;

    private final List<String> dropGenres;
    private final boolean clubMinorGenres;
    private final Scaling scaling;
    private final int restarts;

    Recipe(List<String> dropGenres, boolean clubMinorGenres, Scaling scaling, int restarts) {
        this.dropGenres = dropGenres;
        this.clubMinorGenres = clubMinorGenres;
        this.scaling = scaling;
        this.restarts = restarts;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Recipe parse(String text) {
        return Choices.parse(Recipe.class, text, "--recipe");
    }

    /** A builder holding this recipe's value for every setting. */
    public AnalysisConfig.Builder defaults() {
        return new AnalysisConfig.Builder()
                .recipe(this)
                .features(List.of())
                .rollUpGenres(true)
                .dropGenres(dropGenres)
                .clubMinorGenres(clubMinorGenres)
                .missing(MissingValuePolicy.DROP)
                .scaling(scaling)
                .representation(Representation.AUTOENCODER)
                .latent(5)
                .autoencoder(AutoencoderSettings.seedRecipe())
                .algorithm(ClusteringAlgorithm.KMEANS)
                .k(8)
                .restarts(restarts)
                .eps(0.1)
                .minPoints(10)
                .projection(ProjectionMethod.PCA)
                .perplexity(30)
                .umapNeighbours(15)
                .seed(DEFAULT_SEED);
    }
}
