package org.genrescope.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The notes banner: the shown result's warnings in the window's words ({@link WindowWords}), without the preview
 * mark its title shows, until dismissed.
 */
public final class NotesViewModel {
    /** How {@link org.genrescope.analysis.Reclustering}'s preview warning starts; the result's title says it instead. */
    private static final String PREVIEW_MARK = "preview:";

    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper("");
    private List<String> dismissed = List.of();

    /** Shows {@code shown}'s warnings (a result's, as the pipeline wrote them). */
    public void show(List<String> shown) {
        warnings.setAll(shown);
        update();
    }

    /** Forgets what was dismissed: a new training's notes are news, even if worded as before. */
    public void forgetDismissed() {
        dismissed = List.of();
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
    }

    /** How many notes the shown result has (the preview mark not counted). */
    public int count() {
        return lines().size();
    }

    private void update() {
        List<String> lasting = lines();
        if (lasting.isEmpty() || lasting.equals(dismissed)) {
            notes.set("");
            return;
        }
        StringBuilder text = new StringBuilder(lasting.size() == 1 ? "Note on this result: " : "Notes on this result:");
        for (String w : lasting) {
            text.append(lasting.size() == 1 ? "" : "\n\u2022 ").append(WindowWords.sentence(w));
        }
        notes.set(text.toString());
    }

    private List<String> lines() {
        return warnings.stream().filter(w -> !w.startsWith(PREVIEW_MARK)).toList();
    }

    /** The shown result's warnings, as the pipeline wrote them (the preview's included); read-only. */
    public ObservableList<String> warnings() { return FXCollections.unmodifiableObservableList(warnings); }

    /** The warnings as one text for the banner (one per line), without the preview mark; empty for none or dismissed. */
    public ReadOnlyStringProperty notesProperty() { return notes.getReadOnlyProperty(); }
}
