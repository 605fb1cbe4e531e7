package org.genrescope.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.AutoencoderSettings;
import org.genrescope.analysis.InvalidSettingException;
import org.genrescope.analysis.Choices;
import org.genrescope.analysis.ClusteringAlgorithm;
import org.genrescope.analysis.ProjectionMethod;
import org.genrescope.analysis.Recipe;
import org.genrescope.analysis.Representation;
import org.genrescope.data.MissingValuePolicy;
import org.genrescope.features.Scaling;
import org.genrescope.model.embedding.Activation;
import picocli.CommandLine.Option;

/** The analysis settings shared by {@code cluster} and {@code bench}: a recipe, then explicit overrides. */
final class AnalysisOptions {

    @Option(names = "--recipe", paramLabel = "NAME", defaultValue = "seed",
            description = "seed (the study's recipe) or plain (a neutral start). Default: ${DEFAULT-VALUE}.")
    String recipe;

    @Option(names = "--features", split = ",", paramLabel = "NAME",
            description = "Feature columns, comma-separated; any unique dot-suffix works (tempo, audio_features.tempo, mfcc.mean.01). Default: the 8 Echo Nest audio features.")
    List<String> features;

    @Option(names = "--id-column", paramLabel = "COLUMN", description = "Flat CSV: the id column. Default: track_id.")
    String idColumn;

    @Option(names = "--label", paramLabel = "COLUMN",
            description = "The genre label column. Default: track.genre_top (FMA) or the first of genres_top, genre_top, genre, label (flat CSV).")
    String label;

    @Option(names = "--roll-up-genres", negatable = true, description = "FMA: fill an empty top genre from genres_all (recipe: on).")
    Boolean rollUpGenres;

    @Option(names = "--drop-genres", paramLabel = "LIST",
            description = "Genres to drop, comma-separated; \"\" drops none (seed: Experimental,Old-Time / Historic; plain: none).")
    String dropGenres;

    @Option(names = "--club-minor-genres", negatable = true,
            description = "Reassign each minor genre to the nearest major genre by raw feature means (seed: on; plain: off).")
    Boolean clubMinorGenres;

    @Option(names = "--missing", paramLabel = "POLICY", description = "A missing feature value: drop (the row), mean or median (impute). Default: drop.")
    String missing;

    @Option(names = "--scaling", paramLabel = "NAME", description = "seed, standard, minmax or none (seed: seed; plain: standard).")
    String scaling;

    @Option(names = "--representation", paramLabel = "NAME",
            description = "What is clustered: autoencoder (its code), features (scaled) or pca. Default: autoencoder.")
    String representation;

    @Option(names = "--latent", paramLabel = "N", description = "Size of the autoencoder's code or of the PCA. Default: 5.")
    Integer latent;

    @Option(names = "--hidden", paramLabel = "WIDTHS",
            description = "Autoencoder: hidden layer widths between input and code, e.g. 16,8; \"\" for none. Default: none (8-5-8).")
    String hidden;

    @Option(names = "--activation", paramLabel = "NAME", description = "Autoencoder: relu, tanh or identity for the code and hidden layers. Default: relu.")
    String activation;

    @Option(names = "--output-activation", paramLabel = "NAME",
            description = "Autoencoder: relu (the study; may collapse) or identity for the reconstruction. Default: relu.")
    String outputActivation;

    @Option(names = "--epochs", paramLabel = "N", description = "Autoencoder: training epochs. Default: 100.")
    Integer epochs;

    @Option(names = "--batch", paramLabel = "N", description = "Autoencoder: minibatch size. Default: 256.")
    Integer batch;

    @Option(names = "--learning-rate", paramLabel = "X", description = "Autoencoder: Adam's learning rate. Default: 0.001.")
    Double learningRate;

    @Option(names = "--validation-split", paramLabel = "X",
            description = "Autoencoder: share of tracks held out to watch the validation loss (0 = off). Default: 0.")
    Double validationSplit;

    @Option(names = "--patience", paramLabel = "N",
            description = "Autoencoder: epochs without a better validation loss before stopping early (0 = never). Default: 0.")
    Integer patience;

