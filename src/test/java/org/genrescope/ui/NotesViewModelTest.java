package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The notes banner's state: folded to one line by default, every note reachable unfolded (no toolkit). */
class NotesViewModelTest {
    private static final List<String> FOUR = List.of(
            "the autoencoder's loss was still falling at the last epoch; more --epochs may help",
            "K-Means found only 3 distinct clusters for k = 8",
            "Calinski-Harabasz in the clustered space: the within-cluster spread is rounding noise",
            "Calinski-Harabasz in the feature space: the within-cluster spread is rounding noise");

    @Test
    void fourNotesFoldToOneLineWithTheirCountAndEveryNoteOnIt() {
        NotesViewModel notes = new NotesViewModel();
        notes.show(FOUR);
        assertFalse(notes.expandedProperty().get(), "folded by default");
        assertEquals(4, notes.shownCountProperty().get());
        String line = notes.headlineProperty().get();
        assertTrue(line.startsWith("4 notes on this result: "), line);
        assertFalse(line.contains("\n"), "one line: " + line);
        String all = notes.notesProperty().get();
        assertEquals(5, all.lines().count(), "unfolded: a heading and one line per note: " + all);
        for (String w : FOUR) {
            String sentence = WindowWords.sentence(w);
            assertTrue(line.contains(sentence), "on the folded line: " + sentence);
            assertTrue(all.contains("\u2022 " + sentence), "on a line of its own unfolded: " + sentence);
        }
        // in the same order in both
        assertTrue(line.indexOf("K-Means found") < line.indexOf("feature space"), line);
    }

    @Test
    void oneNoteIsTheSameTextFoldedOrNot() {
        NotesViewModel notes = new NotesViewModel();
        notes.show(List.of("--drop-genres: the data has no genre named 'Polka'"));
        assertEquals(1, notes.shownCountProperty().get());
        assertEquals("Note on this result: Drop genres: the data has no genre named 'Polka'",
                notes.headlineProperty().get());
        assertEquals(notes.notesProperty().get(), notes.headlineProperty().get());
    }

    @Test
    void thePreviewMarkIsNeitherCountedNorShown() {
        NotesViewModel notes = new NotesViewModel();
        notes.show(List.of("preview: one restart", FOUR.get(1)));
        assertEquals(1, notes.shownCountProperty().get());
        assertEquals(1, notes.count());
        assertFalse(notes.headlineProperty().get().contains("preview"), notes.headlineProperty().get());
        notes.show(List.of("preview: one restart"));
        assertEquals(0, notes.shownCountProperty().get(), "only the mark: no banner");
        assertEquals("", notes.headlineProperty().get());
    }

    @Test
    void dismissedNotesStayHiddenUntilOthersOrANewTraining() {
        NotesViewModel notes = new NotesViewModel();
        notes.show(FOUR);
        notes.dismiss();
        assertEquals(0, notes.shownCountProperty().get());
        assertEquals("", notes.headlineProperty().get());
        assertEquals("", notes.notesProperty().get());
        notes.show(FOUR); // the same result again (a k step back)
        assertEquals("", notes.headlineProperty().get(), "the same notes: still dismissed");
        notes.show(FOUR.subList(0, 2));
        assertEquals(2, notes.shownCountProperty().get(), "other notes are shown");
        assertTrue(notes.headlineProperty().get().startsWith("2 notes on this result: "));
        notes.dismiss();
        notes.forgetDismissed();
        notes.show(FOUR.subList(0, 2));
        assertEquals(2, notes.shownCountProperty().get(), "a new training's notes are news");
        notes.clear();
        assertEquals(0, notes.shownCountProperty().get(), "no result: no notes");
        assertEquals("", notes.headlineProperty().get());
    }

    @Test
    void unfoldedStaysUnfoldedAcrossResultsUntilANewTraining() {
        NotesViewModel notes = new NotesViewModel();
        notes.show(FOUR);
        notes.expandedProperty().set(true);
        notes.show(FOUR.subList(1, 4)); // a k step: other notes, the user is reading them
        assertTrue(notes.expandedProperty().get());
        notes.forgetDismissed(); // a new training
        assertFalse(notes.expandedProperty().get(), "a new training's notes start folded");
    }
}
