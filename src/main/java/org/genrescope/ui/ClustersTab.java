package org.genrescope.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.plot.Figure;
import org.genrescope.plot.ScatterFigure;
import org.genrescope.plot.Shading;


/** The Clusters tab: the scatter of the shown result, its state line and its metrics with their change. */
final class ClustersTab extends ResultTab {
    /** Below this width of the tab the metrics go under the scatter instead of beside it. */
    static final double NARROW = 1200;
    /** The plot's share of the tab's height when the metrics are under it. */
    static final double NARROW_PLOT_SHARE = 0.7;
    /**
     * The fewest rows of the metrics table in view, under its heading and header: the pane's divider and the lines
     * around the plot never squeeze the metrics below them (the rest of the rows scroll).
     */
    static final int METRIC_ROWS_SHOWN = 4;
    /** What "Clear selection" does, here and in the Data tab: the same words for the same action. */
    static final String CLEAR_SELECTION_TIP = "Selects no track: every point in its colour again, and the Data tab "
            + "lists every track.";
    ScatterCanvas scatter;
    TableView<MetricRow> metricsTable;
    /** The metrics' notes: the comparison line and the columns' meaning. */

    ClustersTab(WorkbenchViewModel vm, Consumer<Figure> exporter) {
        super(vm, exporter);
    }

