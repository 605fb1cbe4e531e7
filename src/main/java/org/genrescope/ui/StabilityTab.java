package org.genrescope.ui;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.genrescope.plot.Figure;

/**
 * The Stability tab: runs the current settings over N seeds from the settings' seed and shows each metric's
 * spread, the tracks that change cluster most, the split tree across k and the pairwise ARI between the runs, on a
 * scrolling page of {@link Sections} (two columns on a wide window, one at 1024 x 700). Its state is a
 * {@link StabilityViewModel}; this class only lays out and binds.
 */
final class StabilityTab {
    /** The most seeds the spinner offers: the command line takes more, the window is for a quick look. */
    static final int MAX_SEEDS = 100;
    private static final int MAX_TREE_K = 30;
    /** The split tree's smallest height, in pixels: up to 29 layers of k with their labels. */
    static final double TREE_MIN_HEIGHT = 400;
    /**
     * The page's width, in pixels, from which the tables and the figures sit side by side: the metrics table's seven
     * columns (about 560 px) beside a split tree of at least 400 px.
     */
    static final double WIDE = 960;

    /** The widest a track's title or artist column gets, in pixels; longer ones end in "..." (the tooltip has them). */
    static final double TEXT_CAP = 180;

    private final WorkbenchViewModel vm;
    private final StabilityViewModel model;
    private final Consumer<Figure> exporter;

    StabilityTab(WorkbenchViewModel vm, StabilityViewModel model, Consumer<Figure> exporter) {
        this.vm = vm;
        this.model = model;
        this.exporter = exporter;
    }

