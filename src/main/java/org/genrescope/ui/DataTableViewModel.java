package org.genrescope.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.data.CleaningReport;
import org.genrescope.features.GroupingReport;

/**
 * The Data tab: which rows (indexes into the open data) the table shows, after the search box and the
 * scatter's box selection, the count line and the cleaning report as text.
 */
public final class DataTableViewModel {
    private final WorkbenchViewModel workbench;
    private final ObservableList<Integer> rows = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final StringProperty countText = new SimpleStringProperty("");
    private final StringProperty cleaningText = new SimpleStringProperty("");

    public DataTableViewModel(WorkbenchViewModel workbench) {
        this.workbench = workbench;
        workbench.dataProperty().addListener(x -> {
            refresh();
            cleaningText.set(workbench.dataProperty().get() == null ? "" : cleaningReport(workbench.dataProperty().get()));
        });
        workbench.selectionProperty().addListener(x -> refresh());
        search.addListener(x -> refresh());
    }

    private void refresh() {
        DataSet data = workbench.dataProperty().get();
        if (data == null) {
            rows.clear();
            countText.set("");
            return;
        }
        int[] selected = workbench.selectionProperty().get();
        String needle = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
        List<Integer> kept = new ArrayList<>();
        if (selected.length > 0) {
            for (int i : selected) {
                if (i < data.rows() && matches(data, i, needle)) {
                    kept.add(i);
                }
            }
        } else {
            for (int i = 0; i < data.rows(); i++) {
                if (matches(data, i, needle)) {
                    kept.add(i);
                }
            }
        }
        rows.setAll(kept);
        String scope = selected.length > 0 ? String.format(Locale.ROOT, " of %,d selected in the plot", selected.length)
                : String.format(Locale.ROOT, " of %,d", data.rows());
        countText.set(String.format(Locale.ROOT, "%,d tracks%s", kept.size(), scope));
    }

    private static boolean matches(DataSet data, int i, String needle) {
        if (needle.isEmpty()) {
            return true;
        }
        return contains(data.tracks().titles()[i], needle) || contains(data.tracks().artists()[i], needle)
                || contains(data.tracks().genres()[i], needle) || contains(data.tracks().albums()[i], needle)
                || Long.toString(data.tracks().trackIds()[i]).equals(needle);
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }

    /** The cluster of row {@code i} in the shown result, or null before training. */
    public Integer clusterOf(int i) {
        AnalysisResult r = workbench.resultProperty().get();
        if (r == null || i >= r.rows()) {
            return null;
        }
        return r.clustering().label(i);
    }

    /** What cleaning and grouping did, as readable lines. */
    static String cleaningReport(DataSet data) {
        CleaningReport c = data.cleaning();
        GroupingReport g = data.grouping();
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Read %,d rows, kept %,d after cleaning, %,d after genre grouping.%n",
                c.rowsRead(), c.rowsKept(), data.rows()));
        appendCounts(s, "Dropped while cleaning", c.droppedByReason());
        appendCounts(s, "Values imputed", c.imputedByFeature());
        if (c.genreTopImputed() > 0) {
            s.append(String.format(Locale.ROOT, "Top genre filled from genres_all (roll-up): %,d tracks%n", c.genreTopImputed()));
        }
        appendCounts(s, "Genres dropped (with their tracks)", g.droppedGenres());
        if (!g.reassigned().isEmpty()) {
            s.append(String.format(Locale.ROOT, "Minor genres (at most the median count, %.1f) clubbed into the nearest major genre:%n",
                    g.medianCount()));
            g.reassigned().forEach((minor, major) -> s.append("  ").append(minor).append(" -> ").append(major).append('\n'));
        }
        if (g.droppedUnlabelled() > 0) {
            s.append(String.format(Locale.ROOT, "Dropped without a genre: %,d tracks%n", g.droppedUnlabelled()));
        }
        if (!g.unknownDropGenres().isEmpty()) {
            s.append("Asked to drop genres the data does not have: ").append(String.join(", ", g.unknownDropGenres())).append('\n');
        }
        appendCounts(s, "Tracks per genre after grouping", g.countsAfter());
        return s.toString();
    }

    private static void appendCounts(StringBuilder s, String heading, Map<String, Long> counts) {
        if (counts.isEmpty()) {
            return;
        }
        s.append(heading).append(":\n");
        counts.forEach((name, n) -> s.append(String.format(Locale.ROOT, "  %-28s %,8d%n", name, n)));
    }

    public ObservableList<Integer> rows() { return rows; }
    public StringProperty searchProperty() { return search; }
    public ReadOnlyStringProperty countTextProperty() { return countText; }
    public ReadOnlyStringProperty cleaningTextProperty() { return cleaningText; }
}
