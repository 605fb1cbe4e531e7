package org.genrescope.ui;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The notes banner: the shown result's warnings in the window's words ({@link WindowWords}), without the preview
 * mark its title shows, until dismissed. Folded by default to one line ({@link #headlineProperty}: the count and the
 * notes run together, the view cuts the line at its width), unfolded on request to every note on a line of its own
 * ({@link #notesProperty}): at 1024 x 700 four notes unfolded took 190 px, the Data table kept 8 rows and the scatter
 * about 100 px (a new user's report, session 11).
 */
public final class NotesViewModel {
    /** How {@link org.genrescope.analysis.Reclustering}'s preview warning starts; the result's title says it instead. */
    private static final String PREVIEW_MARK = "preview:";

    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper shownCount = new ReadOnlyIntegerWrapper(0);
    private final BooleanProperty expanded = new SimpleBooleanProperty(false);
    private List<String> dismissed = List.of();

    /** Shows {@code shown}'s warnings (a result's, as the pipeline wrote them). */
    public void show(List<String> shown) {
        warnings.setAll(shown);
        update();
    }

    /**
     * Forgets what was dismissed, and folds the banner to its one line again: a new training's notes are news, even
     * if worded as before, and the user unfolded the last ones to read those.
     */
    public void forgetDismissed() {
        dismissed = List.of();
        expanded.set(false);
    }

    /** No result: no notes. */
    public void clear() {
        dismissed = List.of();
        show(List.of());
    }

    /** Hides the notes until the shown result has different ones. */
    public void dismiss() {
        dismissed = lines();
        notes.set("");
        headline.set("");
        shownCount.set(0);
    }

    /** How many notes the shown result has (the preview mark not counted). */
    public int count() {
        return lines().size();
    }

    private void update() {
        List<String> lasting = lines();
        if (lasting.isEmpty() || lasting.equals(dismissed)) {
            notes.set("");
            headline.set("");
            shownCount.set(0);
            return;
        }
        StringBuilder text = new StringBuilder(lasting.size() == 1 ? "Note on this result: " : "Notes on this result:");
        StringBuilder line = new StringBuilder(lasting.size() == 1 ? "Note on this result: "
                : lasting.size() + " notes on this result: ");
        for (int i = 0; i < lasting.size(); i++) {
            String sentence = WindowWords.sentence(lasting.get(i));
            text.append(lasting.size() == 1 ? "" : "\n\u2022 ").append(sentence);
            line.append(i == 0 ? "" : "  \u2022 ").append(sentence.replaceAll("\\s+", " "));
        }
        notes.set(text.toString());
        headline.set(line.toString());
        shownCount.set(lasting.size());
    }

    private List<String> lines() {
        return warnings.stream().filter(w -> !w.startsWith(PREVIEW_MARK)).toList();
    }

    /** The shown result's warnings, as the pipeline wrote them (the preview's included); read-only. */
    public ObservableList<String> warnings() { return FXCollections.unmodifiableObservableList(warnings); }

    /** The warnings as one text for the banner (one per line), without the preview mark; empty for none or dismissed. */
    public ReadOnlyStringProperty notesProperty() { return notes.getReadOnlyProperty(); }

    /**
     * The folded banner's one line: "Note on this result: ..." for one note, "4 notes on this result: ... \u2022 ..."
     * for more, every note's text on the one line (no line breaks), in the order of {@link #notesProperty}; empty
     * exactly when {@link #notesProperty} is.
     */
    public ReadOnlyStringProperty headlineProperty() { return headline.getReadOnlyProperty(); }

    /** How many notes the banner shows: 0 when none or dismissed. */
    public ReadOnlyIntegerProperty shownCountProperty() { return shownCount.getReadOnlyProperty(); }

    /** Whether the banner shows every note on a line of its own (else its one line); false until the user asks. */
    public BooleanProperty expandedProperty() { return expanded; }
}