    javafx.scene.Node build(Runnable showDataTab) {
        FormingScatter forming = new FormingScatter(); // a forming layout names, selects and exports nothing
        scatter = new ScatterCanvas(i -> forming.showing() ? FormingScatter.HOVER : describe(i), ids -> {
            if (!forming.showing()) {
                vm.select(ids);
            }
        }, f -> {
            if (!forming.showing()) {
                exporter.accept(f);
            }
        });
        scatter.setEmptyText(vm.plotPlaceholderBinding());
        scatter.setActivity(vm.activity());
        ToggleGroup colour = new ToggleGroup();
        RadioButton byCluster = radio("by cluster", "colourByCluster", "Colours each track by its cluster.", colour);
        RadioButton byGenre = radio("by genre", "colourByGenre", "Colours each track by its genre, to compare.", colour);
        byCluster.setSelected(true);
        ToggleGroup shading = new ToggleGroup();
        RadioButton points = radio("points", "shadePoints", "Each track a dot.", shading);
        RadioButton density = radio("density", "shadeDensity", "The plot cut into small squares, each shaded by how "
                + "many tracks fall in it, on a log scale, in the mean colour of their clusters (or genres): where "
                + "dots would pile up and hide each other, the density shows how many there are. A square is a pixel "
                + "when the tracks are many and a few pixels wide when they are few (the key gives its size).",
                shading);
        points.setSelected(true);
        ToggleGroup shape = new ToggleGroup();
        RadioButton box = radio("box", "selectBox", "Shift+drag selects the tracks in a box.", shape);
        RadioButton lasso = radio("lasso", "selectLasso", "Shift+drag draws a lasso; the tracks inside are selected.",
                shape);
        // the select mode lives in the view model, which keeps it in the session and puts it back on a restore
        (vm.lassoSelectProperty().get() ? lasso : box).setSelected(true);
        scatter.setLasso(lasso.isSelected());
        lasso.selectedProperty().addListener((o, was, now) -> {
            scatter.setLasso(now);
            vm.lassoSelectProperty().set(now);
        });
        vm.lassoSelectProperty().addListener((o, was, now) -> (now ? lasso : box).setSelected(true));
        Button reset = Controls.tip(new Button("Reset view"), "Back to all points (or double-click the plot). Wheel "
                + "zooms, dragging pans, Shift+drag selects tracks (a box or a lasso); the others are greyed.");
        reset.setOnAction(e -> scatter.resetView());
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(14, 4, group("Colour", byCluster, byGenre),
                group("Show", points, density), group("Select", box, lasso), reset);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label state = stateLine();
        VBox top = new VBox(2, bar, new TallestBox(0, state)); // a preview's longer line does not move the plot
        top.setPadding(new Insets(6));

        AnalysisResult[] shownFor = {null};
        boolean[] shownByGenre = {false};
        Runnable updateScatter = () -> {
            AnalysisResult r = vm.resultProperty().get();
            if (forming.showing()) {
                forming.resultShown();
                shownFor[0] = null; // the result's own view, not the forming layout's
            }
            if (r == null) {
                scatter.setFigure(null, false);
                shownFor[0] = null;
                return;
            }
            ScatterFigure shown = scatter.figure();
            if (shownFor[0] == r && shownByGenre[0] == byGenre.isSelected() && shown != null) {
                // only the shading changed: the same points, so their index and drag sample are kept (a new
                // figure of a million points was rebuilt and prepared again, seconds on a loaded machine)
                scatter.setFigure(shown.withShading(density.isSelected() ? Shading.DENSITY : Shading.POINTS), true);
                return;
            }
            ScatterFigure f = ResultFigures.scatter(r, byGenre.isSelected() ? ResultFigures.ColourBy.GENRE
                    : ResultFigures.ColourBy.CLUSTER, caption());
            if (f != null && vm.collapsedProperty().get()) {
                f = f.withTitle("COLLAPSED AUTOENCODER - not a result").withPointStyle(4, 0.25);
            }
            boolean samePoints = shownFor[0] != null && shownFor[0].projection() == r.projection();
            if (f != null) {
                f = f.withHighlighted(vm.selectionProperty().get())
                        .withShading(density.isSelected() ? Shading.DENSITY : Shading.POINTS);
            }
            scatter.setFigure(f, samePoints);
            shownFor[0] = r;
            shownByGenre[0] = byGenre.isSelected();
        };
        vm.resultProperty().addListener(x -> updateScatter.run());
        forming.attach(vm, scatter, this::caption, () -> density.isSelected() ? Shading.DENSITY : Shading.POINTS,
                updateScatter);
        colour.selectedToggleProperty().addListener(x -> updateScatter.run());
        // colour by genre lives in the view model, which keeps it in the session and puts it back on a restore
        byGenre.setSelected(vm.colourByGenreProperty().get());
        byGenre.selectedProperty().addListener((o, was, now) -> vm.colourByGenreProperty().set(now));
        vm.colourByGenreProperty().addListener((o, was, now) -> (now ? byGenre : byCluster).setSelected(true));
        shading.selectedToggleProperty().addListener(x -> updateScatter.run());
        vm.selectionProperty().addListener(x -> scatter.highlight(vm.selectionProperty().get()));

        VBox metricsBox = metricsPanel();
        java.util.function.Consumer<Boolean> arrangeMetrics = metricsArrangement(metricsBox);
        // the metrics keep the width their columns need (Tables.fitToContent); the scatter takes what is left
        SplitPane split = new SplitPane(scatter, metricsBox);
        SplitPane.setResizableWithParent(metricsBox, false);
        split.setDividerPositions(0.6);
        // Side by side, the metrics' columns left the scatter 300 px at 1024 x 700 and 400 at 1440 x 900: below
        // NARROW the metrics go under the plot, full width, and the plot keeps the tab's width.
        // Under the plot, the notes go beside the table (which is narrower than the tab) rather than under it, and
        // the plot keeps NARROW_PLOT_SHARE of the height: at 1024 x 700 the notes' four lines under the table left
        // the plot 230 px, its 16 clusters' labels piled up.
        split.widthProperty().addListener((o, was, now) -> {
            boolean narrow = now.doubleValue() < NARROW;
            if (narrow == (split.getOrientation() == javafx.geometry.Orientation.VERTICAL)) {
                return;
            }
            split.setOrientation(narrow ? javafx.geometry.Orientation.VERTICAL : javafx.geometry.Orientation.HORIZONTAL);
            metricsBox.setMaxWidth(narrow ? Double.MAX_VALUE : Region.USE_PREF_SIZE);
            metricsBox.setMinWidth(narrow ? 0 : Region.USE_PREF_SIZE);
            arrangeMetrics.accept(narrow);
            split.setDividerPositions(narrow ? NARROW_PLOT_SHARE : 0.6);
        });
        BorderPane pane = new BorderPane(split, top, null, selectionBar(showDataTab, byGenre), null);
        repaintWholeOnEachResult(pane);
        return pane;
    }

