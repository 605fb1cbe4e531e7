package org.genrescope.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.AutoencoderSettings;
import org.genrescope.analysis.ClusteringAlgorithm;
import org.genrescope.analysis.InvalidSettingException;
import org.genrescope.analysis.ProjectionMethod;
import org.genrescope.analysis.Recipe;
import org.genrescope.analysis.Representation;
import org.genrescope.data.ImportOptions;
import org.genrescope.data.MissingValuePolicy;
import org.genrescope.features.Scaling;
import org.genrescope.model.embedding.Activation;

/**
 * Every analysis setting as a property, grouped as the settings panel shows them, and the conversions to
 * and from {@link AnalysisConfig}. {@link #revisionProperty()} ticks on every change, so the workbench can
 * tell whether the shown result is out of date.
 */
public final class SettingsViewModel {
    /** The lowest k the k range can start at. */
    public static final int K_MIN = 2;
    /** The highest k the k range can reach. */
    public static final int K_LIMIT = 30;
    /** The k range's default end: the sweep computes 2..16, as the study's elbow plot did. */
    public static final int K_RANGE_DEFAULT_MAX = 16;
    /** The latent slider's range. */
    public static final int LATENT_MIN = 1;
    public static final int LATENT_MAX = 16;

    // Data cleaning and genre grouping
    private final BooleanProperty rollUpGenres = new SimpleBooleanProperty();
    private final ObjectProperty<MissingValuePolicy> missing = new SimpleObjectProperty<>(MissingValuePolicy.DROP);
    private final ObservableList<String> availableGenres = FXCollections.observableArrayList();
    private final ObservableList<String> dropGenres = FXCollections.observableArrayList();
    private final BooleanProperty clubMinorGenres = new SimpleBooleanProperty();
    // Features and scaling
    private final ObservableList<String> availableFeatures = FXCollections.observableArrayList();
    private final ObservableList<String> features = FXCollections.observableArrayList();
    private final ObservableList<String> featuresInUse = FXCollections.observableArrayList(ImportOptions.AUDIO_FEATURES);
    private final StringProperty idColumn = new SimpleStringProperty("");
    private final StringProperty labelColumn = new SimpleStringProperty("");
    private final ObjectProperty<Scaling> scaling = new SimpleObjectProperty<>(Scaling.SEED);
    // Representation and autoencoder
    private final ObjectProperty<Representation> representation = new SimpleObjectProperty<>(Representation.AUTOENCODER);
    private final IntegerProperty latent = new SimpleIntegerProperty(5);
    private final StringProperty hiddenLayers = new SimpleStringProperty("");
    private final ObjectProperty<Activation> activation = new SimpleObjectProperty<>(Activation.RELU);
    private final ObjectProperty<Activation> outputActivation = new SimpleObjectProperty<>(Activation.RELU);
    private final IntegerProperty epochs = new SimpleIntegerProperty(100);
    private final IntegerProperty batch = new SimpleIntegerProperty(256);
    private final DoubleProperty learningRate = new SimpleDoubleProperty(0.001);
    private final DoubleProperty validationSplit = new SimpleDoubleProperty(0);
    private final IntegerProperty patience = new SimpleIntegerProperty(0);
    // Clustering
    private final ObjectProperty<ClusteringAlgorithm> algorithm = new SimpleObjectProperty<>(ClusteringAlgorithm.KMEANS);
    private final IntegerProperty k = new SimpleIntegerProperty(8);
    // the ks the background sweep computes after a training; the k slider spans them. Not part of the config:
    // changing them needs no training.
    private final IntegerProperty kRangeMin = new SimpleIntegerProperty(K_MIN);
    private final IntegerProperty kRangeMax = new SimpleIntegerProperty(K_RANGE_DEFAULT_MAX);
    private final ObjectProperty<KRange> kRange = new SimpleObjectProperty<>(new KRange(K_MIN, K_RANGE_DEFAULT_MAX));
    private final IntegerProperty restarts = new SimpleIntegerProperty(100);
    private final DoubleProperty eps = new SimpleDoubleProperty(0.1);
    private final IntegerProperty minPoints = new SimpleIntegerProperty(10);
    // Projection and seed
    private final ObjectProperty<ProjectionMethod> projection = new SimpleObjectProperty<>(ProjectionMethod.PCA);
    private final DoubleProperty perplexity = new SimpleDoubleProperty(30);
    private final IntegerProperty umapNeighbours = new SimpleIntegerProperty(15);
    private final LongProperty seed = new SimpleLongProperty(Recipe.DEFAULT_SEED);
    private final ObjectProperty<Recipe> recipe = new SimpleObjectProperty<>(Recipe.SEED);