    @Option(names = "--algorithm", paramLabel = "NAME", description = "kmeans or dbscan. Default: kmeans.")
    String algorithm;

    @Option(names = "--k", paramLabel = "N", description = "K-Means: number of clusters. Default: 8.")
    Integer k;

    @Option(names = "--restarts", paramLabel = "N", description = "K-Means: k-means++ restarts, the lowest inertia kept (seed: 100; plain: 10).")
    Integer restarts;

    @Option(names = "--eps", paramLabel = "X", description = "DBSCAN: neighbourhood radius in the clustered space. Default: 0.1.")
    Double eps;

    @Option(names = "--min-points", paramLabel = "N", description = "DBSCAN: neighbours (itself included) that make a core point. Default: 10.")
    Integer minPoints;

    @Option(names = "--projection", paramLabel = "NAME", description = "2-D projection written as x, y: pca, tsne, umap or none. Default: pca.")
    String projection;

    @Option(names = "--perplexity", paramLabel = "X", description = "t-SNE: perplexity. Default: 30.")
    Double perplexity;

    @Option(names = "--umap-neighbours", paramLabel = "N", description = "UMAP: nearest neighbours. Default: 15.")
    Integer umapNeighbours;

    @Option(names = "--seed", paramLabel = "N", description = "The seed of every random choice. Default: 1986.")
    Long seed;

    AnalysisConfig toConfig(Path input) {
        Recipe chosen = Recipe.parse(recipe);
        AnalysisConfig.Builder b = chosen.defaults().input(input);
        if (features != null) {
            b.features(features.stream().map(String::trim).filter(s -> !s.isEmpty()).toList());
        }
        b.idColumn(idColumn).labelColumn(label);
        if (rollUpGenres != null) {
            b.rollUpGenres(rollUpGenres);
        }
        if (dropGenres != null) {
            b.dropGenres(dropGenres.isBlank() ? List.of()
                    : Arrays.stream(dropGenres.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
        }
        if (clubMinorGenres != null) {
            b.clubMinorGenres(clubMinorGenres);
        }
        if (missing != null) {
            b.missing(Choices.parse(MissingValuePolicy.class, missing, "--missing"));
        }
        if (scaling != null) {
            b.scaling(Choices.parse(Scaling.class, scaling, "--scaling"));
        }
        if (representation != null) {
            b.representation(Representation.parse(representation));
        }
        if (latent != null) {
            b.latent(latent);
        }
        b.autoencoder(autoencoderSettings(b.build().autoencoder()));
        if (algorithm != null) {
            b.algorithm(ClusteringAlgorithm.parse(algorithm));
        }
        if (k != null) {
            b.k(k);
        }
        if (restarts != null) {
            b.restarts(restarts);
        }
        if (eps != null) {
            b.eps(eps);
        }
        if (minPoints != null) {
            b.minPoints(minPoints);
        }
        if (projection != null) {
            b.projection(ProjectionMethod.parse(projection));
        }
        if (perplexity != null) {
            b.perplexity(perplexity);
        }
        if (umapNeighbours != null) {
            b.umapNeighbours(umapNeighbours);
        }
        if (seed != null) {
            b.seed(seed);
        }
        return b.build();
    }

    private AutoencoderSettings autoencoderSettings(AutoencoderSettings recipe) {
        return new AutoencoderSettings(
                hidden == null ? recipe.hidden() : widths(hidden),
                activation == null ? recipe.activation() : activation(activation, "--activation"),
                outputActivation == null ? recipe.outputActivation() : activation(outputActivation, "--output-activation"),
                epochs == null ? recipe.epochs() : epochs,
                batch == null ? recipe.batch() : batch,
                learningRate == null ? recipe.learningRate() : learningRate,
                validationSplit == null ? recipe.validationSplit() : validationSplit,
                patience == null ? recipe.patience() : patience);
    }

    private static Activation activation(String text, String option) {
        try {
            return Activation.parse(text, option);
        } catch (IllegalArgumentException e) {
            throw InvalidSettingException.fromModel(e);
        }
    }

    private static List<Integer> widths(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(text.split(",")).map(String::trim).map(Integer::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new InvalidSettingException("--hidden", "'" + text + "' is not a comma-separated list of widths");
        }
    }
}
