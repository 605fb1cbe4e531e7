package org.genrescope.ui;

import javafx.beans.property.BooleanProperty;

/**
 * Keeps the settings panel's sections folded or open as the user left them, across starts: a new user opened
 * "Autoencoder" to tune the epochs and found it folded again after every restart (session 17). A section never
 * touched starts as {@link SettingsPane.Section#expanded()} says.
 */
final class SectionFolds {
    private final SettingsStore store;

    SectionFolds(SettingsStore store) {
        this.store = store;
    }

    /**
     * Sets {@code expanded} to the remembered state of {@code section} (else its default) and remembers every later
     * change. Call on the UI thread.
     */
    void follow(SettingsPane.Section section, BooleanProperty expanded) {
        SettingsStore.Key<Boolean> key = Preferences.sectionExpanded(section.title());
        expanded.set(store.get(key).orElse(section.expanded()));
        expanded.addListener((o, was, now) -> store.put(key, now));
    }
}
