package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.settings.InvalidSettingException;
import org.genrescope.analysis.ProjectionMethod;
import org.genrescope.analysis.Recipe;
import org.genrescope.analysis.Representation;
import org.genrescope.data.ImportOptions;
import org.genrescope.features.Scaling;
import org.genrescope.model.embedding.Activation;
import org.junit.jupiter.api.Test;

class SettingsViewModelTest {
    private static final Path INPUT = Path.of("data");

    @Test
    void theSeedRecipeButtonGivesTheStudysConfig() {
        SettingsViewModel s = new SettingsViewModel();
        s.applyRecipe(Recipe.PLAIN);
        s.kProperty().set(3);
        s.applyRecipe(Recipe.SEED);
        assertEquals(Recipe.SEED.config(INPUT), s.config(INPUT));
    }

    /**
     * The Plain recipe is the defaults with the window's tanh code and identity output: with the defaults' ReLU code
     * (the study's) a new user's Plain recipe on the sample gave a collapsed autoencoder, "not a result".
     */
    @Test
    void thePlainRecipeButtonGivesTheDefaultsWithTheWindowsTanhCode() {
        SettingsViewModel s = new SettingsViewModel();
        s.applyRecipe(Recipe.SEED);
        assertEquals(Activation.RELU, s.config(INPUT).autoencoder().activation(), "the study's, as it was");
        s.applyRecipe(Recipe.PLAIN);
        AnalysisConfig expected = Recipe.PLAIN.config(INPUT).with("autoencoder.activation", Activation.TANH)
                .with("autoencoder.output_activation", Activation.IDENTITY);
        assertEquals(expected, s.config(INPUT));
        assertEquals(Activation.TANH, s.config(INPUT).autoencoder().activation());
        assertEquals(Activation.IDENTITY, s.config(INPUT).autoencoder().outputActivation());
    }

    @Test
    void savedSettingsComeBackInAFreshPanel() {
        SettingsViewModel s = new SettingsViewModel();
        s.kProperty().set(11);
        s.latentProperty().set(3);
        s.textProperty("autoencoder.hidden").set("16, 8");
        s.objectProperty("autoencoder.output_activation").set(Activation.IDENTITY);
        s.objectProperty("scaling").set(Scaling.MINMAX);
        s.dropGenres().setAll("Rock", "Pop");
        s.objectProperty("projection").set(ProjectionMethod.UMAP);
        s.longProperty("seed").set(42);
        s.doubleProperty("autoencoder.learning_rate").set(0.005);
        SettingsStore store = SettingsStore.inMemory();
        s.save(store);
        SettingsViewModel restored = new SettingsViewModel();
        restored.restore(store);
        assertEquals(s.config(INPUT), restored.config(INPUT));
        assertEquals(List.of(16, 8), restored.config(INPUT).autoencoder().hidden());
    }

    @Test
    void aRememberedEmptyTextIsAValueNotAnAbsence() {
        SettingsViewModel saved = new SettingsViewModel();
        SettingsStore store = SettingsStore.inMemory();
        saved.save(store);
        SettingsViewModel s = new SettingsViewModel();
        s.labelColumnProperty().set("genre");
        s.textProperty("autoencoder.hidden").set("16 8");
        assertEquals(List.of(16, 8), s.config(INPUT).autoencoder().hidden(), "widths separated by spaces");
        s.restore(store);
        assertEquals(null, s.config(INPUT).labelColumn(), "no label column, as remembered");
        assertEquals(List.of(), s.config(INPUT).autoencoder().hidden());
    }

    @Test
    void anUnreadableRememberedValueKeepsTheDefault() {
        SettingsStore store = SettingsStore.inMemory();
        store.putText("settings.k", "many");
        store.putText("settings.scaling", "SIDEWAYS");
        SettingsViewModel s = new SettingsViewModel();
        s.restore(store);
        assertEquals(8, s.kProperty().get());
        assertEquals(Scaling.SEED, s.objectProperty("scaling").get());
    }

