package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.Recipe;
import org.genrescope.analysis.Representation;
import org.genrescope.testing.UnbalancedLabels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's side of explicit genre steps (issue 9): the seed recipe's genre steps follow the data, the note says
 * which box applies them to other labels, and checking it does, through the settings model (ADR 0013).
 */
class GenreStepsOnAnyLabelsTest {
    private static final String ON_ANY_LABELS = "genre_steps_on_any_labels";

    @Test
    void theSettingsModelTurnsTheRecipesStepsIntoTheUsersWithOneBox() {
        SettingsViewModel settings = new SettingsViewModel();
        AnalysisConfig seed = settings.config(Path.of("x.csv"));
        assertTrue(seed.grouping().clubOnlyOnFmaData(), "the window starts from the seed recipe");
        assertTrue(seed.grouping().dropOnlyOnFmaData());
        assertTrue(settings.inUseProperty(ON_ANY_LABELS).get());

        settings.booleanProperty(ON_ANY_LABELS).set(true);
        AnalysisConfig users = settings.config(Path.of("x.csv"));
        assertFalse(users.grouping().clubOnlyOnFmaData());
        assertFalse(users.grouping().dropOnlyOnFmaData());
        assertEquals(java.util.List.of("group", "scale", "represent", "cluster", "project"),
                users.stagesChangedFrom(seed), "grouping and every stage after it");

        settings.applyRecipe(Recipe.PLAIN);
        assertFalse(settings.inUseProperty(ON_ANY_LABELS).get(), "only the seed recipe has steps of its own");
        assertEquals("true", AnalysisConfig.SCHEMA.toText(Recipe.SEED.config(Path.of("x.csv"))
                .with(ON_ANY_LABELS, true)).get(ON_ANY_LABELS), "remembered and sent as text like any setting");
    }

    @Test
    void checkingTheBoxAppliesTheSeedRecipesClubbingToOtherLabels(@TempDir Path dir) throws Exception {
        Path csv = UnbalancedLabels.write(dir.resolve("labels.csv"));
        WorkbenchViewModel vm = Fixtures.workbench(new CallingThreadRunner(), SettingsStore.inMemory());
        vm.settings().objectProperty("representation").set(Representation.FEATURES);
        vm.settings().intProperty("restarts").set(2);
        vm.opening().open(csv, mapping -> Optional.of(mapping.mapping()));
        assertNull(vm.errorProperty().get(), () -> vm.errorProperty().get().sentence());
        assertEquals("labels.csv: 64 tracks, 4 genres", vm.dataTitleProperty().get());
        assertEquals(Map.of(), vm.dataProperty().get().grouping().reassigned());
        // the data's grouping notes (the Data tab shows them once DataTableViewModel does: WorkbenchCasesTest's
        // disabled test)
        String notes = String.join("\n", vm.dataProperty().get().grouping().notes());
        assertTrue(notes.contains("check 'Apply the genre steps to any labels'"), notes);

        vm.settings().booleanProperty(ON_ANY_LABELS).set(true);
        assertTrue(vm.outOfDateProperty().get(), "grouping changed: Train applies it");
        vm.train();
        assertNull(vm.errorProperty().get(), () -> vm.errorProperty().get().sentence());
        assertEquals(Map.of("gamma", "alpha", "delta", "beta"), vm.dataProperty().get().grouping().reassigned());
        assertEquals(java.util.List.of("alpha", "beta"), vm.dataProperty().get().genreNames());
        assertFalse(String.join("\n", vm.dataProperty().get().grouping().notes()).contains("were not applied"));
    }
}
