package org.genrescope.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.genrescope.data.TrackFrame;
import org.genrescope.plot.Figure;


/**
 * The Data tab: the tracks the model sees, searchable and sortable (all, or only those selected in the plot), and
 * what cleaning did.
 */
final class DataTab extends ResultTab {

    /** Room beside a column's title for the sort arrow and the header's padding. */
    private static final double SORT_ARROW = 34;
    /** Rows measured for a text column's width (the first half of them first, the rest spread over the data). */
    private static final int WIDTH_SAMPLE = 400;
    /** A cell's padding left and right, in pixels. */
    private static final double CELL_PADDING = 14;
    /**
     * Rows read for a feature column's format at once, on the FX thread; the rest are read on the runner. 20,000 rows
     * of 8 features were 40 % of the FX thread's 71 ms in the event that opens a million tracks (JFR, session 13); the
     * full format follows when the runner has read every row.
     */
    private static final int FIRST_ROWS = 2_000;
    /** The table's header and top border, px, before the header is laid out. */
    private static final double HEADER_ROOM = 30;
    /** Below the rows: the horizontal scroll bar and the bottom border, px. */
    private static final double BELOW_ROWS = 18;

    DataTab(WorkbenchViewModel vm, Consumer<Figure> exporter) {
        super(vm, exporter);
    }

    /**
     * Builds the tab's content; called once, on the FX thread. {@code shown} is whether the tab is the selected one:
     * while it is not, a fuller column format only marks the rows stale, and they are redrawn when the tab is shown.
     * A table's redraw rebuilds every cell (53-135 ms of the FX thread at a million rows), and JavaFX styles and lays
     * out a hidden tab's content too (docs/benchmarks.md, "The result shown at a million").
     */
    javafx.scene.Node build(javafx.beans.value.ObservableBooleanValue shown) {
        return build(shown, new DataTableViewModel(vm));
    }

