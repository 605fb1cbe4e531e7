package org.genrescope.analysis;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.genrescope.data.CsvDelimiter;
import org.genrescope.data.DecimalMark;
import org.genrescope.data.ImportOptions;
import org.genrescope.data.MissingValuePolicy;
import org.genrescope.features.GenreGrouping;
import org.genrescope.features.Scaling;
import org.genrescope.model.clustering.KMeansOptions;
import org.genrescope.model.embedding.AutoencoderConfig;
import org.genrescope.model.embedding.AutoencoderSettings;
import org.genrescope.settings.InvalidSettingException;
import org.genrescope.settings.Setting;
import org.genrescope.settings.SettingSchema;

/**
 * Every setting of one analysis and the seed that drives every random choice in it, so that a run is
 * reproducible on one machine; each setting is described once, here (the autoencoder's in
 * {@link AutoencoderSettings}), and {@link #SCHEMA} derives from these descriptions the command-line options,
 * the settings panel's controls, the remembered preferences, the report's settings and the stages' cache keys
 * ({@code usedBy}). Validates itself: a bad value throws {@link InvalidSettingException} naming the
 * command-line option. Limits that depend on the data (k at most the number of tracks, the latent size below
 * the number of features) are checked by the {@link Pipeline}.
 *
 * <p>The features are kept in one canonical order (sorted, without repeats): the autoencoder's initial weights
 * pair up with the feature columns in order, so the same features in another order would give other clusters.
 *
 * @param input the FMA folder or flat CSV the settings apply to (not a setting: the data)
 */
