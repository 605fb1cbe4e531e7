package org.genrescope.analysis;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.genrescope.data.ImportOptions;
import org.genrescope.data.MissingValuePolicy;
import org.genrescope.features.GenreGrouping;
import org.genrescope.features.Scaling;

/**
 * Every setting of one analysis and the seed that drives every random choice in it, so that a run is
 * reproducible on one machine. Validates itself: a bad value throws {@link InvalidSettingException}
 * naming the command-line option. Limits that depend on the data (k at most the number of tracks,
 * the latent size below the number of features) are checked by the {@link Pipeline}.
 */
public record AnalysisConfig(Path input, Recipe recipe, ImportOptions importOptions,
                             GenreGrouping.Options grouping, Scaling scaling, Representation representation,
                             int latent, AutoencoderSettings autoencoder, ClusteringAlgorithm algorithm, int k,
                             int restarts, double eps, int minPoints, ProjectionMethod projection, double perplexity,
                             int umapNeighbours, long seed) {

    public AnalysisConfig {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(recipe, "recipe");
        Objects.requireNonNull(importOptions, "importOptions");
        Objects.requireNonNull(grouping, "grouping");
        Objects.requireNonNull(scaling, "scaling");
        Objects.requireNonNull(representation, "representation");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(projection, "projection");
        Objects.requireNonNull(autoencoder, "autoencoder");
        autoencoder.toModelConfig(latent, seed); // validates the autoencoder's settings now, naming the option
        if (!(perplexity >= 2) || Double.isInfinite(perplexity)) {
            throw new InvalidSettingException("--perplexity", "must be a number of at least 2, got " + perplexity);
        }
        if (umapNeighbours < 2) {
            throw new InvalidSettingException("--umap-neighbours", "must be at least 2, got " + umapNeighbours);
        }
        if (latent < 1) {
            throw new InvalidSettingException("--latent", "must be at least 1, got " + latent);
        }
        if (k < 2) {
            throw new InvalidSettingException("--k", "must be at least 2, got " + k);
        }
        if (restarts < 1) {
            throw new InvalidSettingException("--restarts", "must be at least 1, got " + restarts);
        }
        if (!(eps > 0) || Double.isInfinite(eps)) {
            throw new InvalidSettingException("--eps", "must be a positive number, got " + eps);
        }
        if (minPoints < 1) {
            throw new InvalidSettingException("--min-points", "must be at least 1, got " + minPoints);
        }
    }

    /** A builder holding every value of this config, to change a few. */
    public Builder toBuilder() {
        return new Builder().input(input).recipe(recipe).features(importOptions.features())
                .idColumn(importOptions.idColumn()).labelColumn(importOptions.labelColumn())
                .rollUpGenres(importOptions.rollUpGenres()).missing(importOptions.missing())
                .dropGenres(grouping.dropGenres()).clubMinorGenres(grouping.clubMinorGenres()).scaling(scaling)
                .representation(representation).latent(latent).autoencoder(autoencoder).algorithm(algorithm).k(k)
                .restarts(restarts).eps(eps).minPoints(minPoints).projection(projection).perplexity(perplexity)
                .umapNeighbours(umapNeighbours).seed(seed);
    }

    /** A builder starting from nothing; use {@link Recipe#defaults()} to start from a recipe. */
    public static final class Builder {
        private Path input;
        private Recipe recipe = Recipe.SEED;
        private List<String> features = List.of();
        private String idColumn;
        private String labelColumn;
        private boolean rollUpGenres = true;
        private MissingValuePolicy missing = MissingValuePolicy.DROP;
        private List<String> dropGenres = List.of();
        private boolean clubMinorGenres;
        private Scaling scaling = Scaling.STANDARD;
        private Representation representation = Representation.FEATURES;
        private int latent = 5;
        private AutoencoderSettings autoencoder = AutoencoderSettings.seedRecipe();
        private double perplexity = 30;
        private int umapNeighbours = 15;
        private ClusteringAlgorithm algorithm = ClusteringAlgorithm.KMEANS;
        private int k = 8;
        private int restarts = 10;
        private double eps = 0.1;
        private int minPoints = 10;
        private ProjectionMethod projection = ProjectionMethod.PCA;
        private long seed = Recipe.DEFAULT_SEED;

        public Builder input(Path value) { input = value; return this; }
        public Builder recipe(Recipe value) { recipe = value; return this; }
        public Builder features(List<String> value) { features = List.copyOf(value); return this; }
        public Builder idColumn(String value) { idColumn = value; return this; }
        public Builder labelColumn(String value) { labelColumn = value; return this; }
        public Builder rollUpGenres(boolean value) { rollUpGenres = value; return this; }
        public Builder missing(MissingValuePolicy value) { missing = value; return this; }
        public Builder dropGenres(List<String> value) { dropGenres = List.copyOf(value); return this; }
        public Builder clubMinorGenres(boolean value) { clubMinorGenres = value; return this; }
        public Builder scaling(Scaling value) { scaling = value; return this; }
        public Builder representation(Representation value) { representation = value; return this; }
        public Builder latent(int value) { latent = value; return this; }
        public Builder autoencoder(AutoencoderSettings value) { autoencoder = value; return this; }
        public Builder perplexity(double value) { perplexity = value; return this; }
        public Builder umapNeighbours(int value) { umapNeighbours = value; return this; }
        public Builder algorithm(ClusteringAlgorithm value) { algorithm = value; return this; }
        public Builder k(int value) { k = value; return this; }
        public Builder restarts(int value) { restarts = value; return this; }
        public Builder eps(double value) { eps = value; return this; }
        public Builder minPoints(int value) { minPoints = value; return this; }
        public Builder projection(ProjectionMethod value) { projection = value; return this; }
        public Builder seed(long value) { seed = value; return this; }

        public AnalysisConfig build() {
            ImportOptions importOptions = new ImportOptions(features, idColumn, labelColumn, rollUpGenres, missing);
            return new AnalysisConfig(input, recipe, importOptions,
                    new GenreGrouping.Options(dropGenres, clubMinorGenres), scaling, representation, latent, autoencoder,
                    algorithm, k, restarts, eps, minPoints, projection, perplexity, umapNeighbours, seed);
        }
    }
}
