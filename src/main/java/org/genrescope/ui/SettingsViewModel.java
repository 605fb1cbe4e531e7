package org.genrescope.ui;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ListProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleListProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.ProjectionMethod;
import org.genrescope.analysis.Recipe;
import org.genrescope.analysis.Representation;
import org.genrescope.data.ImportOptions;
import org.genrescope.model.embedding.Activation;
import org.genrescope.settings.InvalidSettingException;
import org.genrescope.settings.SettingField;
import org.genrescope.settings.SettingSchema;

/**
 * Every analysis setting as a property, one per setting of {@link AnalysisConfig#SCHEMA} (so a new setting gets
 * its property, its place in {@link #config}, {@link #apply} and the preferences without a change here), and the
 * k range the background sweep computes. {@link #revisionProperty()} ticks on every change, so the workbench
 * can tell whether the shown result is out of date; {@link #problemProperty()} names a bad setting by its
 * label, as the window shows it.
 */
public final class SettingsViewModel {
    /** The lowest k the k range can start at. */
    public static final int K_MIN = 2;
    /** The highest k the k range can reach. */
    public static final int K_LIMIT = 30;
    /** The k range's default end: the sweep computes 2..16, as the study's elbow plot did. */
    public static final int K_RANGE_DEFAULT_MAX = 16;
    /** The latent slider's range, at most: it stops lower on fewer features ({@link #latentMaxProperty}). */
    public static final int LATENT_MIN = 1;
    public static final int LATENT_MAX = 16;

    private static final SettingSchema<AnalysisConfig> SCHEMA = AnalysisConfig.SCHEMA;
    private static final String K = "k";

    private final Map<String, Property<?>> properties = new LinkedHashMap<>();
    private final Map<String, BooleanProperty> inUse = new LinkedHashMap<>();
    private final ObservableList<String> availableGenres = FXCollections.observableArrayList();
    private final ObservableList<String> availableFeatures = FXCollections.observableArrayList();
    private final ObservableList<String> featuresInUse = FXCollections.observableArrayList(ImportOptions.AUDIO_FEATURES);
    // the ks the background sweep computes after a training; the k slider spans them. Not part of the config:
    // changing them needs no training.
    private final IntegerProperty kRangeMin = new SimpleIntegerProperty(K_MIN);
    private final IntegerProperty kRangeMax = new SimpleIntegerProperty(K_RANGE_DEFAULT_MAX);
    private final ObjectProperty<KRange> kRange = new SimpleObjectProperty<>(new KRange(K_MIN, K_RANGE_DEFAULT_MAX));

    private final IntegerProperty latentMax = new SimpleIntegerProperty(LATENT_MAX);

    private final IntegerProperty revision = new SimpleIntegerProperty();
    /** The store {@link #restore} read, which every later change is written to; null before. */
    private SettingsStore rememberedIn;
    private final StringProperty problem = new SimpleStringProperty("");

    public SettingsViewModel() {
        for (SettingField f : SCHEMA.settings()) {
            properties.put(f.path(), propertyFor(f));
            inUse.put(f.path(), new SimpleBooleanProperty(true));
        }
        apply(Recipe.SEED.config(Path.of(".")));
        useTheWindowsCode();
        // before the revision listener, so that a change's listeners already see the features in use
        features().addListener((ListChangeListener<String>) c -> featuresInUse.setAll(
                features().isEmpty() ? ImportOptions.AUDIO_FEATURES : features()));
        for (Property<?> p : properties.values()) {
            p.addListener(x -> changed());
        }
        // before validate: a latent size the features cannot hold is brought down to the largest they can
        featuresInUse.addListener((ListChangeListener<String>) c -> followLatentMax());
        objectProperty("representation").addListener(x -> followLatentMax());
        followLatentMax();
        validate();
        SettingsPersistence.follow(this, () -> rememberedIn);
    }

    private static Property<?> propertyFor(SettingField f) {
        return switch (f.kind()) {
            case INT -> new SimpleIntegerProperty();
            case LONG -> new SimpleLongProperty();
            case DOUBLE -> new SimpleDoubleProperty();
            case BOOLEAN -> new SimpleBooleanProperty();
            case ENUM -> new SimpleObjectProperty<>();
            // a list of numbers is edited as text, so that a typo shows as a problem instead of vanishing
            case TEXT, INT_LIST -> new SimpleStringProperty("");
            case TEXT_LIST -> new SimpleListProperty<String>(FXCollections.observableArrayList());
        };
    }

    private void changed() {
        validate();
        revision.set(revision.get() + 1);
    }

