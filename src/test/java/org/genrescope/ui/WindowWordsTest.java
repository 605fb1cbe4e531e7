package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.genrescope.data.DataLoadException;
import org.junit.jupiter.api.Test;

/** Notes and errors in the window name settings by their labels and methods as the choosers do (issue 10). */
class WindowWordsTest {
    @Test
    void anOptionThatOpensANoteBecomesTheSettingsLabel() {
        assertEquals("Drop genres: the data has no genre named 'Polka'",
                WindowWords.sentence("--drop-genres: the data has no genre named 'Polka'"));
    }

    @Test
    void anOptionInsideASentenceIsQuotedAndARecipeIsNamedAsItsButton() {
        assertEquals("Cleaning kept only 1 of 3 rows, too few to cluster; 'Missing values' mean or median keeps rows "
                        + "with missing values",
                WindowWords.sentence("cleaning kept only 1 of 3 rows, too few to cluster; --missing mean or median "
                        + "keeps rows with missing values"));
        assertEquals("Ask for them with the Plain recipe and 'Drop genres' or 'Club minor genres into major ones'",
                WindowWords.sentence("ask for them with --recipe plain and --drop-genres or --club-minor-genres"));
        assertEquals("Train again with another 'Seed'", WindowWords.sentence("train again with another --seed"));
        assertEquals("'Fill missing top genre from genres_all' unchecked keeps them",
                WindowWords.of("--no-roll-up-genres keeps them"));
    }

    @Test
    void aProjectionIsNamedAsTheChooserNamesIt() {
        assertEquals("UMAP left 13 points outside its largest connected component",
                WindowWords.sentence("umap left 13 points outside its largest connected component"));
        assertEquals("t-SNE left 2 points", WindowWords.sentence("tsne left 2 points"));
    }

    @Test
    void unknownOptionsPathsAndNamesStayAsWritten() {
        assertEquals("--out: is a file", WindowWords.sentence("--out: is a file"));
        assertEquals("data/x.csv: line 3", WindowWords.sentence("data/x.csv: line 3"));
        assertEquals("umapper is a genre", WindowWords.of("umapper is a genre"));
        assertEquals("", WindowWords.sentence(null));
    }

    @Test
    void theNotesBannerAndALoadErrorUseTheWindowsWords() {
        NotesViewModel notes = new NotesViewModel();
        notes.show(List.of("--drop-genres: the data has no genre named 'Polka'"));
        assertEquals("Note on this result: Drop genres: the data has no genre named 'Polka'",
                notes.notesProperty().get());
        UserError error = UserError.of("open x", new DataLoadException(Path.of("x.csv"), 0, null,
                "too few rows; --missing mean keeps them"));
        assertEquals("x.csv: too few rows; 'Missing values' mean keeps them.", error.sentence());
    }

    @Test
    void theNotesTitleNamesARestoredResultAsSuch() {
        assertEquals("A note on this training", WindowWords.notesTitle(1, false));
        assertEquals("3 notes on this training", WindowWords.notesTitle(3, false));
        assertEquals("A note on the restored result", WindowWords.notesTitle(1, true));
        assertEquals("2 notes on the restored result", WindowWords.notesTitle(2, true));
    }
}