    @Test
    void aBadValueIsOneSentenceNamingTheSettingByItsLabel() {
        SettingsViewModel s = new SettingsViewModel();
        assertEquals("", s.problemProperty().get());
        s.textProperty("autoencoder.hidden").set("16, lots");
        assertEquals("Hidden layers: '16, lots' is not a comma-separated list of whole numbers.", s.problemProperty().get());
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> s.config(INPUT));
        assertEquals("--hidden", e.setting(), "the config itself names the option, for the command line");
        s.textProperty("autoencoder.hidden").set("");
        s.intProperty("autoencoder.epochs").set(0);
        assertEquals("Epochs: must be at least 1, got 0.", s.problemProperty().get());
        s.intProperty("autoencoder.epochs").set(10);
        s.kProperty().set(1);
        assertEquals("k: must be at least 2, got 1.", s.problemProperty().get(), "not the option's --k");
    }

    /** The stages the settings changed since {@code trained}, k aside: what the workbench asks. */
    private static java.util.List<String> changedApartFromK(SettingsViewModel s, AnalysisConfig trained) {
        return s.config(INPUT).with("k", trained.k()).stagesChangedFrom(trained);
    }

    @Test
    void onlyKMayChangeWithoutTraining() {
        SettingsViewModel s = new SettingsViewModel();
        AnalysisConfig trained = s.config(INPUT);
        s.kProperty().set(4);
        assertEquals(java.util.List.of(), changedApartFromK(s, trained));
        s.objectProperty("representation").set(Representation.PCA);
        assertFalse(changedApartFromK(s, trained).isEmpty());
        s.objectProperty("representation").set(Representation.AUTOENCODER);
        s.objectProperty("projection").set(org.genrescope.analysis.ProjectionMethod.UMAP);
        assertEquals(java.util.List.of("project"), changedApartFromK(s, trained), "re-projected without Train");
        s.objectProperty("projection").set(trained.projection());
        s.intProperty("restarts").set(5);
        assertTrue(changedApartFromK(s, trained).contains("cluster"), "restarts change the full results");
    }

    @Test
    void theFeaturesChooserShowsTheDefaultFeaturesInUseAndNoChoiceStaysTheCliDefault() {
        SettingsViewModel s = new SettingsViewModel();
        assertEquals(List.of(), s.features());
        assertEquals(ImportOptions.AUDIO_FEATURES, s.featuresInUse(), "the 8 audio features show as checked");
        s.chooseFeatures(List.of("tempo", "energy"));
        assertEquals(List.of("tempo", "energy"), s.features());
        assertEquals(List.of("tempo", "energy"), s.featuresInUse());
        assertEquals(List.of("energy", "tempo"), s.config(INPUT).importOptions().features(),
                "the config keeps the features in one canonical order");
        s.chooseFeatures(List.of());
        assertEquals(ImportOptions.AUDIO_FEATURES, s.featuresInUse(), "unchecking all means the defaults");
        List<String> reordered = new java.util.ArrayList<>(ImportOptions.AUDIO_FEATURES);
        java.util.Collections.reverse(reordered);
        s.chooseFeatures(List.of("tempo"));
        s.chooseFeatures(reordered);
        assertEquals(List.of(), s.features(), "checking exactly the 8 defaults is the CLI's absent --features");
        s.applyRecipe(Recipe.SEED);
        assertEquals(Recipe.SEED.config(INPUT), s.config(INPUT));
    }

    @Test
    void theKRangeDefaultsToTwoToSixteenKeepsKInsideAndIsRemembered() {
        SettingsViewModel s = new SettingsViewModel();
        assertEquals(2, s.kRangeMinProperty().get());
        assertEquals(16, s.kRangeMaxProperty().get());
        s.setKRange(12, 10);
        assertEquals(10, s.kRangeMinProperty().get(), "the ends are put in order");
        assertEquals(12, s.kRangeMaxProperty().get());
        assertEquals(10, s.kProperty().get(), "k = 8 moved into the range");
        s.setKRange(0, 99);
        assertEquals(SettingsViewModel.K_MIN, s.kRangeMinProperty().get());
        assertEquals(SettingsViewModel.K_LIMIT, s.kRangeMaxProperty().get());
        s.setKRange(3, 20);
        s.kProperty().set(19);
        SettingsStore store = SettingsStore.inMemory();
        s.save(store);
        SettingsViewModel restored = new SettingsViewModel();
        restored.restore(store);
        assertEquals(3, restored.kRangeMinProperty().get());
        assertEquals(20, restored.kRangeMaxProperty().get());
        assertEquals(19, restored.kProperty().get(), "a k above the default range comes back with its range");
        AnalysisConfig trained = restored.config(INPUT);
        restored.setKRange(4, 6);
        assertEquals(java.util.List.of(), changedApartFromK(restored, trained), "the k range needs no training");
        restored.applyRecipe(Recipe.SEED);
        assertEquals(8, restored.kProperty().get(), "the recipe's k widens the range");
        assertEquals(4, restored.kRangeMinProperty().get());
        assertEquals(8, restored.kRangeMaxProperty().get());
    }

    @Test
    void everyChangeTicksTheRevision() {
        SettingsViewModel s = new SettingsViewModel();
        int before = s.revisionProperty().get();
        s.doubleProperty("eps").set(0.3);
        s.dropGenres().add("Rock");
        assertEquals(before + 2, s.revisionProperty().get());
    }

    /** A new user's latent slider went to 16 on the 8 audio features, and Train then failed (session 22). */
    @Test
    void theLatentSizeStopsWhereTheFeaturesInUseCanHoldIt() {
        SettingsViewModel s = new SettingsViewModel();
        s.objectProperty("representation").set(Representation.AUTOENCODER);
        assertEquals(7, s.latentMaxProperty().get(), "one less than the 8 audio features");
        s.latentProperty().set(7);
        s.objectProperty("representation").set(Representation.PCA);
        assertEquals(8, s.latentMaxProperty().get(), "PCA keeps up to all 8 components");
        s.chooseFeatures(List.of("energy", "tempo", "valence"));
        assertEquals(3, s.latentMaxProperty().get());
        assertEquals(3, s.latentProperty().get(), "brought down to what 3 features hold");
        assertEquals("", s.problemProperty().get());
        s.objectProperty("representation").set(Representation.AUTOENCODER);
        assertEquals(2, s.latentMaxProperty().get());
        assertEquals(2, s.latentProperty().get());
        List<String> many = new java.util.ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            many.add(String.format("mfcc.mean.%02d", i));
        }
        s.chooseFeatures(many);
        assertEquals(SettingsViewModel.LATENT_MAX, s.latentMaxProperty().get(), "the slider's own end");
        assertEquals(2, s.latentProperty().get(), "a wider range never moves the value");
        s.chooseFeatures(List.of("tempo"));
        assertEquals(SettingsViewModel.LATENT_MIN, s.latentMaxProperty().get(), "never below 1; Train says why");
    }
}