    private void validate() {
        try {
            AnalysisConfig now = config(Path.of("."));
            problem.set("");
            // while a value is bad, what is in use stays as it was
            inUse.forEach((path, flag) -> flag.set(SCHEMA.inUse(now, SCHEMA.field(path))));
        } catch (InvalidSettingException e) {
            problem.set(describe(e));
        }
    }

    /** The error as the window says it: the setting named by its label ("Epochs: must be at least 1, got 0."). */
    public static String describe(InvalidSettingException e) {
        return e.describedAs(option -> SCHEMA.byOption(option).map(SettingField::label).orElse(option));
    }

    /**
     * The settings as a config for {@code input}.
     *
     * @throws InvalidSettingException naming the setting (as the CLI option) that cannot be used
     */
    public AnalysisConfig config(Path input) {
        return SCHEMA.build(key -> key.equals("input") ? input : value(SCHEMA.field(key)));
    }

    Object value(SettingField f) {
        Property<?> p = properties.get(f.path());
        return switch (f.kind()) {
            case TEXT, INT_LIST -> f.parse(((StringProperty) p).get());
            case TEXT_LIST -> List.copyOf((ListProperty<?>) p);
            default -> p.getValue();
        };
    }

    @SuppressWarnings("unchecked")
    void set(SettingField f, Object value) {
        Property<?> p = properties.get(f.path());
        switch (f.kind()) {
            case TEXT -> ((StringProperty) p).set(value == null ? "" : (String) value);
            case INT_LIST -> ((StringProperty) p).set(String.join(", ",
                    ((List<?>) value).stream().map(String::valueOf).toList()));
            case TEXT_LIST -> ((ListProperty<String>) p).setAll((List<String>) value);
            default -> ((Property<Object>) p).setValue(value);
        }
    }

    /** Sets every property from {@code config} (its input is ignored). */
    public void apply(AnalysisConfig config) {
        for (SettingField f : SCHEMA.settings()) {
            if (!f.path().equals(K)) {
                set(f, SCHEMA.get(config, f));
            }
        }
        // the window offers no "none" projection: it always draws the clusters
        if (config.projection() == ProjectionMethod.NONE) {
            objectProperty("projection").set(ProjectionMethod.PCA);
        }
        // the recipe's k stays exact: the k range widens to include it
        setKRange(Math.min(kRangeMin.get(), config.k()), Math.max(kRangeMax.get(), config.k()));
        kProperty().set(clampToKRange(config.k()));
    }

    /**
     * Sets a recipe's values (the study's, for {@link Recipe#SEED}; for {@link Recipe#PLAIN} with the window's tanh
     * code and identity output, {@link #useTheWindowsCode}), keeping which columns are read and how (the CSV dialog's
     * choices), since those belong to the data set rather than to the recipe.
     */
    public void applyRecipe(Recipe chosen) {
        DataColumns kept = DataColumns.of(this); // the columns and the dialect the data is read with
        apply(chosen.config(Path.of(".")));
        if (chosen != Recipe.SEED) {
            useTheWindowsCode();
        }
        kept.applyTo(this);
    }

    /**
     * A tanh code and an identity reconstruction, as the window starts with and its Plain recipe gives. The study's
     * ReLU network collapsed for seed 1986 on both the sample and the real data (and on the sample even with an
     * identity output), so a first look, and a neutral starting point, would show no result; the Seed recipe
     * button (and the CLI's --recipe seed) give the study's exact values, collapse and all.
     */
    private void useTheWindowsCode() {
        objectProperty("autoencoder.activation").set(Activation.TANH);
        objectProperty("autoencoder.output_activation").set(Activation.IDENTITY);
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
        kProperty().set(clampToKRange(kProperty().get()));
    }

    /**
     * The largest latent size the features in use can hold ({@link Representation#largestLatent}), at most
     * {@value #LATENT_MAX}, at least {@value #LATENT_MIN}. A new user's slider went to 16 on 8 features and Train
     * then failed "Latent size: must be between 1 and 7" (session 22).
     */
    static int latentMaxFor(Representation representation, int features) {
        // the features have no latent size (its slider is off): the autoencoder's limit, the default representation's
        Representation code = representation == Representation.PCA ? Representation.PCA : Representation.AUTOENCODER;
        return Math.max(LATENT_MIN, Math.min(LATENT_MAX, code.largestLatent(features)));
    }

    private void followLatentMax() {
        int most = latentMaxFor(this.<Representation>objectProperty("representation").get(), featuresInUse.size());
        latentMax.set(most);
        if (latentProperty().get() > most) {
            latentProperty().set(most);
        }
    }

