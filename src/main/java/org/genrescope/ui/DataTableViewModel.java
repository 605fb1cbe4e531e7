package org.genrescope.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.data.CleaningReport;
import org.genrescope.data.TrackFrame;
import org.genrescope.features.GroupingReport;

/**
 * The Data tab: which rows (indexes into the open data) the table shows, after the search box and, while
 * {@link #onlySelectedProperty()} holds, the scatter's selection, in the order of the table's sort columns, the count
 * line and the cleaning report as text. Searching and sorting are the data layer's {@link TrackFrame} (Tablesaw),
 * built once per data set. Building, searching and sorting it take seconds at a million rows, so they run on the workbench's
 * {@link BackgroundRunner}: the table shows the newest request's rows when they are ready.
 */
public final class DataTableViewModel {
    private final WorkbenchViewModel workbench;
    private final RowList rows = new RowList();
    private final StringProperty search = new SimpleStringProperty("");
    private final StringProperty countText = new SimpleStringProperty("");
    private final StringProperty cleaningText = new SimpleStringProperty("");
    /**
     * Whether only the tracks selected in the plot are listed (while there are any). Listing every track keeps the
     * selection: clearing it is the Clusters tab's and the Data tab's "Clear selection", never a side effect.
     */
    private final BooleanProperty onlySelected = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper onlySelectedText = new ReadOnlyStringWrapper("");
    /** Whether a search, sort or new rows are being computed for the table (seconds at a million rows). */
    private final ReadOnlyBooleanWrapper updating = new ReadOnlyBooleanWrapper(false);
    private final LatestWork latest;
    private final BackgroundRunner runner;
    private List<TrackFrame.SortKey> order = List.of();
    // the frames are built and read on the runner's threads, one request at a time (frames() is synchronized)
    private DataSet baseData;
    private TrackFrame base;
    private AnalysisResult framedResult;
    private TrackFrame frame;

    /** The table of {@code workbench}'s data; its work runs on the workbench's runner. */
    public DataTableViewModel(WorkbenchViewModel workbench) {
        this(workbench, workbench.runner());
    }

    /** The table of {@code workbench}'s data, its work on {@code runner}. */
    DataTableViewModel(WorkbenchViewModel workbench, BackgroundRunner runner) {
        this.workbench = workbench;
        this.runner = runner;
        this.latest = new LatestWork(runner);
        workbench.dataProperty().addListener(x -> {
            order = List.of();
            // no rows of the older data meanwhile: the table's columns are the new data's at once, and an older row
            // number past the new data's end made every cell throw (a new user switched from a million to FMA's
            // 12,584 while the runner was busy, session 13)
            rows.clear0();
            countText.set("");
            refresh();
            cleaningText.set(workbench.dataProperty().get() == null ? "" : cleaningReport(workbench.dataProperty().get()));
        });
        workbench.resultProperty().addListener(x -> refresh());
        workbench.selectionProperty().addListener(x -> {
            int selected = workbench.selectionProperty().get().length;
            onlySelectedText.set(onlySelectedText(selected));
            if (selected > 0 && !onlySelected.get()) {
                onlySelected.set(true); // a new selection is listed as one ("Show in Data tab"); this refreshes
            } else {
                refresh();
            }
        });
        onlySelected.addListener(x -> {
            if (workbench.selectionProperty().get().length > 0) {
                refresh();
            }
        });
        onlySelectedText.set(onlySelectedText(workbench.selectionProperty().get().length));
        search.addListener(x -> refresh());
    }

    /**
     * Sorts the shown rows by these keys (the table's sort order, first key first); an empty list is data order.
     * Keys the data cannot sort by (the cluster before training) are ignored.
     */
    public void sortBy(List<TrackFrame.SortKey> keys) {
        if (order.equals(keys)) {
            return; // the table asks again when its rows are replaced: those rows are already in this order
        }
        order = List.copyOf(keys);
        refresh();
    }

