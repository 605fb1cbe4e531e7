package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.Recipe;
import org.genrescope.analysis.Representation;
import org.junit.jupiter.api.Test;

class ResultTextsTest {
    @Test
    void aReclusteringNamesTheLatentSizeOfTheCodeItClusters() {
        // After a sweep cell's click (latent 3, k 4) the shown result is still the latent-5 code re-clustered.
        AnalysisConfig code = Recipe.SEED.config(Path.of("x.csv")).with("latent", 5).with("k", 4);
        assertEquals("k = 4 on the latent size 5 code", ResultTexts.reclustered(code));
        assertEquals("k = 4", ResultTexts.reclustered(code.with("representation", Representation.FEATURES)));
    }

    @Test
    void aTrainingServedWholeFromTheCacheIsNotCalledTrained() {
        assertEquals(true, ResultTexts.computedBefore(true, java.util.Set.of("load", "represent", "cluster")));
        assertEquals(false, ResultTexts.computedBefore(true, java.util.Set.of("load", "represent")),
                "re-clustered: the clustering was computed now");
        assertEquals(false, ResultTexts.computedBefore(false, java.util.Set.of("represent", "cluster")),
                "a slider's re-clustering is not a training");
    }

    @Test
    void aTrainingThatReusedTheCodeSaysSo() {
        WorkbenchViewModel vm = Fixtures.workbench(new CallingThreadRunner(), Fixtures.quickStore());
        vm.startUp(); // the sample, its PCA code computed
        org.genrescope.analysis.AnalysisResult first = vm.trainedProperty().get();
        assertEquals("", ResultTexts.reusedCode(first), "computed now");
        vm.settings().kProperty().set(first.config().k() + 1);
        vm.train();
        org.genrescope.analysis.AnalysisResult again = vm.trainedProperty().get();
        org.junit.jupiter.api.Assertions.assertTrue(again.reusedStages().contains("represent"),
                again.reusedStages().toString());
        String status = ResultTexts.status(again, true, false, 0);
        org.junit.jupiter.api.Assertions.assertTrue(status.matches("Trained: [0-9,]+ tracks in \\d+ clusters "
                + "\\(\\d+\\.\\d s; the PCA code of an earlier training reused\\)"), status);
    }

    /** The line above the plot says when the slider's k is still being computed, beside the k shown meanwhile. */
    @Test
    void theLineAboveThePlotSaysTheSlidersKIsBeingComputed() {
        WorkbenchViewModel vm = Fixtures.workbench(new CallingThreadRunner(), Fixtures.quickStore());
        vm.startUp();
        org.genrescope.analysis.AnalysisResult r = vm.resultProperty().get();
        int k = r.config().k();
        assertEquals("K-Means, k = " + k, ResultTexts.state(r, false, 15, 15, k));
        assertEquals("K-Means, k = " + k + " - COMPUTING k = " + (k + 3) + ": this is k = " + k
                + " until it is ready (k range: 3 of 15 ready)", ResultTexts.state(r, false, 3, 15, k + 3));
    }
}
