package org.genrescope.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
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
import org.genrescope.data.TrackTable;
import org.genrescope.features.GroupingReport;

/**
 * The Data tab: which rows (indexes into the open data) the table shows, after the search box and, while
 * {@link #onlySelectedProperty()} holds, the scatter's selection, in the order of the table's sort columns, the count
 * line and the cleaning report as text. Searching and sorting are the data layer's {@link TrackFrame} (Tablesaw),
 * built once per data set. Building, searching and sorting it take seconds at a million rows, so they run on the workbench's
 * {@link BackgroundRunner}: the table shows the newest request's rows when they are ready.
 */
public final class DataTableViewModel {
    private static final int[] NO_ROWS = new int[0];
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
    /** What is being computed, in words ("Sorting by title..."); empty when the rows shown are the newest asked. */
    private final ReadOnlyStringWrapper pendingText = new ReadOnlyStringWrapper("");
    /** In which columns the shown rows matched the search (empty without a search). */
    private final ReadOnlyStringWrapper matchText = new ReadOnlyStringWrapper("");
    /** The search the shown rows answer, for the cells to mark the ones that made their row match. */
    private final ReadOnlyObjectWrapper<SearchMatch> shownMatch = new ReadOnlyObjectWrapper<>(SearchMatch.NONE);
    private final LatestWork latest;
    private final BackgroundRunner runner;
    private final Query query;
    /**
     * The newest request's number, read by the requests on the runner: one that finds a newer request asked by the
     * time it gets the frame does not search or sort (a sort of a million rows is seconds, and a newer one would
     * wait behind it for the frame). Written on the UI thread only.
     */
    private volatile long newest;
    private List<TrackFrame.SortKey> order = List.of();
    /** The request whose rows are shown; null before the first, and while new data's are being listed. */
    private Request shown;
    /**
     * The counts per column, after the rows: a pass over the rows a search lists, 107-248 ms of a runner's CPU for a
     * search that lists most of a million rows, so the rows do not wait for it (docs/benchmarks.md, "The Data tab's
     * search marks (session 15)").
     */
    private final LatestWork counting;
    /** The request whose counts {@link #matchText} shows: a new sort of the same rows needs no new pass. */
    private Request counted;
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
        this(workbench, runner, TrackFrame::rows);
    }

    /** The same, with the frame's rows read through {@code query} (a test's slow or counting one). */
    DataTableViewModel(WorkbenchViewModel workbench, BackgroundRunner runner, Query query) {
        this.workbench = workbench;
        this.runner = runner;
        this.query = query;
        this.latest = new LatestWork(runner);
        this.counting = new LatestWork(runner);
        workbench.dataProperty().addListener(x -> {
            order = List.of();
            // no rows of the older data meanwhile: the table's columns are the new data's at once, and an older row
            // number past the new data's end made every cell throw (a new user switched from a million to FMA's
            // 12,584 while the runner was busy, session 13)
            rows.clear0();
            countText.set("");
            matchText.set("");
            counted = null;
            shownMatch.set(SearchMatch.NONE);
            shown = null;
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
                if (selected == 0) {
                    // unticked while nothing is selected: the disabled box showed ticked beside "No tracks selected
                    // in the plot" on one data set and unticked on another (new user, session 16)
                    onlySelected.set(false);
                }
                refresh();
            }
        });
        onlySelected.addListener(x -> {
            if (workbench.selectionProperty().get().length > 0) {
                refresh();
            }
        });
        onlySelectedText.set(onlySelectedText(workbench.selectionProperty().get().length));
        onlySelected.set(workbench.selectionProperty().get().length > 0);
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
        newest++;
        if (data == null) {
            latest.drop();
            counting.drop();
            counted = null;
            updating.set(false);
            pendingText.set("");
            rows.clear0();
            countText.set("");
            matchText.set("");
            shownMatch.set(SearchMatch.NONE);
            shown = null;
            // the frames go on the runner too: a frame still being built holds their lock, and the UI must not wait
            runner.run(this::forgetFrames, x -> { }, x -> { });
            return;
        }
        AnalysisResult result = workbench.resultProperty().get();
        int[] selected = onlySelected.get() ? workbench.selectionProperty().get() : NO_ROWS;
        String text = search.get();
        List<TrackFrame.SortKey> sortKeys = order;
        Request request = new Request(data, result, SearchMatch.of(text, data.tracks().idTexts() != null), selected,
                sortKeys);
        long mine = newest;
        updating.set(true); // the newest request's end sets it back; an older one's never reaches here
        pendingText.set(pendingText(shown, request));
        latest.run(() -> rowsOf(mine, data, result, text, selected, sortKeys), listed -> {
            if (listed == null) {
                return; // not reached: a request that found a newer one is no longer LatestWork's newest either
            }
            updating.set(false);
            pendingText.set("");
            shown = request;
            // the cells' marks first: the rows' replacement then updates the cells against it
            shownMatch.set(request.match());
            List<Integer> kept = listed.rows();
            rows.replace(kept); // the worker's list, not copied here
            String scope = selected.length > 0
                    ? String.format(Locale.ROOT, " of %,d selected in the plot", selected.length)
                    : String.format(Locale.ROOT, " of %,d", data.rows());
            countText.set(String.format(Locale.ROOT, "%,d %s%s", kept.size(), kept.size() == 1 ? "track" : "tracks",
                    scope));
            count(request, listed.found(), text);
        }, failure -> {
            updating.set(false);
            pendingText.set("");
            workbench.fail("show the tracks in the Data tab", failure);
        });
    }

    /** What a table request asks for: the data, the result whose clusters it sorts by, the search, selection, order. */
    record Request(DataSet data, AnalysisResult result, SearchMatch match, int[] selected,
                   List<TrackFrame.SortKey> keys) { }

    /**
     * What {@code wanted} changes on the rows of {@code shown} (null: none shown yet), in words for while it is being
     * computed: "Sorting by title...", "Searching for "rock"...", both, or "Updating the rows..." for a new result
     * or selection.
     */
    static String pendingText(Request shown, Request wanted) {
        if (shown == null || shown.data() != wanted.data()) {
            return "Listing the tracks...";
        }
        boolean sorting = !shown.keys().equals(wanted.keys());
        boolean searching = !shown.match().needle().equals(wanted.match().needle());
        String sort = wanted.keys().isEmpty() ? "Putting the rows in the data's order" : "Sorting by "
                + sortWords(wanted.keys());
        String find = wanted.match().any() ? "searching for \"" + wanted.match().needle() + "\""
                : "listing every track";
        if (sorting && searching) {
            return sort + " and " + find + "...";
        }
        if (sorting) {
            return sort + "...";
        }
        if (searching) {
            return Character.toUpperCase(find.charAt(0)) + find.substring(1) + "...";
        }
        return "Updating the rows...";
    }

    /** Sort keys in words: "genre, then title (descending)", each column by its name in the table. */
    static String sortWords(List<TrackFrame.SortKey> keys) {
        StringBuilder s = new StringBuilder();
        for (TrackFrame.SortKey k : keys) {
            s.append(s.length() == 0 ? "" : ", then ").append(DataSet.shortName(k.column()))
                    .append(k.ascending() ? "" : " (descending)");
        }
        return s.toString();
    }

    /** The "only the selected" choice's words for {@code selected} tracks selected in the plot. */
    static String onlySelectedText(int selected) {
        return selected == 0 ? "No tracks selected in the plot"
                : String.format(Locale.ROOT, "Only the %,d selected in the plot", selected);
    }

    /** Reads a frame's rows: {@link TrackFrame#rows}, or a test's stand-in around it. */
    @FunctionalInterface
    interface Query {
        int[] rows(TrackFrame frame, String search, int[] within, List<TrackFrame.SortKey> order);
    }

    /** The rows a request lists: as the table's list, and as the frame's array (read by the counts per column). */
    record Listed(List<Integer> rows, int[] found) { }

    /**
     * Shows in which columns {@code found}, the rows of {@code request}, matched its search {@code text}: at once when
     * the counts shown are of the same rows (a new sort), else once a pass over them on the runner is done (nothing
     * meanwhile: an older search's counts beside these rows would be wrong).
     */
    private void count(Request request, int[] found, String text) {
        if (!request.match().any()) {
            counting.drop();
            counted = null;
            matchText.set("");
            return;
        }
        if (counted != null && counted.data() == request.data() && counted.match().equals(request.match())
                && counted.selected() == request.selected()) {
            return;
        }
        matchText.set("");
        counted = null;
        TrackTable tracks = request.data().tracks();
        counting.run(() -> MatchCounts.of(tracks, found, text, request.match()), c -> {
            counted = request;
            matchText.set(c.text());
        }, failure -> workbench.fail("count the Data tab's matches", failure));
    }

    /**
     * The rows to show (off the UI thread): those matching {@code text} and the selection, sorted by the keys; null,
     * without reading the frame, when request {@code mine} is no longer the newest.
     */
    // one request at a time: the frame (Tablesaw) is not made to be searched and sorted by two threads at once
    private synchronized Listed rowsOf(long mine, DataSet data, AnalysisResult result, String text, int[] selected,
                                       List<TrackFrame.SortKey> sortKeys) {
        if (mine != newest) {
            return null; // LatestWork shows no older request's answer; this one need not be computed
        }
        TrackFrame f = frame(data, result);
        List<TrackFrame.SortKey> keys = sortKeys.stream().filter(k -> f.canSortBy(k.column())).toList();
        int[] within = selected.length > 0 ? selected : null;
        int[] found = query.rows(f, text, within, keys);
        return new Listed(RowList.of(found), found);
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
    /**
     * While rows are being computed, what for ("Sorting by title...", "Searching for "rock"..."): the rows shown are
     * still the older request's. Empty otherwise.
     */
    public ReadOnlyStringProperty pendingTextProperty() { return pendingText.getReadOnlyProperty(); }
    /** After a search, in which columns the shown rows matched ({@code match: genre 280, title 40}); else empty. */
    public ReadOnlyStringProperty matchTextProperty() { return matchText.getReadOnlyProperty(); }
    /** The search the shown rows answer ({@link SearchMatch#NONE} without one), for the cells' marks. */
    ReadOnlyObjectProperty<SearchMatch> shownMatchProperty() { return shownMatch.getReadOnlyProperty(); }
    /** Whether only the plot's selected tracks are listed while some are (true again at each new selection). */
    public BooleanProperty onlySelectedProperty() { return onlySelected; }
    /** The "only the selected" choice's words, naming how many are selected ("Only the 1,234 selected in the plot"). */
    public ReadOnlyStringProperty onlySelectedTextProperty() { return onlySelectedText.getReadOnlyProperty(); }

    /**
     * What an empty table says: nothing while rows are being listed; that no track matches the search, naming it,
     * when there is one (it stays when other data is opened, and "No tracks" alone read as an empty file to a new
     * user, session 15); else "No tracks".
     */
    public javafx.beans.binding.StringBinding emptyText() {
        return javafx.beans.binding.Bindings.createStringBinding(() -> {
            if (updating.get()) {
                return "";
            }
            String searched = search.get() == null ? "" : search.get().trim();
            return searched.isEmpty() ? "No tracks"
                    : "No track matches \u201C" + searched + "\u201D. Clear the search to list every track.";
        }, updating, search);
    }
}
