package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.Recipe;
import org.genrescope.model.embedding.Activation;
import org.junit.jupiter.api.Test;

/**
 * What the window says about how the autoencoder's training went, with the window's own settings (the seed recipe,
 * tanh code, identity output): a real collapse (the study's ReLU network, seed 1986) is flagged with advice that
 * fits its settings, and the k slider still answers; an under-trained net (the sample with seed 1987, the small
 * cases) is not flagged but gets the still-falling note.
 */
class CollapsedRunViewModelTest {

    /** The study's ReLU network on the bundled sample, seed 1986: code unit z0 and three outputs die (0.061 vs 0.029). */
    @Test
    void aCollapsedRunIsFlaggedWithAdviceForItsSettingsAndTheKSliderStillReclusters() {
        QueuedRunner runner = new QueuedRunner();
        WorkbenchViewModel vm = Fixtures.workbench(runner, SettingsStore.inMemory());
        vm.settings().applyRecipe(Recipe.SEED);
        vm.settings().intProperty("restarts").set(10); // the collapse is the autoencoder's; fewer restarts keep it quick
        vm.startUp();
        runner.runOldest(); // load
        runner.runOldest(); // train
        AnalysisResult r = vm.trainedProperty().get();
        assertNotNull(r, vm.statusProperty().get());
        assertEquals(1986, r.config().seed());
        assertEquals(Activation.RELU, r.config().autoencoder().activation());
        assertTrue(r.autoencoder().collapsed(), () -> r.autoencoder().toString());
        assertEquals(0, r.autoencoder().deadUnits().code()[0], () -> r.autoencoder().toString());
        assertTrue(vm.collapsedProperty().get());
        String banner = vm.collapseProperty().get();
        assertTrue(banner.startsWith("units died (code unit z0; outputs acousticness, instrumentalness, liveness"),
                banner);
        assertTrue(banner.endsWith("Train again with another 'Seed', or choose 'Activation' tanh and 'Output' "
                + "identity. It is not kept for the next start, which trains again."), banner);
        assertTrue(vm.notes().notesProperty().get().contains("collapsed"), vm.notes().notesProperty().get());
        assertTrue(vm.statusProperty().get().contains("Collapsed autoencoder, not a result."), vm.statusProperty().get());
        assertEquals(1, runner.pending(), "a collapsed code is swept too, so that the slider answers");

        vm.settings().kProperty().set(5);
        runner.runNewest(); // the preview
        runner.runNewest(); // its renumbering to the shown result's numbers (NumberedResult)
        assertEquals(5, vm.resultProperty().get().config().k(), "the slider's k is re-clustered");
        runner.runAll(); // the sweep
        AnalysisResult five = vm.resultProperty().get();
        assertEquals(5, five.config().k());
        assertFalse(vm.previewProperty().get());
        assertEquals(5, five.clustering().clusterCount());
        assertTrue(vm.collapsedProperty().get(), "every k of a collapsed code stays flagged");
        assertTrue(vm.statusProperty().get().startsWith("Collapsed autoencoder, not a result. k = 5 on the latent size 5 code: 1,919 tracks in 5 "
                + "clusters"), vm.statusProperty().get());
        assertSame(r, vm.trainedProperty().get());
    }

    /** The window's defaults on the bundled sample with seed 1987: every unit alive, the loss still falling. */
    @Test
    void theSampleWithSeed1987IsUnderTrainedNotCollapsed() {
        WorkbenchViewModel vm = Fixtures.workbench(new CallingThreadRunner(), SettingsStore.inMemory());
        vm.settings().intProperty("restarts").set(10);
        vm.settings().longProperty("seed").set(1987);
        vm.startUp();
        AnalysisResult r = vm.trainedProperty().get();
        assertNotNull(r, vm.statusProperty().get());
        assertEquals(Activation.TANH, r.config().autoencoder().activation());
        assertEquals(1987, r.config().seed());
        assertTrue(r.autoencoder().reconstructsPoorly(), () -> r.autoencoder().toString());
        assertFalse(r.autoencoder().collapsed(), () -> r.autoencoder().toString());
        assertFalse(vm.collapsedProperty().get());
        assertEquals("", vm.collapseProperty().get());
        String notes = vm.notes().notesProperty().get();
        assertTrue(notes.contains("loss was still falling at the last epoch") && notes.contains("'Epochs' (now 100)"),
                notes);
        assertFalse(notes.contains("Activation"), "tanh and identity are in use: not advised again");
    }

    @Test
    void theSmallCasesAreUnderTrainedNotCollapsed() {
        for (String name : new String[] {"umap-duplicate-points", "k-above-distinct-points"}) {
            WorkbenchViewModel vm = Fixtures.workbench(new CallingThreadRunner(), SettingsStore.inMemory());
            vm.settings().intProperty("restarts").set(10);
            vm.settings().kProperty().set(4);
            vm.opening().open(Path.of("src/test/resources/cases", name, "tracks.csv"),
                    mapping -> Optional.of(mapping.mapping()));
            assertNull(vm.errorProperty().get(), name);
            AnalysisResult r = vm.trainedProperty().get();
            assertNotNull(r, vm.statusProperty().get());
            assertFalse(r.autoencoder().collapsed(), () -> name + ": " + r.autoencoder());
            assertTrue(r.autoencoder().deadUnits().none(), name);
            assertFalse(vm.collapsedProperty().get(), name);
            assertTrue(vm.notes().notesProperty().get().contains("under-trained, not collapsed"),
                    vm.notes().notesProperty().get());
            if (name.equals("umap-duplicate-points")) {
                assertEquals(1.0, r.vsGenre().adjustedRand(), 1e-12, "four groups, four clusters");
            }
        }
    }
}
