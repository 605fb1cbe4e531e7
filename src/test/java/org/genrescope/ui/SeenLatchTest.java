package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** A line's room kept once shown on this data, until new data (no toolkit). */
class SeenLatchTest {
    @Test
    void staysTrueOnceSeenUntilTheResetAndThenTakesTheResetsValue() {
        SimpleBooleanProperty source = new SimpleBooleanProperty(false);
        SimpleObjectProperty<String> data = new SimpleObjectProperty<>("first");
        ReadOnlyBooleanProperty seen = SeenLatch.of(source, data, source::get);
        assertFalse(seen.get(), "starts at the source's value");
        source.set(true);
        assertTrue(seen.get());
        source.set(false);
        assertTrue(seen.get(), "kept once seen");
        data.set("second");
        assertFalse(seen.get(), "new data: the source's value now");
        source.set(true);
        data.set("third");
        assertTrue(seen.get(), "new data while the source holds: still seen");

        ReadOnlyBooleanProperty startsSeen = SeenLatch.of(new SimpleBooleanProperty(true), data, () -> false);
        assertTrue(startsSeen.get(), "starts at the source's value");
        data.set("fourth");
        assertFalse(startsSeen.get(), "reset to the value given");
    }
}
