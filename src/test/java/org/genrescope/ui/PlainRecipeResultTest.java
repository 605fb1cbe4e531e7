package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.Recipe;
import org.genrescope.model.embedding.Activation;
import org.junit.jupiter.api.Test;

/**
 * The Plain recipe button gives a result on the bundled sample: a new user's first two clicks (Seed recipe, Plain
 * recipe) both gave a collapsed autoencoder, "not a result", when Plain kept the defaults' ReLU code and output
 * (session 28). The Seed recipe keeps the study's network, whose collapse at seed 1986 is the study's own finding.
 */
class PlainRecipeResultTest {

    private static AnalysisResult trainedWith(Recipe recipe, Activation code, Activation output) {
        WorkbenchViewModel vm = Fixtures.workbench(new CallingThreadRunner(), SettingsStore.inMemory());
        vm.settings().applyRecipe(recipe);
        if (code != null) {
            vm.settings().objectProperty("autoencoder.activation").set(code);
            vm.settings().objectProperty("autoencoder.output_activation").set(output);
        }
        vm.startUp();
        AnalysisResult r = vm.trainedProperty().get();
        assertEquals(recipe, r.config().recipe());
        return r;
    }

    @Test
    void thePlainRecipeTrainsAnAutoencoderThatDoesNotCollapseOnTheSample() {
        AnalysisResult plain = trainedWith(Recipe.PLAIN, null, null);
        assertEquals(Activation.TANH, plain.config().autoencoder().activation());
        assertFalse(plain.autoencoder().collapsed(), plain.autoencoder().toString());
    }

    /** The premise: the plain recipe with the defaults' ReLU code and output collapses there at seed 1986. */
    @Test
    void withTheDefaultsReluNetworkThePlainRecipeCollapsesOnTheSample() {
        AnalysisResult relu = trainedWith(Recipe.PLAIN, Activation.RELU, Activation.RELU);
        assertTrue(relu.autoencoder().collapsed(), relu.autoencoder().toString());
    }
}
