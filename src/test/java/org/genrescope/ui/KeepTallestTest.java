package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;

/** Text whose lines come and go keeps its height, so that what is below it stays under the mouse (no toolkit). */
class KeepTallestTest {
    @Test
    void aRegionKeepsTheTallestHeightItHadAtItsWidth() {
        Pane box = new Pane();
        Controls.keepTallest(box);
        box.resize(200, 32); // two lines
        box.resize(200, 48); // three
        box.resize(200, 32); // two again: its parent now gives it its minimum
        assertEquals(48, box.getMinHeight());
        box.resize(260, 32); // the panel widened: measured again
        assertEquals(Region.USE_COMPUTED_SIZE, box.getMinHeight());
        box.resize(260, 40);
        assertEquals(40, box.getMinHeight());
    }
}