    /** Builds the tab's content; called once, on the FX thread. */
    Node build() {
        FigureView tree = Sections.figure(new FigureView("Run to see how the clusters split as k grows, and which of "
                + "them every seed finds again.", exporter), 360);
        tree.setId("stabilityTree");
        tree.setMinHeight(TREE_MIN_HEIGHT);
        FigureView ari = Sections.figure(new FigureView("Run with at least two seeds to compare the runs' partitions.",
                exporter), 300);
        ari.setId("stabilityAri");
        model.treeFigureProperty().addListener((o, old, f) -> tree.figureProperty().set(f));
        model.ariFigureProperty().addListener((o, old, f) -> ari.figureProperty().set(f));

        TableView<StabilityRows.Metric> metrics = new TableView<>();
        metrics.setId("stabilityMetrics");
        metrics.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        metrics.getColumns().add(Tables.textColumn("metric", 130, StabilityRows.Metric::name));
        metrics.getColumns().add(Tables.textColumn("space", 70, StabilityRows.Metric::space));
        metrics.getColumns().add(Tables.numberColumn("runs", 50, StabilityRows.Metric::n));
        metrics.getColumns().add(Tables.numberColumn("mean", 60, StabilityRows.Metric::mean));
        metrics.getColumns().add(Tables.numberColumn("sd", 60, StabilityRows.Metric::sd));
        metrics.getColumns().add(Tables.numberColumn("min", 60, StabilityRows.Metric::min));
        metrics.getColumns().add(Tables.numberColumn("max", 60, StabilityRows.Metric::max));
        metrics.setPlaceholder(new Label("No study yet."));
        TableView<StabilityRows.Track> tracks = new TableView<>();
        tracks.setId("stabilityTracks");
        tracks.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        tracks.getColumns().add(Tables.textColumn("track", 60, StabilityRows.Track::track));
        tracks.getColumns().add(Tables.textColumn("cluster per run", 100, StabilityRows.Track::clusters));
        tracks.getColumns().add(Tables.numberColumn("most often", 70, StabilityRows.Track::modal));
        tracks.getColumns().add(Tables.numberColumn("in it", 60, StabilityRows.Track::share));
        javafx.scene.control.TableColumn<StabilityRows.Track, String> title = Tables.textColumn("title", 140,
                StabilityRows.Track::title);
        javafx.scene.control.TableColumn<StabilityRows.Track, String> artist = Tables.textColumn("artist", 120,
                StabilityRows.Track::artist);
        tracks.getColumns().add(title);
        tracks.getColumns().add(artist);
        Tables.rowTooltips(tracks, StabilityRows.Track::details); // a long title or artist is cut in its column
        tracks.setPlaceholder(new Label("No study yet, or every track stays in its cluster."));
        Sections.allRows(metrics, 4);
        Sections.atLeastRows(tracks, 6, 12);
        // before a study, every column as wide as its header: at the columns' first widths "cluster per run" and
        // "most often" showed as "cluster per ..." and "most o..." (session 11's report, at 1440 x 900)
        Tables.fitToContent(metrics);
        Tables.fitToContent(tracks);
        model.metricsProperty().addListener((o, old, rows) -> {
            metrics.getItems().setAll(rows);
            HeaderFit.fit(metrics, Double.MAX_VALUE);
            metrics.setMaxWidth(Double.MAX_VALUE);
            Sections.allRows(metrics, Math.max(4, rows.size())); // every metric, the page scrolls
        });
        model.tracksProperty().addListener((o, old, rows) -> {
            tracks.getItems().setAll(rows);
            // titles and artists no wider than TEXT_CAP each: a long title pushed the artist out of sight
            HeaderFit.fit(tracks, TEXT_CAP, title, artist);
            tracks.setMaxWidth(Double.MAX_VALUE);
        });

        Label summary = new Label();
        summary.setId("stabilitySummary");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // every line of it, the page scrolls
        summary.textProperty().bind(model.summaryProperty());
        summary.visibleProperty().bind(model.summaryProperty().isNotEmpty());
        summary.managedProperty().bind(summary.visibleProperty());

        VBox metricsBox = new VBox(4, wrapped(Tables.heading("Each metric over the kept runs (collapsed runs left "
                + "out)")), metrics);
        VBox tracksBox = new VBox(4, wrapped(Tables.heading("Tracks that change cluster most (clusters matched to the "
                + "reference seed)")), tracks);
        VBox.setVgrow(tracks, Priority.ALWAYS);
        ScrollPane page = Sections.page("stabilityPage", new StackPane());
        GridPane grid = Sections.columns(page, WIDE, 56, List.of(List.of(metricsBox, tree), List.of(tracksBox, ari)),
                0, 1);
        VBox content = new VBox(4, summary, grid);
        content.setPadding(new Insets(0, 0, 0, 6));
        VBox.setVgrow(grid, Priority.ALWAYS);
        page.setContent(content);
        Label status = new Label();
        status.setId("stabilityStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        // made with other settings than the window's now: says so, as the result's banner does
        Label stale = Controls.staleNote(model.staleProperty(), "stabilityStale");
        VBox top = new VBox(4, controls(), status, stale);
        top.setPadding(new Insets(6));
        return new BorderPane(page, top, null, null, null);
    }

    private HBox controls() {
        Spinner<Integer> seeds = Controls.id(Controls.tip(Controls.intSpinner(model.seedsProperty(), 2, MAX_SEEDS, 1),
                "The study trains the current settings once with each of N seeds: the settings' seed and the "
                        + "ones after it, as Compare."), "stabilitySeeds");
        seeds.setPrefWidth(80);
        Spinner<Integer> kMin = Controls.id(Controls.intSpinner(model.treeKMinProperty(), 2, MAX_TREE_K, 1),
                "treeKMin");
        Spinner<Integer> kMax = Controls.id(Controls.intSpinner(model.treeKMaxProperty(), 2, MAX_TREE_K, 1),
                "treeKMax");
        Controls.tip(kMin, "The split tree's smallest k.");
        Controls.tip(kMax, "The split tree's largest k: each seed's code is clustered once per k of the range.");
        kMin.setPrefWidth(70);
        kMax.setPrefWidth(70);
        Button run = Controls.id(new Button("Run"), "stabilityRun");
        run.setOnAction(e -> model.run());
        run.disableProperty().bind(model.runningProperty().or(vm.busyBinding()).or(vm.dataProperty().isNull())
                .or(model.treeKMaxProperty().lessThan(model.treeKMinProperty())));
        Button cancel = Controls.id(new Button("Cancel"), "stabilityCancel");
        cancel.setOnAction(e -> model.cancel());
        cancel.disableProperty().bind(model.runningProperty().not());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.runningProperty());
        bar.setPrefWidth(120);
        HBox box = new HBox(6, new Label("Seeds 1 to"), seeds, new Label("Tree: k from"), kMin, new Label("to"), kMax,
                run, cancel, bar);
        box.getChildren().forEach(n -> ((javafx.scene.layout.Region) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Label wrapped(Label label) {
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
