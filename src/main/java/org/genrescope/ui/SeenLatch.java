package org.genrescope.ui;

import java.util.function.BooleanSupplier;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Whether something has been true since the data last changed: it turns true with {@code source} and stays true when
 * {@code source} turns false again, until {@code reset} (new data) sets it to {@code atReset}. The Data tab keeps a
 * line's room with it once the line was shown on this data: taken away, the table jumped up under the user's mouse or
 * typing (new user, sessions 14 and 15). Call on the UI thread.
 */
final class SeenLatch {
    private SeenLatch() { }

    /**
     * A latch on {@code source}, reset to {@code atReset} whenever {@code reset} is invalidated; it starts at
     * {@code source}'s value.
     */
    static ReadOnlyBooleanProperty of(ObservableBooleanValue source, Observable reset, BooleanSupplier atReset) {
        ReadOnlyBooleanWrapper seen = new ReadOnlyBooleanWrapper(source.get());
        source.addListener((o, was, now) -> seen.set(seen.get() || now));
        reset.addListener(x -> seen.set(atReset.getAsBoolean()));
        return seen.getReadOnlyProperty();
    }
}
