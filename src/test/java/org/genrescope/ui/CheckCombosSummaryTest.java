package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** A check-combo's title is its checked items when they fit a settings row, else their count; never a cut list. */
class CheckCombosSummaryTest {
    @Test
    void shortListsAreShownWholeLongOnesCounted() {
        assertEquals("none", CheckCombos.summary(List.of(), "features"));
        assertEquals("tempo, energy", CheckCombos.summary(List.of("tempo", "energy"), "features"));
        assertEquals("8 features", CheckCombos.summary(List.of("acousticness", "danceability", "energy",
                "instrumentalness", "liveness", "speechiness", "tempo", "valence"), "features"));
        String longest = "a".repeat(CheckCombos.SHORT_LIST);
        assertEquals(longest, CheckCombos.summary(List.of(longest), "genres"));
        assertEquals("1 genre", CheckCombos.summary(List.of(longest + "b"), "genres"));
    }

    /** The tooltip names every checked item after each check, and stays one tooltip (headless, Monocle). */
    @Test
    void theTooltipFollowsTheChecksInPlace() throws Exception {
        System.setProperty("headless.geometry", "1600x1000-32");
        FxToolkit.registerPrimaryStage();
        Object[] seen = new Object[5];
        ScreenCapture.onFx(() -> {
            CheckComboBox<String> box = CheckCombos.summarised(CheckCombos.of(
                    FXCollections.observableArrayList("tempo", "energy", "valence"), FXCollections.observableArrayList()),
                    "features", "The features clustered.");
            Tooltip first = box.getTooltip();
            seen[0] = first.getText();
            box.getCheckModel().check("tempo");
            box.getCheckModel().check("valence");
            seen[1] = first;
            seen[2] = box.getTooltip();
            seen[3] = box.getTooltip().getText();
            seen[4] = box.getTitle();
        });
        assertEquals("The features clustered.", seen[0]);
        assertSame(seen[1], seen[2]);
        assertEquals("The features clustered.\nChecked: tempo, valence.", seen[3]);
        assertEquals("tempo, valence", seen[4]);
    }
}