    /** The same over {@code table} (a test's, whose rows come slowly). */
    javafx.scene.Node build(javafx.beans.value.ObservableBooleanValue shown, DataTableViewModel table) {
        // the search looks only at columns the table shows (the album is one when the data has albums), so that
        // every row it lists shows why
        TextField search = Controls.tip(new TextField(), "Lists the tracks whose title, artist, album or genre "
                + "column contains this text (any case), or whose id is this number (a text id, such as Spotify's, "
                + "may be given in part). Feature values and clusters are not searched: sort by their column. The cells "
                + "that matched are marked, and beside the count is how many matched in each column.");
        search.setId("search");
        search.setPromptText(searchPrompt(true));
        search.textProperty().bindBidirectional(table.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMinWidth(180); // the words after the count are cut first
        Label count = new Label();
        count.setId("dataCount");
        count.textProperty().bind(table.countTextProperty());
        count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // where the rows matched: a title cut to "..." or the album out of sight at 1024 x 700 matched too
        Label matches = new Label();
        matches.setId("dataMatches");
        matches.textProperty().bind(table.matchTextProperty());
        javafx.scene.control.Tooltip matchesTip = new javafx.scene.control.Tooltip();
        matchesTip.setWrapText(true);
        matchesTip.setMaxWidth(420);
        matchesTip.textProperty().bind(table.matchTextProperty().concat("\n\nHow many of the listed tracks contain "
                + "the search in each column (a whole-number id: is it). A track counts in every column that has it; "
                + "those cells are marked in the table, and a cut cell shows its whole text when pointed at."));
        matches.setTooltip(matchesTip);
        matches.setMinWidth(0);
        matches.visibleProperty().bind(table.matchTextProperty().isNotEmpty());
        matches.managedProperty().bind(matches.visibleProperty());
        // Listing every track keeps the selection (a researcher's lasso stays until they clear it, as in Orange or
        // Tableau); clearing it is its own button, the Clusters tab's "Clear selection" in words and effect.
        javafx.scene.control.CheckBox onlySelected = Controls.tip(new javafx.scene.control.CheckBox(),
                "Lists only the tracks selected in the Clusters tab (and matching the search); unticked, every track "
                + "is listed and the selection stays. A new selection is listed on its own again.");
        onlySelected.setId("onlySelected");
        onlySelected.textProperty().bind(table.onlySelectedTextProperty());
        onlySelected.selectedProperty().bindBidirectional(table.onlySelectedProperty());
        onlySelected.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button clearSelection = Controls.tip(new Button("Clear selection"), ClustersTab.CLEAR_SELECTION_TIP);
        clearSelection.setId("dataClearSelection");
        clearSelection.setOnAction(e -> vm.select(new int[0]));
        clearSelection.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.beans.binding.BooleanBinding selecting = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.selectionProperty().get().length > 0, vm.selectionProperty());
        HBox selectionBar = new HBox(8, onlySelected, clearSelection);
        selectionBar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        // once there was a selection on this data the line stays, its choices greyed when none is left: taken away,
        // the table jumped up 27 px under the mouse that had just pressed "Clear selection" (new user, session 14)
        javafx.beans.value.ObservableBooleanValue selectionSeen = SeenLatch.of(selecting, vm.dataProperty(),
                selecting::get);
        selectionBar.visibleProperty().bind(selectionSeen);
        selectionBar.managedProperty().bind(selectionSeen);
        onlySelected.disableProperty().bind(selecting.not());
        clearSelection.disableProperty().bind(selecting.not());
        // a million rows in pages (RowPages: JavaFX's table walks every row it has seen in each layout)
        RowPages pages = new RowPages(Integer.getInteger("genrescope.dataPageRows", RowPages.PAGE_ROWS));
        Button previousPage = Controls.tip(new Button("\u25C0"), "Shows the previous rows.");
        previousPage.setId("previousRows");
        Button nextPage = Controls.tip(new Button("\u25B6"), "Shows the next rows. The table shows "
                + String.format(java.util.Locale.ROOT, "%,d", pages.pageRows()) + " rows at a time; search or sort "
                + "to bring any track to the first page.");
        nextPage.setId("nextRows");
        Label pageText = new Label();
        pageText.setId("rowPage");
        pageText.textProperty().bind(pages.textProperty());
        pages.textProperty().addListener(x -> { // room for the longest page's text: the arrow after it stays put
            javafx.scene.text.Text widest = new javafx.scene.text.Text(pages.widestText());
            widest.setFont(pageText.getFont());
            pageText.setMinWidth(Math.ceil(widest.getLayoutBounds().getWidth()) + 2);
        });
        previousPage.disableProperty().bind(pages.hasPreviousProperty().not());
        nextPage.disableProperty().bind(pages.hasNextProperty().not());
        HBox pageBar = new HBox(4, previousPage, pageText, nextPage);
        pageBar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        // once the rows of this data filled pages, the bar keeps its room (hidden) when a search leaves one page: taken
        // away, the table jumped up under the typing user (new user, session 15)
        // reset to false: the new rows page it again if they fill pages. Its room is also kept whenever the data has
        // more rows than a page, though a search or the selection shows fewer: unticking "Only the 28,198 selected"
        // put the bar above the tick box, which jumped 27 px under the pointer (new user, session 17)
        javafx.beans.binding.BooleanExpression pagedSeen = pageBarRoom(pages.pagedProperty(), vm.dataProperty(),
                DataSet::rows, pages.pageRows());
        pageBar.visibleProperty().bind(pages.pagedProperty());
        pageBar.managedProperty().bind(pagedSeen);
        // a sort or search of a million rows takes seconds on the runner: said after a moment, not for every short
        // one, over the table, whose older rows are greyed meanwhile (they are not in the new order under the new
        // sort arrow: new user, session 14). Not in the search's line: its words there narrowed the search box under
        // the typing user.
        Label updating = new Label();
        updating.setId("rowsPending");
        updating.getStyleClass().add("pending-rows");
        updating.textProperty().bind(table.pendingTextProperty());
        updating.setVisible(false);
        updating.setMouseTransparent(true); // a click on a header still sorts anew; the older sort's rows never show
        HBox searchBar = new HBox(8, search, count, matches);
        searchBar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        // the page bar and the selection's choices on a line of their own: beside the search at 1024 x 700 they cut
        // the search box to 115 px and every text in the line to "...". The choices go under the page bar when the two
        // do not fit side by side: with a million tracks ("rows 1-100,000 of 959,241 (page 1 of 10)", "Only the
        // 959,241 selected in the plot") one line was 60 px wider than the tab at 1024 x 700, and the whole tab, its
        // count and "Clear selection" were cut at the window's edge (new user, session 15)
        javafx.scene.layout.FlowPane secondLine = new javafx.scene.layout.FlowPane(24, 4, pageBar, selectionBar);
        secondLine.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        secondLine.setRowValignment(javafx.geometry.VPos.CENTER);
        secondLine.setMinWidth(0); // its rows wrap to the tab's width; only a single group wider than the tab is cut
        javafx.beans.binding.BooleanBinding secondShown = pagedSeen.or(selectionSeen);
        secondLine.visibleProperty().bind(secondShown);
        secondLine.managedProperty().bind(secondShown);
        VBox bar = new VBox(4, searchBar, secondLine);
        bar.setPadding(new Insets(6));

        TableView<Integer> view = new TableView<>();
        view.setId("dataTable");
        javafx.css.PseudoClass stale = javafx.css.PseudoClass.getPseudoClass("stale");
        updating.visibleProperty().addListener((o, was, now) -> view.pseudoClassStateChanged(stale, now));
        javafx.animation.PauseTransition soon = new javafx.animation.PauseTransition(javafx.util.Duration.millis(300));
        soon.setOnFinished(e -> updating.setVisible(table.updatingProperty().get()));
        table.updatingProperty().addListener((o, was, now) -> {
            if (now) {
                if (!updating.isVisible()) {
                    soon.playFromStart(); // a newer request while one is said: said on, not hidden and said again
                }
            } else {
                soon.stop();
                updating.setVisible(false);
            }
        });
        Runnable redraw = TabUpdates.untilShown(shown, view::refresh);
        // the new data's columns made in a pulse after the data arrives while the tab is hidden, or at once when it is
        // shown: made in the data's own event they added 40-70 ms of the FX thread to the handlers of every tab,
        // 150-200 ms in all at a million tracks (docs/benchmarks.md, "The warm-up out of the window (session 15)").
        // Registered before the rows' listener below, so that a tab shown meanwhile has its columns before its rows.
        Runnable[] makeColumns = {() -> { }};
        Runnable columnsLater = new TabUpdates().whenShown(shown, () -> makeColumns[0].run());
        RowList shownRows = new RowList();
        GradualRows gradual = new GradualRows(shownRows);
        java.util.function.Consumer<List<Integer>> showRows = gradually(gradual, view);
        view.setItems(shownRows);
        rowsWhenShown(table, shown, pages, showRows, gradual::halt);
        java.util.function.Consumer<Boolean> turnPage = moved -> {
            if (moved) {
                showRows.accept(pages.page());
                view.scrollTo(0);
            }
        };
        previousPage.setOnAction(e -> turnPage.accept(pages.previous()));
        nextPage.setOnAction(e -> turnPage.accept(pages.next()));
        // the data layer sorts (Tablesaw, on the values themselves), not a comparator over cell values on the FX thread
        view.setSortPolicy(t -> {
            List<TrackFrame.SortKey> keys = new ArrayList<>();
            for (TableColumn<Integer, ?> c : t.getSortOrder()) {
                keys.add(new TrackFrame.SortKey((String) c.getUserData(), c.getSortType() == TableColumn.SortType.ASCENDING));
            }
            table.sortBy(keys);
            return true;
        });
        Label none = new Label();
        none.setWrapText(true);
        none.textProperty().bind(table.emptyText());
        view.setPlaceholder(none);
        // Rows of one known height: otherwise the table measures rows to estimate where row k is, and each scroll
        // to a far row of a million spent 75-145 ms of the FX thread in VirtualFlow's size estimates
        // (docs/benchmarks.md, "Loading and the Data tab without stalls").
        view.setFixedCellSize(Sections.ROW);
        // Each feature column's format reads all its values: a million rows, so on the runner. The columns are
        // made at once (the sort order keeps them), in a format from the first rows until the full one is read.
        LatestWork formats = new LatestWork(vm.runner());
        Runnable columns = () -> {
            // the older data's rows out first, shown or hidden: a row number past the new data's end throws in
            // every cell of the new columns (DataTableViewModel empties its rows too; the new ones follow)
            gradual.halt();
            pages.show(List.of());
            shownRows.replace(List.of());
            view.getColumns().clear();
            DataSet d = vm.dataProperty().get();
            if (d == null) {
                formats.drop();
                return;
            }
            search.setPromptText(searchPrompt(hasAny(d.tracks().albums())));
            int features = d.tracks().featureNames().size();
            ColumnFormat[] format = new ColumnFormat[features];
            for (int j = 0; j < features; j++) {
                format[j] = formatOf(d, j, Math.min(d.rows(), FIRST_ROWS));
            }
            addColumns(view, d, table, format);
            if (d.rows() > FIRST_ROWS) {
                formats.run(() -> java.util.stream.IntStream.range(0, features).mapToObj(j -> formatOf(d, j, d.rows()))
                        .toArray(ColumnFormat[]::new), all -> {
                            System.arraycopy(all, 0, format, 0, features);
                            redraw.run();
                        }, failure -> vm.fail("show the Data tab's columns", failure));
            }
        };
        makeColumns[0] = columns;
        vm.dataProperty().addListener(x -> columnsLater.run());
        // No redraw for a new result: DataTableViewModel replaces the rows for each one, which updates the cells; a
        // redraw on top rebuilt every cell, 53-135 ms of the FX thread per result at a million rows.
        columns.run();

        TextArea cleaning = new TextArea();
        cleaning.setId("cleaningReport");
        cleaning.setEditable(false);
        // wrapped: a long line ("Warning: 10 rows repeat the id of an earlier row ...") was cut at the right and
        // needed horizontal scrolling (session 11's report)
        cleaning.setWrapText(true);
        cleaning.getStyleClass().add("mono");
        cleaning.textProperty().bind(table.cleaningTextProperty());
        VBox cleaningBox = new VBox(4, Tables.heading("What cleaning and genre grouping did"), cleaning);
        VBox.setVgrow(cleaning, Priority.ALWAYS);
        cleaningBox.setPadding(new Insets(6));
        javafx.scene.layout.StackPane rowsPane = new javafx.scene.layout.StackPane(view, updating);
        // at the top while its first rows come (its viewport is only as tall as they are meanwhile: gradually)
        javafx.scene.layout.StackPane.setAlignment(view, javafx.geometry.Pos.TOP_CENTER);
        SplitPane split = new SplitPane(rowsPane, cleaningBox);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.64); // about 7 report lines at 1024 x 700
        BorderPane content = new BorderPane(split, bar, null, null, null);
        content.getStylesheets().add(DataTab.class.getResource("data-tab.css").toExternalForm());
        return content;
    }

    /**
     * The table's rows: the first page ({@code pages}) of the view model's, handed to {@code rows} at once while the
     * tab is {@code shown}, else when it is ({@code halt} stops a first fill of older rows meanwhile). A replacement
     * of a million rows cost the table 40-70 ms of the FX thread even while its tab was hidden (JavaFX's VirtualFlow
     * walks its rows), and each selection in the Clusters tab replaces them (docs/benchmarks.md, "Selecting and the
     * Data tab without FX stalls").
     */
    private static void rowsWhenShown(DataTableViewModel table, javafx.beans.value.ObservableBooleanValue shown,
                                      RowPages pages, java.util.function.Consumer<List<Integer>> rows,
                                      Runnable halt) {
        Runnable take = () -> {
            pages.show(table.rowsNow());
            rows.accept(pages.page());
        };
        boolean[] behind = {false};
        table.rows().addListener((javafx.collections.ListChangeListener<Integer>) c -> {
            behind[0] = !shown.get();
            if (shown.get()) {
                take.run();
            } else {
                halt.run(); // no more of the older rows: they may be another data set's
            }
        });
        shown.addListener((o, was, now) -> {
            if (now && behind[0]) {
                behind[0] = false;
                take.run();
            }
        });
        take.run();
    }

    /**
     * Shows rows in {@code view}'s list: a table's first ones a few per pulse ({@link GradualRows}), its viewport
     * only as tall as they are meanwhile (so that it makes no empty rows past them), later ones at once.
     */
    private static java.util.function.Consumer<List<Integer>> gradually(GradualRows gradual, TableView<Integer> view) {
        javafx.animation.AnimationTimer pulses = new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                boolean more = gradual.pulse();
                if (more && view.getParent() instanceof javafx.scene.layout.Region area
                        && viewportLimit(view, gradual.roomRows()) >= area.getHeight()) {
                    gradual.finish(); // a screenful: the rest makes no more rows
                    more = false;
                }
                view.setMaxHeight(viewportLimit(view, gradual.roomRows()));
                if (!more) {
                    stop();
                }
            }
        };
        return next -> {
            boolean more = gradual.replace(next);
            view.setMaxHeight(viewportLimit(view, gradual.roomRows()));
            if (more) {
                pulses.start();
            }
        };
    }

    /**
     * The height, px, at which {@code view} has room for {@code rows} rows of {@link Sections#ROW} under its header
     * and beside its horizontal scroll bar; no limit for {@link Integer#MAX_VALUE} rows.
     */
    private static double viewportLimit(TableView<Integer> view, int rows) {
        if (rows == Integer.MAX_VALUE) {
            return Double.MAX_VALUE;
        }
        javafx.scene.Node header = view.lookup(".column-header-background");
        double above = header == null ? HEADER_ROOM : header.getBoundsInParent().getMaxY();
        return above + rows * Sections.ROW + BELOW_ROWS;
    }

    /** Feature {@code j}'s format from its first {@code rows} values. */
    private static ColumnFormat formatOf(DataSet d, int j, int rows) {
        return ColumnFormat.of(java.util.stream.IntStream.range(0, rows).mapToDouble(i -> d.tracks().feature(i, j)));
    }

    /**
     * The table's columns for {@code d}: the track's texts, its cluster, its album, then each feature in its format (read at
     * each cell update from {@code format}, which may be replaced by a fuller one).
     */
    private static void addColumns(TableView<Integer> view, DataSet d, DataTableViewModel table,
                                   ColumnFormat[] format) {
        // the text columns as wide as their header and a sample of their cells (capped: the rest is cut, and the
        // hover tooltip of the Clusters tab names the track whole); an all-empty column as narrow as its header
        int[] sample = HeaderFit.sampleRows(d.rows(), WIDTH_SAMPLE);
        javafx.beans.value.ObservableValue<SearchMatch> match = table.shownMatchProperty();
        view.getColumns().add(textColumn("id", TrackFrame.ID, 220, sample, d.tracks()::idText, match, true));
        view.getColumns().add(textColumn("title", TrackFrame.TITLE, 260, sample, i -> nonNull(d.tracks().title(i)),
                match, false));
        view.getColumns().add(textColumn("artist", TrackFrame.ARTIST, 200, sample,
                i -> nonNull(d.tracks().artist(i)), match, false));
        view.getColumns().add(textColumn("genre", TrackFrame.GENRE, 160, sample, i -> nonNull(d.tracks().genre(i)),
                match, false));
        view.getColumns().add(column("cluster", TrackFrame.CLUSTER, 60, table::clusterOf));
        // searched, so shown: else a row found by its album seemed not to match; after the genre and the cluster,
        // which stay in sight at 1024 x 700
        if (hasAny(d.tracks().albums())) {
            view.getColumns().add(textColumn("album", TrackFrame.ALBUM, 200, sample,
                    i -> nonNull(d.tracks().albums()[i]), match, false));
        }
        List<String> features = d.tracks().featureNames();
        for (int j = 0; j < features.size(); j++) {
            int column = j;
            view.getColumns().add(numberColumn(DataSet.shortName(features.get(j)), features.get(j), 90,
                    () -> format[column], i -> d.tracks().feature(i, column)));
        }
    }

    /**
     * A searched text column {@link HeaderFit#sampledWidth} wide over the {@code sample} rows, at most {@code cap}
     * px, its cells marked where they match the shown rows' search ({@code match}; {@code id}: the id column).
     */
    private static TableColumn<Integer, String> textColumn(String title, String sortKey, double cap, int[] sample,
                                                           java.util.function.IntFunction<String> value,
                                                           javafx.beans.value.ObservableValue<SearchMatch> match,
                                                           boolean id) {
        List<String> cells = new ArrayList<>(sample.length);
        for (int i : sample) {
            cells.add(value.apply(i));
        }
        TableColumn<Integer, String> c = column(title, sortKey, 0, value);
        c.setCellFactory(col -> new MatchCell<>(match, id));
        c.setPrefWidth(HeaderFit.sampledWidth(Tables.width(title, true) + SORT_ARROW, cells, t -> Tables.width(t, false),
                CELL_PADDING, cap));
        return c;
    }

    /** The search box's prompt: the columns it searches, the album among them when the data has albums. */
    static String searchPrompt(boolean albums) {
        return albums ? "Search title, artist, album, genre or id" : "Search title, artist, genre or id";
    }

    /** Whether any of {@code texts} is there (not null or empty). */
    static boolean hasAny(String[] texts) {
        for (String t : texts) {
            if (t != null && !t.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** A column of the data table; {@code sortKey} is the data layer's name for it (the table's sort policy uses it). */
    private static <T> TableColumn<Integer, T> column(String title, String sortKey, double width,
                                                      java.util.function.IntFunction<T> value) {
        TableColumn<Integer, T> c = new TableColumn<>(title);
        // never narrower than its title and the sort arrow ("acousticness", not "acousticn...")
        c.setPrefWidth(Math.max(width, Tables.width(title, true) + SORT_ARROW));
        c.setUserData(sortKey);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }

    /**
     * A feature column: sorts by the exact value, shows every value in the column's one format (four significant
     * digits of its largest; the tooltip has them all).
     */
    private static TableColumn<Integer, Double> numberColumn(String title, String sortKey, double width,
                                                            java.util.function.Supplier<ColumnFormat> format,
                                                            java.util.function.IntFunction<Double> value) {
        TableColumn<Integer, Double> c = column(title, sortKey, width, value);
        c.setCellFactory(col -> new NumberCell<>(format));
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }


    /**
     * Whether the page bar keeps its room: once the rows shown on this data filled pages ({@code paged}, a
     * {@link SeenLatch} reset to false by new data), and whenever the data has more rows than a page ({@code rows} of
     * {@code data} over {@code pageRows}), though a search or the selection lists fewer.
     */
    static <T> javafx.beans.binding.BooleanExpression pageBarRoom(javafx.beans.value.ObservableBooleanValue paged,
            javafx.beans.value.ObservableValue<T> data, java.util.function.ToIntFunction<T> rows, int pageRows) {
        javafx.beans.binding.BooleanBinding dataFillsPages = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> data.getValue() != null && rows.applyAsInt(data.getValue()) > pageRows, data);
        return SeenLatch.of(paged, data, () -> false).or(dataFillsPages);
    }
}
