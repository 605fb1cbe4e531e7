package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

class SectionFoldsTest {
    private static final SettingsPane.Section OPEN = SettingsPane.SECTIONS.get(0);
    private static final SettingsPane.Section FOLDED = SettingsPane.SECTIONS.stream()
            .filter(s -> !s.expanded()).findFirst().orElseThrow();

    @Test
    void aSectionNeverTouchedStartsAsItsDefault() {
        SectionFolds folds = new SectionFolds(SettingsStore.inMemory());
        SimpleBooleanProperty open = new SimpleBooleanProperty(false);
        SimpleBooleanProperty folded = new SimpleBooleanProperty(true);
        folds.follow(OPEN, open);
        folds.follow(FOLDED, folded);
        assertTrue(open.get());
        assertFalse(folded.get());
    }

    @Test
    void whatTheUserOpenedOrFoldedStaysSoAfterARestart() {
        SettingsStore store = SettingsStore.inMemory();
        SimpleBooleanProperty open = new SimpleBooleanProperty();
        SimpleBooleanProperty folded = new SimpleBooleanProperty();
        new SectionFolds(store).follow(OPEN, open);
        new SectionFolds(store).follow(FOLDED, folded);
        open.set(false);
        folded.set(true);

        SimpleBooleanProperty openAfter = new SimpleBooleanProperty(true);
        SimpleBooleanProperty foldedAfter = new SimpleBooleanProperty(false);
        SectionFolds restarted = new SectionFolds(store);
        restarted.follow(OPEN, openAfter);
        restarted.follow(FOLDED, foldedAfter);
        assertFalse(openAfter.get(), OPEN.title() + " was folded");
        assertTrue(foldedAfter.get(), FOLDED.title() + " was opened");
    }

    @Test
    void everySectionHasAKeyOfItsOwn() {
        List<String> keys = SettingsPane.SECTIONS.stream()
                .map(s -> Preferences.sectionExpanded(s.title()).name()).toList();
        Set<String> distinct = keys.stream().collect(Collectors.toSet());
        assertEquals(keys.size(), distinct.size(), keys.toString());
        assertEquals("settings.section.data_cleaning_and_genres.expanded",
                Preferences.sectionExpanded("Data cleaning and genres").name());
    }
}