    private final IntegerProperty revision = new SimpleIntegerProperty();
    private final StringProperty problem = new SimpleStringProperty("");

    public SettingsViewModel() {
        apply(Recipe.SEED.defaults().input(Path.of(".")).build());
        // The study's ReLU network collapsed for seed 1986 on both the sample and the real data (and on the sample
        // even with an identity output); the window starts from the seed recipe with a tanh code and an identity
        // output so that a first look shows a result. The Seed recipe button (and the CLI's --recipe seed) give
        // the study's exact values.
        activation.set(Activation.TANH);
        outputActivation.set(Activation.IDENTITY);
        Observable[] all = {rollUpGenres, missing, dropGenres, clubMinorGenres, features, idColumn, labelColumn, scaling,
                representation, latent, hiddenLayers, activation, outputActivation, epochs, batch, learningRate,
                validationSplit, patience, algorithm, k, restarts, eps, minPoints, projection, perplexity,
                umapNeighbours, seed};
        // before the revision listener, so that a change's listeners already see the features in use
        features.addListener((ListChangeListener<String>) c -> featuresInUse.setAll(
                features.isEmpty() ? ImportOptions.AUDIO_FEATURES : features));
        for (Observable o : all) {
            o.addListener(x -> changed());
        }
        validate();
    }

    private void changed() {
        validate();
        revision.set(revision.get() + 1);
    }

    private void validate() {
        try {
            config(Path.of("."));
            problem.set("");
        } catch (InvalidSettingException e) {
            problem.set(e.getMessage());
        }
    }

    /**
     * The settings as a config for {@code input}.
     *
     * @throws InvalidSettingException naming the setting (as the CLI option) that cannot be used
     */
    public AnalysisConfig config(Path input) {
        AutoencoderSettings autoencoderSettings = new AutoencoderSettings(parseHidden(hiddenLayers.get()),
                activation.get(), outputActivation.get(), epochs.get(), batch.get(), learningRate.get(),
                validationSplit.get(), patience.get());
        return new AnalysisConfig.Builder().input(input).recipe(recipe.get()).features(features)
                .idColumn(blankToNull(idColumn.get())).labelColumn(blankToNull(labelColumn.get()))
                .rollUpGenres(rollUpGenres.get()).missing(missing.get()).dropGenres(dropGenres)
                .clubMinorGenres(clubMinorGenres.get()).scaling(scaling.get()).representation(representation.get())
                .latent(latent.get()).autoencoder(autoencoderSettings).algorithm(algorithm.get()).k(k.get())
                .restarts(restarts.get()).eps(eps.get()).minPoints(minPoints.get()).projection(projection.get())
                .perplexity(perplexity.get()).umapNeighbours(umapNeighbours.get()).seed(seed.get()).build();
    }

    /** Sets every property from {@code config} (its input is ignored). */
    public void apply(AnalysisConfig config) {
        recipe.set(config.recipe());
        rollUpGenres.set(config.importOptions().rollUpGenres());
        missing.set(config.importOptions().missing());
        features.setAll(config.importOptions().features());
        idColumn.set(nullToBlank(config.importOptions().idColumn()));
        labelColumn.set(nullToBlank(config.importOptions().labelColumn()));
        dropGenres.setAll(config.grouping().dropGenres());
        clubMinorGenres.set(config.grouping().clubMinorGenres());
        scaling.set(config.scaling());
        representation.set(config.representation());
        latent.set(config.latent());
        AutoencoderSettings a = config.autoencoder();
        hiddenLayers.set(String.join(", ", a.hidden().stream().map(String::valueOf).toList()));
        activation.set(a.activation());
        outputActivation.set(a.outputActivation());
        epochs.set(a.epochs());
        batch.set(a.batch());
        learningRate.set(a.learningRate());
        validationSplit.set(a.validationSplit());
        patience.set(a.patience());
        algorithm.set(config.algorithm());
        // the recipe's k stays exact: the k range widens to include it
        setKRange(Math.min(kRangeMin.get(), config.k()), Math.max(kRangeMax.get(), config.k()));
        k.set(clampToKRange(config.k()));
        restarts.set(config.restarts());
        eps.set(config.eps());
        minPoints.set(config.minPoints());
        projection.set(config.projection() == ProjectionMethod.NONE ? ProjectionMethod.PCA : config.projection());
        perplexity.set(config.perplexity());
        umapNeighbours.set(config.umapNeighbours());
        seed.set(config.seed());
    }

