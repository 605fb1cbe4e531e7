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

    /**
     * The Data tab's page bar keeps its room while the selection lists fewer rows than a page of data that fills pages:
     * a restored selection listed alone, then unticked, put the bar above the tick box, which jumped 27 px under the
     * pointer (new user, session 17).
     */
    @Test
    void thePageBarKeepsItsRoomWhenTheDataFillsPagesThoughFewerAreListed() {
        SimpleBooleanProperty paged = new SimpleBooleanProperty(false); // the listed rows fit in a page
        SimpleObjectProperty<Integer> dataRows = new SimpleObjectProperty<>(959_241);
        javafx.beans.binding.BooleanExpression room = DataTab.pageBarRoom(paged, dataRows, Integer::intValue,
                100_000);
        assertTrue(room.get(), "the data fills pages: room kept though its selection does not");
        dataRows.set(12_584);
        assertFalse(room.get(), "data of one page, never paged: no room");
        paged.set(true);
        paged.set(false);
        assertTrue(room.get(), "paged once on this data: kept");
        dataRows.set(500);
        assertFalse(room.get(), "new data: forgotten");
    }
}