public record AnalysisConfig(
        Path input,
        @Setting(option = "--recipe", label = "Recipe", defaultValue = "seed", usedBy = "group", help = "The "
                + "starting point of every setting: seed (the study's recipe; its genre steps apply to FMA data "
                + "only) or plain (a neutral start); a setting given explicitly overrides it.")
        Recipe recipe,
        @Setting(option = "--features", label = "Features", usedBy = "load", help = "Feature columns, "
                + "comma-separated; any unique dot-suffix works (tempo, audio_features.tempo, mfcc.mean.01); kept in "
                + "sorted order. Empty: the 8 Echo Nest audio features.")
        List<String> features,
        @Setting(option = "--id-column", label = "Id column", usedBy = "load",
                help = "Flat CSV: the id column; whole numbers or text (a repeated id keeps its first row). Empty: "
                + "track_id, else row numbers. 'index' names a blank-named first column (a saved pandas index).")
        String idColumn,
        @Setting(option = "--label", label = "Genre column", name = "label", usedBy = "load", help = "The genre "
                + "label column. Empty: track.genre_top (FMA); for a flat CSV a known layout's (genres_top, "
                + "track_genre, playlist_genre, genre, label), else the one column whose name contains 'genre'.")
        String labelColumn,
        @Setting(option = "--title-column", label = "Title column", usedBy = "load", help = "Flat CSV: the track "
                + "title column. Empty: the first of track, title, track_name.")
        String titleColumn,
        @Setting(option = "--artist-column", label = "Artist column", usedBy = "load", help = "Flat CSV: the "
                + "artist column. Empty: the first of artist, artists, track_artist, artist_name.")
        String artistColumn,
        @Setting(option = "--encoding", label = "Encoding", defaultValue = ImportOptions.AUTO_ENCODING,
                usedBy = "load", help = "Flat CSV: the character set, such as utf-8, windows-1252, iso-8859-1 or "
                + "utf-16. auto: a byte order mark, else UTF-8 when the bytes are UTF-8, else windows-1252.")
        String encoding,
        @Setting(option = "--delimiter", label = "Delimiter", defaultValue = "auto", usedBy = "load",
                help = "Flat CSV: the field separator: comma, semicolon, tab or pipe; auto detects it from the "
                + "header and the first rows.")
        CsvDelimiter delimiter,
        @Setting(option = "--decimal", label = "Decimal mark", defaultValue = "auto", usedBy = "load",
                help = "Flat CSV: point or comma (0,25; only when fields are not separated by commas); auto "
                + "detects it from the first rows.")
        DecimalMark decimal,
        @Setting(option = "--missing-values", label = "Also missing", usedBy = "load", help = "Flat CSV: cell "
                + "texts that also mean a missing value, comma-separated (such as ?,-999); empty, NA, N/A, NaN, "
                + "nan, null, NULL and None always do.")
        List<String> missingValues,
        @Setting(option = "--roll-up-genres", label = "Fill missing top genre from genres_all", defaultValue = "true",
                usedBy = "load", help = "FMA: a track without a top genre gets the root of the genres it is tagged "
                + "with (genres_all), as the study did.")
        boolean rollUpGenres,
        @Setting(option = "--missing", label = "Missing values", defaultValue = "drop", usedBy = "load",
                help = "A missing feature value: drop (the track, the study's choice), mean or median (imputed).")
        MissingValuePolicy missing,
        @Setting(option = "--drop-genres", label = "Drop genres", usedBy = "group", help = "Genres whose tracks are "
                + "removed before clustering, comma-separated; empty drops none.")
        List<String> dropGenres,
        @Setting(option = "--club-minor-genres", label = "Club minor genres into major ones", defaultValue = "false",
                usedBy = "group", help = "Genres with at most the median number of tracks join the major genre whose "
                + "raw feature means are nearest, as the study did.")
        boolean clubMinorGenres,
        @Setting(option = "--genre-steps-on-any-labels", label = "Apply the genre steps to any labels",
                defaultValue = "false", usedBy = "group if recipe=seed", help = "Seed recipe: drop and club genres "
                + "whatever the labels are; without it the recipe's genre steps apply to FMA's top genres only. "
                + "Giving --drop-genres or --club-minor-genres turns it on.")
        boolean genreStepsOnAnyLabels,
        @Setting(option = "--scaling", label = "Scaling", defaultValue = "standard", usedBy = "scale", help = "seed "
                + "(tempo min-max to 0..1, then each track to unit length: the study's), standard (zero mean, unit "
                + "variance per feature), minmax (each feature to 0..1) or none (raw values).")
        Scaling scaling,
        @Setting(option = "--representation", label = "Cluster on", defaultValue = "autoencoder",
                usedBy = "represent", help = "What is clustered: autoencoder (the code of an autoencoder trained on "
                + "the scaled features, the study's), features (the scaled features) or pca (their principal "
                + "components).")
        Representation representation,
        @Setting(option = "--latent", label = "Latent size", min = 1, defaultValue = "5",
                usedBy = "represent if representation=autoencoder|pca", help = "Width of the autoencoder's code or "
                + "number of principal components; below the number of features.")
        int latent,
        @Setting(usedBy = "represent if representation=autoencoder")
        AutoencoderSettings autoencoder,
        @Setting(option = "--algorithm", label = "Algorithm", defaultValue = "kmeans", usedBy = "cluster",
                help = "kmeans (k round clusters) or dbscan (dense regions of any shape; sparse tracks are noise).")
        ClusteringAlgorithm algorithm,
        @Setting(option = "--k", label = "k", min = 2, defaultValue = "8", usedBy = "cluster if algorithm=kmeans",
                help = "K-Means: number of clusters; at most the number of tracks.")
        int k,
        @Setting(option = "--restarts", label = "Restarts", min = 1, defaultValue = "10", step = 10,
                usedBy = "cluster if algorithm=kmeans", help = "K-Means: seeded k-means++ starts; the one with the "
                + "lowest inertia is kept.")
        int restarts,
        @Setting(option = "--eps", label = "DBSCAN eps", min = 0, exclusiveMin = true, defaultValue = "0.1",
                step = 0.01, usedBy = "cluster if algorithm=dbscan", help = "DBSCAN: neighbourhood radius, in the "
                + "clustered space's units.")
        double eps,
        @Setting(option = "--min-points", label = "DBSCAN minPts", min = 1, defaultValue = "10",
                usedBy = "cluster if algorithm=dbscan", help = "DBSCAN: neighbours (the track itself included) that "
                + "make a core point.")
        int minPoints,
        @Setting(option = "--projection", label = "Projection", defaultValue = "pca", usedBy = "project",
                help = "The 2-D view of the clustered space: pca (keeps distances, fast), tsne or umap (keep "
                + "neighbourhoods, slower) or none.")
        ProjectionMethod projection,
        @Setting(option = "--perplexity", label = "Perplexity", min = 2, defaultValue = "30", step = 5,
                usedBy = "project if projection=tsne", help = "t-SNE: roughly how many neighbours each track "
                + "attends to.")
        double perplexity,
        @Setting(option = "--umap-neighbours", label = "Neighbours", min = 2, defaultValue = "15",
                usedBy = "project if projection=umap", help = "UMAP: nearest neighbours per track in its graph.")
        int umapNeighbours,
        @Setting(option = "--seed", label = "Seed", defaultValue = "1986", usedBy = {
                "represent if representation=autoencoder", "cluster if algorithm=kmeans",
                "project if projection=tsne|umap"}, help = "Drives every random choice (autoencoder weights, "
                + "K-Means starts, projections): the same seed gives the same result on one machine.")
        long seed) {

    /** The settings' descriptions, from which every other view of them is derived. */
    public static final SettingSchema<AnalysisConfig> SCHEMA = SettingSchema.of(AnalysisConfig.class);

    public AnalysisConfig {
        Objects.requireNonNull(input, "input");
        features = features == null ? null : features.stream().distinct().sorted().toList();
        SCHEMA.check(input, recipe, features, idColumn, labelColumn, titleColumn, artistColumn, encoding, delimiter, decimal, missingValues,
                rollUpGenres, missing, dropGenres,
                clubMinorGenres, genreStepsOnAnyLabels, scaling, representation, latent, autoencoder, algorithm, k, restarts, eps, minPoints,
                projection, perplexity, umapNeighbours, seed);
        dropGenres = List.copyOf(dropGenres);
        idColumn = blankToNull(idColumn);
        labelColumn = blankToNull(labelColumn);
        titleColumn = blankToNull(titleColumn);
        artistColumn = blankToNull(artistColumn);
        encoding = encoding == null || encoding.isBlank() ? ImportOptions.AUTO_ENCODING : encoding.strip();
        // an unknown character set is refused when the file is opened (CsvSniffer), with the file's name
        // a decimal comma with comma-separated fields is refused when the file is opened (CsvSniffer): with
        // --delimiter auto only the file tells whether its fields are comma-separated
        missingValues = missingValues == null ? List.of() : List.copyOf(missingValues);
    }

    /** Every setting's default (the plain recipe's values) for {@code input}. */
    static AnalysisConfig defaults(Path input) {
        return SCHEMA.defaults(Map.of("input", input));
    }

    /**
     * This config with one setting changed, by its path ("k", "autoencoder.epochs").
     *
     * @throws InvalidSettingException when the record rejects the value
     * @throws IllegalArgumentException when there is no such setting or the value has the wrong type
     */
    public AnalysisConfig with(String setting, Object value) {
        return SCHEMA.with(this, setting, value);
    }

    /** This config for another input. */
    public AnalysisConfig withInput(Path newInput) {
        return SCHEMA.build(key -> key.equals("input") ? newInput : SCHEMA.get(this, SCHEMA.field(key)));
    }

    /**
     * The pipeline stages ("load", "group", "scale", "represent", "cluster", "project") a run of this config must
     * recompute after a run of {@code before}, judged by the settings each stage uses: a projection change leaves
     * the training and the clustering valid, a change of k only the clustering.
     */
    public List<String> stagesChangedFrom(AnalysisConfig before) {
        return StageKeys.changed(before, this);
    }

    /** How the input is read and cleaned. */
    public ImportOptions importOptions() {
        return new ImportOptions(features, idColumn, labelColumn, rollUpGenres, missing, encoding, delimiter,
                decimal, missingValues, titleColumn, artistColumn);
    }

    /**
     * How genres are grouped. The seed recipe's own genre steps (its drop list, its clubbing) were designed for
     * FMA's top genres, so they apply only to FMA data; a value that differs from the recipe's, any value under
     * another recipe, and every value once {@code genre_steps_on_any_labels} is on (as a step given explicitly
     * turns it on: an explicit value can equal the recipe's) is the user's and applies to any data.
     */
    public GenreGrouping.Options grouping() {
        boolean seed = recipe == Recipe.SEED && !genreStepsOnAnyLabels;
        boolean recipeDrop = seed && String.join(",", dropGenres)
                .equals(Recipe.SEED.text(SCHEMA.field("drop_genres")));
        boolean recipeClub = seed && clubMinorGenres;
        return new GenreGrouping.Options(dropGenres, clubMinorGenres, recipeDrop, recipeClub);
    }

    /** The autoencoder's config for this latent size and seed. */
    public AutoencoderConfig autoencoderConfig() {
        return new AutoencoderConfig(latent, autoencoder, seed);
    }

    /** The K-Means options this config runs with: its k, restarts and seed, scikit-learn's other defaults. */
    public KMeansOptions kmeansOptions(int threads) {
        return KMeansOptions.of(k, restarts, seed).withThreads(threads);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