    /**
     * Sets a recipe's values (the study's, for {@link Recipe#SEED}), keeping which columns are read, since
     * those belong to the data set rather than to the recipe.
     */
    public void applyRecipe(Recipe chosen) {
        List<String> keptFeatures = List.copyOf(features);
        String keptId = idColumn.get();
        String keptLabel = labelColumn.get();
        apply(chosen.defaults().input(Path.of(".")).build());
        features.setAll(keptFeatures);
        idColumn.set(keptId);
        labelColumn.set(keptLabel);
    }

    /**
     * Sets the k range the sweep computes (and the k slider spans), clamped to {@value #K_MIN}..{@value #K_LIMIT}
     * with {@code min <= max}; k moves into the range if it was outside.
     */
    public void setKRange(int min, int max) {
        int low = Math.max(K_MIN, Math.min(K_LIMIT, Math.min(min, max)));
        int high = Math.max(K_MIN, Math.min(K_LIMIT, Math.max(min, max)));
        // widen before narrowing so that min <= max holds for every listener
        if (low < kRangeMin.get()) {
            kRangeMin.set(low);
            kRangeMax.set(high);
        } else {
            kRangeMax.set(high);
            kRangeMin.set(low);
        }
        kRange.set(new KRange(low, high));
        k.set(clampToKRange(k.get()));
    }

    private int clampToKRange(int value) {
        return Math.max(kRangeMin.get(), Math.min(kRangeMax.get(), value));
    }

    /**
     * What the features chooser checked. None checked, or exactly the 8 audio features (in any order), is
     * stored as no choice, as the CLI's absent {@code --features}, so that the config equals the CLI's default.
     */
    public void chooseFeatures(List<String> checked) {
        boolean defaults = checked.isEmpty() || (checked.size() == ImportOptions.AUDIO_FEATURES.size()
                && checked.containsAll(ImportOptions.AUDIO_FEATURES));
        List<String> chosen = defaults ? List.of() : List.copyOf(checked);
        if (!chosen.equals(features)) {
            features.setAll(chosen);
        }
    }

    /**
     * Whether a result computed with {@code trained} is still what these settings would give, apart from k,
     * which the k slider changes without training.
     */
    public boolean matchesApartFromK(AnalysisConfig trained) {
        try {
            AnalysisConfig now = config(trained.input());
            return now.toBuilder().k(trained.k()).build().equals(trained);
        } catch (InvalidSettingException e) {
            return false;
        }
    }

    // ---- persistence: one key per setting, as the CLI would spell its value ----