    private void refresh() {
        DataSet data = workbench.dataProperty().get();
        if (data == null) {
            latest.drop();
            updating.set(false);
            rows.clear0();
            countText.set("");
            // the frames go on the runner too: a frame still being built holds their lock, and the UI must not wait
            runner.run(this::forgetFrames, x -> { }, x -> { });
            return;
        }
        AnalysisResult result = workbench.resultProperty().get();
        int[] selected = onlySelected.get() ? workbench.selectionProperty().get() : new int[0];
        String text = search.get();
        List<TrackFrame.SortKey> sortKeys = order;
        updating.set(true); // the newest request's end sets it back; an older one's never reaches here
        latest.run(() -> rowsOf(data, result, text, selected, sortKeys), kept -> {
            updating.set(false);
            rows.replace(kept); // the worker's list, not copied here
            String scope = selected.length > 0
                    ? String.format(Locale.ROOT, " of %,d selected in the plot", selected.length)
                    : String.format(Locale.ROOT, " of %,d", data.rows());
            countText.set(String.format(Locale.ROOT, "%,d tracks%s", kept.size(), scope));
        }, failure -> {
            updating.set(false);
            workbench.fail("show the tracks in the Data tab", failure);
        });
    }

    /** The "only the selected" choice's words for {@code selected} tracks selected in the plot. */
    static String onlySelectedText(int selected) {
        return selected == 0 ? "No tracks selected in the plot"
                : String.format(Locale.ROOT, "Only the %,d selected in the plot", selected);
    }

    /** The rows to show (off the UI thread): those matching {@code text} and the selection, sorted by the keys. */
    // one request at a time: the frame (Tablesaw) is not made to be searched and sorted by two threads at once
    private synchronized List<Integer> rowsOf(DataSet data, AnalysisResult result, String text, int[] selected,
                                              List<TrackFrame.SortKey> sortKeys) {
        TrackFrame f = frame(data, result);
        List<TrackFrame.SortKey> keys = sortKeys.stream().filter(k -> f.canSortBy(k.column())).toList();
        return RowList.of(f.rows(text, selected.length > 0 ? selected : null, keys));
    }

    private synchronized Void forgetFrames() {
        base = null;
        baseData = null;
        frame = null;
        framedResult = null;
        return null;
    }

    /**
     * The frame of the shown data, with the shown result's clusters when they belong to it. The Tablesaw table
     * is built once per data set; a new result (each k of the slider) only swaps its cluster column.
     */
    private synchronized TrackFrame frame(DataSet data, AnalysisResult r) {
        if (base == null || baseData != data) {
            base = TrackFrame.of(data.tracks());
            baseData = data;
            frame = null;
        }
        if (frame == null || framedResult != r) {
            frame = r != null && r.rows() == data.rows() ? base.withClusters(r.clustering().labels()) : base;
            framedResult = r;
        }
        return frame;
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
        if (c.dialect() != null) {
            s.append("Read as ").append(c.dialect()).append(".\n");
        }
        c.notes().forEach(n -> s.append("Note: ").append(n).append('\n'));
        c.warnings().forEach(w -> s.append("Warning: ").append(w).append('\n'));
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
        g.notes().forEach(n -> s.append("Note: ").append(n).append('\n'));
        return s.toString();
    }

    private static void appendCounts(StringBuilder s, String heading, Map<String, Long> counts) {
        if (counts.isEmpty()) {
            return;
        }
        s.append(heading).append(":\n");
        counts.forEach((name, n) -> s.append(String.format(Locale.ROOT, "  %-28s %,8d%n", name, n)));
    }

    /** The rows of {@link #rows()} as a plain list (not a copy, unmodifiable), to hand over to another list. */
    List<Integer> rowsNow() { return rows.current(); }

    /** The rows shown, as indexes into the data (unmodifiable; replaced whole when a request is done). */
    public ObservableList<Integer> rows() { return rows; }
    public StringProperty searchProperty() { return search; }
    public ReadOnlyStringProperty countTextProperty() { return countText; }
    /** Whether the table's rows are being searched, sorted or read for new data or a result (off the UI thread). */
    public ReadOnlyBooleanProperty updatingProperty() { return updating.getReadOnlyProperty(); }
    public ReadOnlyStringProperty cleaningTextProperty() { return cleaningText; }
    /** Whether only the plot's selected tracks are listed while some are (true again at each new selection). */
    public BooleanProperty onlySelectedProperty() { return onlySelected; }
    /** The "only the selected" choice's words, naming how many are selected ("Only the 1,234 selected in the plot"). */
    public ReadOnlyStringProperty onlySelectedTextProperty() { return onlySelectedText.getReadOnlyProperty(); }
}
