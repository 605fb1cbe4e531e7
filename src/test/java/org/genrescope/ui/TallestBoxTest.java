package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;

/** Text whose lines come and go keeps its height, so that what is below it stays under the mouse (no toolkit). */
class TallestBoxTest {
    @Test
    void aBoxAsksForTheTallestHeightItsContentHadAtItsWidth() {
        Region text = new Region();
        TallestBox box = new TallestBox(0, text);
        box.resize(200, 10);
        text.setPrefHeight(32); // two lines
        assertEquals(32, box.prefHeight(200));
        text.setPrefHeight(48); // three
        assertEquals(48, box.prefHeight(200));
        text.setPrefHeight(32); // two again
        assertEquals(48, box.prefHeight(200), "kept");
        assertEquals(48, box.minHeight(200), "a parent short of room cannot squeeze it below");
        box.resize(260, 48); // the panel widened: measured again
        assertEquals(32, box.prefHeight(260));
    }
}