    /** Writes every setting to {@code store} under "settings.". */
    public void save(SettingsStore store) {
        store.put("settings.recipe", recipe.get().id());
        store.put("settings.rollUpGenres", Boolean.toString(rollUpGenres.get()));
        store.put("settings.missing", missing.get().name());
        store.put("settings.dropGenres", String.join("\n", dropGenres));
        store.put("settings.clubMinorGenres", Boolean.toString(clubMinorGenres.get()));
        store.put("settings.features", String.join("\n", features));
        store.put("settings.idColumn", idColumn.get());
        store.put("settings.labelColumn", labelColumn.get());
        store.put("settings.scaling", scaling.get().name());
        store.put("settings.representation", representation.get().name());
        store.put("settings.latent", Integer.toString(latent.get()));
        store.put("settings.hidden", hiddenLayers.get());
        store.put("settings.activation", activation.get().name());
        store.put("settings.outputActivation", outputActivation.get().name());
        store.put("settings.epochs", Integer.toString(epochs.get()));
        store.put("settings.batch", Integer.toString(batch.get()));
        store.put("settings.learningRate", Double.toString(learningRate.get()));
        store.put("settings.validationSplit", Double.toString(validationSplit.get()));
        store.put("settings.patience", Integer.toString(patience.get()));
        store.put("settings.algorithm", algorithm.get().name());
        store.put("settings.k", Integer.toString(k.get()));
        store.put("settings.kRange", kRangeMin.get() + ".." + kRangeMax.get());
        store.put("settings.restarts", Integer.toString(restarts.get()));
        store.put("settings.eps", Double.toString(eps.get()));
        store.put("settings.minPoints", Integer.toString(minPoints.get()));
        store.put("settings.projection", projection.get().name());
        store.put("settings.perplexity", Double.toString(perplexity.get()));
        store.put("settings.umapNeighbours", Integer.toString(umapNeighbours.get()));
        store.put("settings.seed", Long.toString(seed.get()));
    }

    /** Reads what {@link #save} wrote; a missing or unreadable value keeps the current one. */
    public void restore(SettingsStore store) {
        readEnum(store, "settings.recipe", v -> Recipe.valueOf(v.toUpperCase(Locale.ROOT)), recipe);
        read(store, "settings.rollUpGenres", Boolean::valueOf, rollUpGenres::set);
        readEnum(store, "settings.missing", MissingValuePolicy::valueOf, missing);
        read(store, "settings.dropGenres", SettingsViewModel::lines, dropGenres::setAll);
        read(store, "settings.clubMinorGenres", Boolean::valueOf, clubMinorGenres::set);
        read(store, "settings.features", SettingsViewModel::lines, features::setAll);
        read(store, "settings.idColumn", v -> v, idColumn::set);
        read(store, "settings.labelColumn", v -> v, labelColumn::set);
        readEnum(store, "settings.scaling", Scaling::valueOf, scaling);
        readEnum(store, "settings.representation", Representation::valueOf, representation);
        read(store, "settings.latent", Integer::valueOf, latent::set);
        read(store, "settings.hidden", v -> v, hiddenLayers::set);
        readEnum(store, "settings.activation", Activation::valueOf, activation);
        readEnum(store, "settings.outputActivation", Activation::valueOf, outputActivation);
        read(store, "settings.epochs", Integer::valueOf, epochs::set);
        read(store, "settings.batch", Integer::valueOf, batch::set);
        read(store, "settings.learningRate", Double::valueOf, learningRate::set);
        read(store, "settings.validationSplit", Double::valueOf, validationSplit::set);
        read(store, "settings.patience", Integer::valueOf, patience::set);
        readEnum(store, "settings.algorithm", ClusteringAlgorithm::valueOf, algorithm);
        read(store, "settings.kRange", v -> v.split("\\.\\.", 2), v -> setKRange(Integer.parseInt(v[0].trim()),
                Integer.parseInt(v[1].trim())));
        read(store, "settings.k", Integer::valueOf, v -> k.set(clampToKRange(v)));
        read(store, "settings.restarts", Integer::valueOf, restarts::set);
        read(store, "settings.eps", Double::valueOf, eps::set);
        read(store, "settings.minPoints", Integer::valueOf, minPoints::set);
        readEnum(store, "settings.projection", ProjectionMethod::valueOf, projection);
        read(store, "settings.perplexity", Double::valueOf, perplexity::set);
        read(store, "settings.umapNeighbours", Integer::valueOf, umapNeighbours::set);
        read(store, "settings.seed", Long::valueOf, seed::set);
    }

    private static <T> void read(SettingsStore store, String key, Function<String, T> parse,
                                 java.util.function.Consumer<T> set) {
        store.get(key).ifPresent(text -> {
            try {
                set.accept(parse.apply(text));
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(SettingsViewModel.class).warn("ignoring remembered {}={}", key, text);
            }
        });
    }

    private static <T> void readEnum(SettingsStore store, String key, Function<String, T> parse, ObjectProperty<T> target) {
        read(store, key, parse, target::set);
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }

    static List<Integer> parseHidden(String text) {
        List<Integer> widths = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return widths;
        }
        for (String part : text.split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                widths.add(Integer.parseInt(part));
            } catch (NumberFormatException e) {
                throw new InvalidSettingException("--hidden", "must be layer widths separated by commas, such as 16, 8; got '" + text + "'");
            }
        }
        return widths;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String nullToBlank(String s) {
        return s == null ? "" : s;
    }

    // ---- properties ----
    public BooleanProperty rollUpGenresProperty() { return rollUpGenres; }
    public ObjectProperty<MissingValuePolicy> missingProperty() { return missing; }
    /** The genres the loaded data has, for the drop-genres chooser. */
    public ObservableList<String> availableGenres() { return availableGenres; }
    public ObservableList<String> dropGenres() { return dropGenres; }
    public BooleanProperty clubMinorGenresProperty() { return clubMinorGenres; }
    /** Feature columns offered in the features chooser. */
    public ObservableList<String> availableFeatures() { return availableFeatures; }
    /** Chosen feature columns; empty means the 8 Echo Nest audio features (the CLI's default). */
    public ObservableList<String> features() { return features; }
    /**
     * The feature columns the analysis reads, for the features chooser to show checked: the chosen ones, or
     * the 8 Echo Nest audio features when none is chosen. Read-only; change it through {@link #chooseFeatures}.
     */
    public ObservableList<String> featuresInUse() { return FXCollections.unmodifiableObservableList(featuresInUse); }
    public StringProperty idColumnProperty() { return idColumn; }
    public StringProperty labelColumnProperty() { return labelColumn; }
    public ObjectProperty<Scaling> scalingProperty() { return scaling; }
    public ObjectProperty<Representation> representationProperty() { return representation; }
    public IntegerProperty latentProperty() { return latent; }
    public StringProperty hiddenLayersProperty() { return hiddenLayers; }
    public ObjectProperty<Activation> activationProperty() { return activation; }
    public ObjectProperty<Activation> outputActivationProperty() { return outputActivation; }
    public IntegerProperty epochsProperty() { return epochs; }
    public IntegerProperty batchProperty() { return batch; }
    public DoubleProperty learningRateProperty() { return learningRate; }
    public DoubleProperty validationSplitProperty() { return validationSplit; }
    public IntegerProperty patienceProperty() { return patience; }
    public ObjectProperty<ClusteringAlgorithm> algorithmProperty() { return algorithm; }
    public IntegerProperty kProperty() { return k; }
    /** The k range's start, for the k-range slider and the k slider's minimum; set through {@link #setKRange}. */
    public ReadOnlyIntegerProperty kRangeMinProperty() { return kRangeMin; }
    /** The k range's end (the sweep also stops at the number of tracks); set through {@link #setKRange}. */
    public ReadOnlyIntegerProperty kRangeMaxProperty() { return kRangeMax; }
    /** Both ends of the k range, changed once per {@link #setKRange} (the ends' properties change one by one). */
    public ReadOnlyObjectProperty<KRange> kRangeProperty() { return kRange; }

    /**
     * The ks the sweep computes, both included.
     *
     * @param min at least {@value #K_MIN}
     * @param max at least min, at most {@value #K_LIMIT}
     */
    public record KRange(int min, int max) {
        public KRange {
            if (min < K_MIN || max < min || max > K_LIMIT) {
                throw new IllegalArgumentException("the k range must lie in " + K_MIN + ".." + K_LIMIT
                        + " with min <= max, got " + min + ".." + max);
            }
        }
    }
    public IntegerProperty restartsProperty() { return restarts; }
    public DoubleProperty epsProperty() { return eps; }
    public IntegerProperty minPointsProperty() { return minPoints; }
    public ObjectProperty<ProjectionMethod> projectionProperty() { return projection; }
    public DoubleProperty perplexityProperty() { return perplexity; }
    public IntegerProperty umapNeighboursProperty() { return umapNeighbours; }
    public LongProperty seedProperty() { return seed; }
    public ObjectProperty<Recipe> recipeProperty() { return recipe; }
    /** Ticks on every change of a setting. */
    public ReadOnlyIntegerProperty revisionProperty() { return revision; }
    /** Why the settings cannot be used, one sentence; empty when they can. */
    public ReadOnlyStringProperty problemProperty() { return problem; }
}
