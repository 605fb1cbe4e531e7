package org.genrescope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.genrescope.settings.InvalidSettingException;
import org.junit.jupiter.api.Test;

class AnalysisConfigTest {
    private static final AnalysisConfig SEED = Recipe.SEED.config(Path.of("data"));

    @Test
    void theRecipesKeepTheirValues() {
        assertEquals(List.of("Experimental", "Old-Time / Historic"), SEED.dropGenres());
        assertEquals(true, SEED.clubMinorGenres());
        assertEquals(org.genrescope.features.Scaling.SEED, SEED.scaling());
        assertEquals(100, SEED.restarts());
        assertEquals(Representation.AUTOENCODER, SEED.representation());
        assertEquals(8, SEED.k());
        assertEquals(1986, SEED.seed());
        assertEquals(org.genrescope.model.embedding.AutoencoderConfig.seedRecipe(1986), SEED.autoencoderConfig());
        AnalysisConfig plain = Recipe.PLAIN.config(Path.of("data"));
        assertEquals(List.of(), plain.dropGenres());
        assertEquals(org.genrescope.features.Scaling.STANDARD, plain.scaling());
        assertEquals(10, plain.restarts());
    }

    @Test
    void theSameFeaturesInAnotherOrderAreTheSameConfig() {
        assertEquals(SEED.with("features", List.of("energy", "tempo")), SEED.with("features", List.of("tempo", "energy", "tempo")));
        assertEquals(List.of("energy", "tempo"), SEED.with("features", List.of("tempo", "energy")).features());
    }

    @Test
    void onlyTheStagesThatUseAChangedSettingAreRecomputed() {
        assertEquals(List.of(), SEED.stagesChangedFrom(SEED));
        assertEquals(List.of("project"), SEED.with("projection", ProjectionMethod.UMAP).stagesChangedFrom(SEED),
                "a projection change keeps the training and the clustering");
        assertEquals(List.of("cluster"), SEED.with("k", 5).stagesChangedFrom(SEED));
        assertEquals(List.of(), SEED.with("perplexity", 50.0).stagesChangedFrom(SEED), "t-SNE is not in use");
        assertEquals(List.of("represent", "cluster", "project"), SEED.with("autoencoder.epochs", 7).stagesChangedFrom(SEED));
        assertEquals(List.of("represent", "cluster", "project"), SEED.with("seed", 7L).stagesChangedFrom(SEED));
        AnalysisConfig pca = SEED.with("representation", Representation.PCA);
        assertEquals(List.of("cluster"), pca.with("seed", 7L).stagesChangedFrom(pca), "PCA and its projection use no seed");
        assertEquals(List.of("group", "scale", "represent", "cluster", "project"),
                SEED.with("club_minor_genres", false).stagesChangedFrom(SEED));
    }

    @Test
    void aBadValueNamesItsOption() {
        assertEquals("--k: must be at least 2, got 1.",
                assertThrows(InvalidSettingException.class, () -> SEED.with("k", 1)).getMessage());
        assertEquals("--eps: must be a positive number, got 0.0.",
                assertThrows(InvalidSettingException.class, () -> SEED.with("eps", 0.0)).getMessage());
        assertEquals("--perplexity: must be a number of at least 2, got 1.5.",
                assertThrows(InvalidSettingException.class, () -> SEED.with("perplexity", 1.5)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> SEED.with("no_such_setting", 1));
    }
}
