package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.Recipe;
import org.genrescope.analysis.Representation;
import org.junit.jupiter.api.Test;

/**
 * The window's title and status bar count the tracks and genres of the data the shown training cleaned and grouped,
 * and so does the bundled sample's note: a training with other grouping settings than the opening's changed the Data
 * tab (1,919 tracks) while they still said the opening's 2,000 tracks and 15 genres (new user, session 28).
 */
class DataTitleAfterTrainingTest {

    private static String expectedTitle(AnalysisResult r) {
        int genres = r.genreNames().size();
        return String.format(Locale.ROOT, "%s: %,d tracks, %d genre%s", DataSet.SAMPLE_NAME, r.rows(), genres,
                genres == 1 ? "" : "s");
    }

    @Test
    void aTrainingThatGroupsGenresDifferentlyRetitlesTheDataAndTheSamplesNote() {
        WorkbenchViewModel vm = Fixtures.workbench(new CallingThreadRunner(), Fixtures.quickStore());
        vm.settings().applyRecipe(Recipe.PLAIN);
        vm.settings().objectProperty("representation").set(Representation.PCA);
        vm.startUp();
        AnalysisResult plain = vm.trainedProperty().get();
        assertEquals(expectedTitle(plain), vm.dataTitleProperty().get());
        String plainNote = vm.noticeProperty().get();
        assertTrue(plainNote.contains(String.format(Locale.ROOT, "%,d kept after cleaning", plain.rows())), plainNote);

        vm.settings().applyRecipe(Recipe.SEED); // groups small genres into their nearest large one, drops two
        vm.settings().objectProperty("representation").set(Representation.PCA);
        vm.train();

        AnalysisResult seed = vm.trainedProperty().get();
        assertNotEquals(plain.genreNames().size(), seed.genreNames().size(), "the recipes group genres differently");
        assertEquals(seed.rows(), vm.dataProperty().get().rows());
        assertEquals(expectedTitle(seed), vm.dataTitleProperty().get());
        String seedNote = vm.noticeProperty().get();
        assertTrue(seedNote.contains(String.format(Locale.ROOT, "%,d kept after cleaning and genre grouping",
                seed.rows())), seedNote);
    }
}