    /**
     * Under the plot while tracks are selected: their count and split over the colours' categories, a button to
     * list them in the Data tab (where they can be sorted, searched and exported) and one to clear the selection.
     */
    private HBox selectionBar(Runnable showDataTab, RadioButton byGenre) {
        Label summary = new Label();
        summary.setId("selectionSummary");
        summary.setWrapText(true);
        summary.setMinWidth(0);
        summary.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(summary, Priority.ALWAYS);
        Button show = Controls.tip(new Button("Show in Data tab"), "Lists the selected tracks in the Data tab.");
        show.setOnAction(e -> showDataTab.run());
        Button clear = Controls.tip(new Button("Clear selection"), CLEAR_SELECTION_TIP);
        clear.setId("clearSelection");
        clear.setOnAction(e -> vm.select(new int[0]));
        show.setMinWidth(Region.USE_PREF_SIZE);
        clear.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, summary, show, clear);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 4, 6));
        Runnable update = () -> {
            int[] ids = vm.selectionProperty().get();
            ScatterFigure f = scatter.figure();
            boolean shown = ids.length > 0 && f != null && f.data().size() > ids[ids.length - 1];
            bar.setVisible(shown);
            bar.setManaged(shown);
            summary.setText(shown ? SelectionSummary.of(ids, f.data()::category, f.data().size(),
                    shortNames(f, byGenre.isSelected())) : "");
        };
        vm.selectionProperty().addListener(x -> update.run());
        vm.resultProperty().addListener(x -> update.run());
        // after the plot's own listener (registered first), so that the line reads the new colouring's categories: on
        // by genre's own property it ran as by genre was cleared, with the genre plot still shown (new user, session 23)
        byGenre.getToggleGroup().selectedToggleProperty().addListener(x -> update.run());
        update.run();
        return bar;
    }

    /** "cluster 3" for a cluster colouring (its legend name is a long explanation), the genre's name otherwise. */
    private static List<String> shortNames(ScatterFigure f, boolean genres) {
        return genres ? f.categoryNames() : java.util.stream.IntStream.range(0, f.categoryNames().size())
                .mapToObj(c -> "cluster " + c).toList();
    }

    private static RadioButton radio(String text, String id, String tip, ToggleGroup group) {
        RadioButton b = Controls.tip(new RadioButton(text), tip);
        b.setId(id);
        b.setToggleGroup(group);
        b.setMinWidth(Region.USE_PREF_SIZE); // the bar wraps instead of squeezing these to "by c..."
        return b;
    }

    private static HBox group(String name, javafx.scene.control.Control... controls) {
        Label label = new Label(name);
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(6, label);
        box.getChildren().addAll(controls);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    /**
     * After each result, the whole tab is painted again for two pulses. With JavaFX's software pipeline (no GPU, as on
     * a laptop without one or under Xvfb), quick k moves left the tab's new result unpainted now and then: the status
     * bar and the Genres tab at k = 13, the plot, its legend, the state line and the metrics still drawn at k = 9,
     * though the scene graph held k = 13's (a new user's check, session 23; by hand 4 of 8 quick moves before, with
     * JavaFX's dirty-region culling off, {@code -Dprism.dirtyopts=false}, 0 of 8). A move of a thousandth of a pixel
     * makes JavaFX paint the tab's whole area, and puts it back two pulses later ({@link AfterRender}).
     */
    private void repaintWholeOnEachResult(javafx.scene.layout.Region tab) {
        AfterRender later = new AfterRender();
        vm.resultProperty().addListener(x -> {
            if (tab.getTranslateX() == 0) {
                tab.setTranslateX(REPAINT_NUDGE_PX);
                later.run(() -> tab.setTranslateX(0));
            }
        });
    }

    /** Small enough to move no pixel, large enough to be a change of the tab's transform. */
    private static final double REPAINT_NUDGE_PX = 0.001;

    /** The state line above the scatter: wraps when it is long (a preview), its full text also in a tooltip. */
    private Label stateLine() {
        Label state = new Label();
        state.setId("resultState");
        state.getStyleClass().add("result-state");
        state.setWrapText(true);
        state.setMinWidth(0);
        state.setMaxWidth(Double.MAX_VALUE);
        state.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        state.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
        state.setMinHeight(Region.USE_PREF_SIZE);
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.textProperty().bind(state.textProperty());
        state.setTooltip(tip);
        Runnable stateText = () -> {
            AnalysisResult r = vm.resultProperty().get();
            int sliderK = vm.settings().kProperty().get();
            state.setText(r == null ? "" : ResultTexts.state(r, vm.previewProperty().get(),
                    vm.sweep().readyProperty().get(), vm.sweep().totalProperty().get(), sliderK));
            state.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("preview"),
                    r != null && (vm.previewProperty().get() || ResultTexts.computing(r, sliderK)));
        };
        vm.settings().kProperty().addListener(x -> stateText.run());
        vm.resultProperty().addListener(x -> stateText.run());
        vm.previewProperty().addListener(x -> stateText.run());
        vm.sweep().readyProperty().addListener(x -> stateText.run());
        vm.sweep().totalProperty().addListener(x -> stateText.run());
        return state;
    }

    /** The metrics table, sized to its values, over the comparison line and the columns' meaning. */
    private VBox metricsPanel() {
        metricsTable = new TableView<>();
        metricsTable.setId("metricsTable");
        // columns as wide as their widest value (no "0.2..."); the panel is as wide as the columns
        metricsTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        // which way is better as an arrow beside the name, not a column of its own: the scatter keeps the width
        metricsTable.getColumns().add(Tables.textColumn("metric", 120, r -> r.name() + (r.better().equals("higher")
                ? " \u2191" : " \u2193")));
        metricsTable.getColumns().add(Tables.numberColumn("clustered", 75, MetricRow::clustered));
        metricsTable.getColumns().add(Tables.numberColumn("features", 75, MetricRow::features));
        TableColumn<MetricRow, String> change = Tables.numberColumn("change", 75, MetricRow::change);
        change.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                MetricRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                getStyleClass().removeAll("better", "worse");
                if (row != null && row.improved() != null) {
                    getStyleClass().add(row.improved() ? "better" : "worse");
                }
            }
        });
        change.getProperties().put(Tables.BOLD, true); // better and worse are bold
        // added by updateMetrics only while an earlier result is compared: an empty column (after a restore, the first
        // training) read as numbers missing (session 15); the comparison line says why there is none
        Tables.rowTooltips(metricsTable, MetricRow::tooltip); // meaning and any reason, not cut
        Label placeholder = new Label();
        placeholder.setId("metricsPlaceholder");
        placeholder.setWrapText(true);
        // every line centred, a short text or a wrapped one alike: "Restoring the session's results: the metrics
        // follow." wrapped flush left under a centred "Training: the metrics follow." (session 11's report)
        placeholder.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        placeholder.setAlignment(javafx.geometry.Pos.CENTER);
        placeholder.setPadding(new javafx.geometry.Insets(0, 12, 0, 12));
        placeholder.textProperty().bind(vm.metricsPlaceholderBinding());
        metricsTable.setPlaceholder(placeholder);
        Label meaning = hint(new Label(meaning(false)));
        meaning.setId("metricsMeaning");
        Label comparison = hint(new Label());
        comparison.setId("comparison");
        comparison.textProperty().bind(vm.comparisonProperty());
        VBox notes = new VBox(4, comparison, meaning);
        notes.setId("metricsNotes");
        VBox metricsBox = new VBox(4, Tables.heading("Metrics"), metricsTable, notes);
        VBox.setVgrow(metricsTable, Priority.ALWAYS);
        // At least METRIC_ROWS_SHOWN rows under the header, whatever else the tab holds: the split keeps the panel at
        // least that tall. Its notes do not add to that least height (under the plot they scroll beside the table):
        // wrapped beside the table after a move of k, they made the panel's least height taller than its pane at
        // 1024 x 700 and the pane showed the panel's middle, its heading cut off and 4 rows (new user, session 15).
        Sections.atLeastRows(metricsTable, METRIC_ROWS_SHOWN, 11);
        metricsBox.setPadding(new Insets(6));
        metricsBox.setMinWidth(Region.USE_PREF_SIZE);
        metricsBox.setMaxWidth(Region.USE_PREF_SIZE);
        Runnable updateMetrics = () -> {
            AnalysisResult r = vm.resultProperty().get();
            AnalysisResult previous = vm.previousResultProperty().get(); // set before the result it is compared with
            boolean compared = r != null && previous != null;
            if (compared != metricsTable.getColumns().contains(change)) {
                if (compared) {
                    metricsTable.getColumns().add(change);
                } else {
                    metricsTable.getColumns().remove(change);
                }
            }
            meaning.setText(meaning(compared));
            metricsTable.getItems().setAll(r == null ? List.of() : MetricRows.of(r, previous));
            Tables.fitToContent(metricsTable);
        };
        vm.resultProperty().addListener(x -> updateMetrics.run());
        Tables.fitToContent(metricsTable);
        return metricsBox;
    }

    /**
     * Puts the metrics panel's notes under its table ({@code false}: the panel beside the plot, as narrow as the
     * table) or beside it ({@code true}: the panel under the plot, the tab's whole width, where a table under the
     * notes wasted the width beside the table and took the plot's height).
     */
    private java.util.function.Consumer<Boolean> metricsArrangement(VBox metricsBox) {
        VBox notes = (VBox) metricsBox.lookup("#metricsNotes"); // metricsPanel's notes
        HBox beside = new HBox(10);
        VBox.setVgrow(beside, Priority.ALWAYS);
        // beside the table the notes scroll in the table's height rather than ask for their own
        javafx.scene.control.ScrollPane notesScroll = new javafx.scene.control.ScrollPane();
        notesScroll.setId("metricsNotesScroll");
        notesScroll.getStyleClass().addAll("edge-to-edge", "metrics-notes");
        notesScroll.setFitToWidth(true);
        notesScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        notesScroll.setVbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.AS_NEEDED);
        notesScroll.setMinHeight(0);
        notesScroll.setPrefViewportHeight(0); // the row's height is the table's
        notesScroll.setMinWidth(0);
        HBox.setHgrow(notesScroll, Priority.ALWAYS);
        return narrow -> {
            metricsBox.getChildren().removeAll(metricsTable, notes, beside);
            beside.getChildren().clear();
            notesScroll.setContent(null);
            if (narrow) {
                metricsTable.setMaxWidth(Region.USE_PREF_SIZE);
                metricsTable.setMinWidth(Region.USE_PREF_SIZE);
                notesScroll.setContent(notes);
                beside.getChildren().addAll(metricsTable, notesScroll);
                metricsBox.getChildren().add(beside);
            } else {
                metricsTable.setMaxWidth(Double.MAX_VALUE);
                metricsTable.setMinWidth(Region.USE_COMPUTED_SIZE);
                metricsBox.getChildren().addAll(metricsTable, notes);
            }
        };
    }

    /** What the metrics table's columns mean; the change column's words only while it is shown. */
    static String meaning(boolean change) {
        return "\u2191 higher is better, \u2193 lower. clustered: in the space K-Means clustered (or against the "
                + "genres); features: the same clusters in the scaled features, comparable across representations. "
                + (change ? "change: since the result named above (green better, red worse). "
                : "") + "Hover a row for its meaning; \u26a0 marks a degenerate value, the tooltip and the notes say why.";
    }

    /** A wrapped hint that keeps every line (a wrapped label in a crowded VBox is otherwise cut to one). */
    private static Label hint(Label label) {
        label.setWrapText(true);
        label.getStyleClass().add("hint");
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMinWidth(0);
        label.setPrefWidth(1); // the panel's width comes from the table; the hint wraps within it
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    /**
     * A point's hover text: its track, and when the plot is coloured by cluster, the cluster's whole name as the
     * legend would write it given the room ("Cluster 3: Folk 25% \u00b7 low energy"): a narrow legend leaves out the
     * part after the \u00b7 (Legend.labels), and this is where the window still shows it (the exported figure, at its
     * larger size, has it in its legend).
     */
    private String describe(int i) {
        return hoverText(ResultTexts.track(vm.resultProperty().get(), i), scatter.figure(),
                vm.colourByGenreProperty().get(), i);
    }

    /**
     * {@code track}, the hover text of point {@code i} of {@code shown}, with its category's whole name on a line of
     * its own when {@code shown} is coloured by cluster ({@code byGenre} false); {@code track} alone for noise, a
     * genre colouring (the track's line names its genre) or no figure.
     */
    static String hoverText(String track, ScatterFigure shown, boolean byGenre, int i) {
        if (track.isEmpty() || byGenre || shown == null || i < 0 || i >= shown.data().size()) {
            return track;
        }
        int c = shown.data().category(i);
        return c < 0 || c >= shown.categoryNames().size() ? track : track + "\n" + shown.categoryNames().get(c);
    }

}