    int clampToKRange(int value) {
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
        if (!chosen.equals(features())) {
            features().setAll(chosen);
        }
    }

    /** Writes every setting and the k range to {@code store} (see {@link SettingsPersistence}). */
    public void save(SettingsStore store) {
        SettingsPersistence.save(this, store);
    }

    /**
     * Reads what {@link #save} wrote (a missing or unreadable value keeps the current one), then writes every later
     * change to {@code store}, so that a window killed instead of closed keeps its settings.
     */
    public void restore(SettingsStore store) {
        SettingsPersistence.restore(this, store);
        rememberedIn = store;
    }

    // ---- properties ----

    /** The property of the setting at {@code path} ("k", "autoencoder.epochs"), of the JavaFX type its kind has. */
    public Property<?> property(String path) {
        Property<?> p = properties.get(SCHEMA.field(path).path());
        if (p == null) {
            throw new IllegalArgumentException(path + " is not a setting the window shows");
        }
        return p;
    }

    public IntegerProperty intProperty(String path) { return (IntegerProperty) property(path); }
    public LongProperty longProperty(String path) { return (LongProperty) property(path); }
    public DoubleProperty doubleProperty(String path) { return (DoubleProperty) property(path); }
    public BooleanProperty booleanProperty(String path) { return (BooleanProperty) property(path); }
    /** A text setting, or a list of numbers as the user types it ("16, 8"). */
    public StringProperty textProperty(String path) { return (StringProperty) property(path); }
    @SuppressWarnings("unchecked")
    public <E> ObjectProperty<E> objectProperty(String path) { return (ObjectProperty<E>) property(path); }
    @SuppressWarnings("unchecked")
    public ListProperty<String> listProperty(String path) { return (ListProperty<String>) property(path); }

    /**
     * Whether the setting at {@code path} takes part in a run with the current settings (the settings' own
     * {@code usedBy} says so: k only for K-Means, perplexity only for t-SNE...), for its control to be enabled.
     */
    public ReadOnlyBooleanProperty inUseProperty(String path) {
        BooleanProperty flag = inUse.get(SCHEMA.field(path).path());
        if (flag == null) {
            throw new IllegalArgumentException(path + " is not a setting the window shows");
        }
        return flag;
    }

    /** The genres the loaded data has, for the drop-genres chooser. */
    public ObservableList<String> availableGenres() { return availableGenres; }
    public ObservableList<String> dropGenres() { return listProperty("drop_genres"); }
    /** Feature columns offered in the features chooser. */
    public ObservableList<String> availableFeatures() { return availableFeatures; }
    /** Chosen feature columns; empty means the 8 Echo Nest audio features (the CLI's default). */
    public ObservableList<String> features() { return listProperty("features"); }
    /**
     * The feature columns the analysis reads, for the features chooser to show checked: the chosen ones, or
     * the 8 Echo Nest audio features when none is chosen. Read-only; change it through {@link #chooseFeatures}.
     */
    public ObservableList<String> featuresInUse() { return FXCollections.unmodifiableObservableList(featuresInUse); }
    public StringProperty idColumnProperty() { return textProperty("id_column"); }
    public StringProperty labelColumnProperty() { return textProperty("label"); }
    /** The code's width or number of principal components, which the latent slider moves. */
    public IntegerProperty latentProperty() { return intProperty("latent"); }
    /** The latent slider's end, {@link #latentMaxFor} the representation and the features in use. */
    public ReadOnlyIntegerProperty latentMaxProperty() { return latentMax; }
    /** k, which the k slider moves inside the k range. */
    public IntegerProperty kProperty() { return intProperty(K); }
    /** The k range's start, for the k-range slider and the k slider's minimum; set through {@link #setKRange}. */
    public ReadOnlyIntegerProperty kRangeMinProperty() { return kRangeMin; }
    /** The k range's end (the sweep also stops at the number of tracks); set through {@link #setKRange}. */
    public ReadOnlyIntegerProperty kRangeMaxProperty() { return kRangeMax; }
    /** Both ends of the k range, changed once per {@link #setKRange} (the ends' properties change one by one). */
    public ReadOnlyObjectProperty<KRange> kRangeProperty() { return kRange; }

    /** Ticks on every change of a setting. */
    public ReadOnlyIntegerProperty revisionProperty() { return revision; }
    /** Why the settings cannot be used, one sentence naming the setting by its label; empty when they can. */
    public ReadOnlyStringProperty problemProperty() { return problem; }
}
