package org.genrescope.ui;

import java.util.function.Consumer;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.genrescope.analysis.Pipeline;
import org.genrescope.analysis.Sweep;
import org.genrescope.analysis.SweepMetric;
import org.genrescope.model.embedding.IsolatedAutoencoderTrainer;
import org.genrescope.plot.Figure;
import org.genrescope.plot.HeatmapFigure;
import org.genrescope.plot.SweepHeatmap;

/**
 * The Sweep tab: the grid's fields, Run and Cancel with progress, the metric chooser and the heatmap (an internal
 * metric beside its clustered-space twin, side by side on a wide window and one under the other on a scrolling page
 * at 1024 x 700); hovering a cell gives its spread, clicking it loads its latent size and
 * k into the settings. The state is {@link SweepViewModel}'s.
 */
final class SweepTab {
    /** A heatmap's smallest width, in pixels: its axes, a colour bar and up to 19 columns of k. */
    static final double HEATMAP_MIN_WIDTH = 400;
    /** The page's width, in pixels, from which the two heatmaps sit side by side, each at its smallest or wider. */
    static final double WIDE = 2 * HEATMAP_MIN_WIDTH + 20;
    final SweepViewModel model;
    private final Consumer<Figure> exporter;

    /**
     * A tab sweeping {@code vm}'s data with its settings on a pipeline of its own (so a sweep and a training do not
     * wait for each other) and its own worker threads.
     */
    SweepTab(WorkbenchViewModel vm, Consumer<Figure> exporter) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        Sweep sweep = new Sweep(new Pipeline(threads, IsolatedAutoencoderTrainer.shared()), threads);
        this.model = new SweepViewModel(new FxBackgroundRunner(), vm.settings(), vm.dataProperty(), sweep::run);
        this.exporter = exporter;
    }

    /** Builds the tab's content; called once, on the FX thread. */
    javafx.scene.Node build() {
        TextField latents = field("sweepLatents", model.latentsProperty(), "Latent sizes: the autoencoder's code "
                + "width (or the principal components): a range such as 2..7, a list such as 2,4,8, or both.");
        TextField ks = field("sweepKs", model.ksProperty(), "Numbers of clusters, at least 2: a range or a list.");
        TextField seeds = field("sweepSeeds", model.seedsProperty(), "Seeds: each trains the autoencoder once per "
                + "latent size and starts its cells' K-Means; each cell shows the mean over them.");
        Button run = Controls.id(new Button("Run sweep"), "sweepRun");
        run.setOnAction(e -> model.run());
        run.disableProperty().bind(model.runningProperty());
        Button cancel = Controls.id(new Button("Cancel"), "sweepCancel");
        cancel.setOnAction(e -> model.cancel());
        cancel.disableProperty().bind(model.runningProperty().not());
        ProgressBar progress = Controls.id(new ProgressBar(), "sweepProgress");
        progress.progressProperty().bind(model.progressProperty());
        // an empty bar before the first sweep read as a sweep stuck at 0 (new-user check); it keeps its place
        progress.visibleProperty().bind(model.runningProperty().or(model.progressProperty().greaterThan(0)));
        progress.setPrefWidth(140);
        progress.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ChoiceBox<SweepMetric> metric = Controls.id(Controls.choice(model.metricProperty(), SweepViewModel.CHOICES,
                SweepViewModel::choiceName), "sweepMetric");
        Button export = Controls.id(new Button("Export heatmap..."), "sweepExport");
        export.disableProperty().bind(model.figureProperty().isNull());
        export.setOnAction(e -> exporter.accept(model.figureProperty().get()));
        FlowPane grid = new FlowPane(8, 6, new Label("Latent sizes"), latents, new Label("k"), ks, new Label("Seeds"),
                seeds, run, cancel);
        grid.setAlignment(Pos.CENTER_LEFT);
        HBox chooser = new HBox(8, new Label("Metric"), metric, export);
        chooser.setAlignment(Pos.CENTER_LEFT);

        Label error = Controls.id(new Label(), "sweepError");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.errorProperty());
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        Label status = Controls.id(new Label(), "sweepStatus");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps onto a second line, never cut
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox progressRow = new HBox(8, progress, status); // one line at any width, the bar beside what it measures
        progressRow.setAlignment(Pos.CENTER_LEFT);

        FigureView main = heatmap("sweepHeatmap", model.figureProperty(), model.metricProperty()::get);
        FigureView beside = heatmap("sweepBeside", model.besideFigureProperty(),
                () -> SweepViewModel.beside(model.metricProperty().get()));
        beside.managedProperty().bind(model.besideFigureProperty().isNotNull());
        beside.visibleProperty().bind(beside.managedProperty());
        Label hint = new Label("Each cell is a full run with the settings panel's other settings (K-Means; "
                + "autoencoder or PCA). Hover a cell for its spread over the seeds; click it to load its latent size "
                + "and k into the settings; right-click a heatmap to export it.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        ScrollPane page = Sections.page("sweepPage", new StackPane());
        GridPane figures = Sections.columns(page, WIDE, 50, List.of(List.of(main, beside)), 0);
        VBox content = new VBox(4, figures, hint);
        content.setPadding(new Insets(0, 6, 6, 0));
        VBox.setVgrow(figures, Priority.ALWAYS);
        page.setContent(content);
        VBox.setVgrow(page, Priority.ALWAYS);
        VBox box = new VBox(6, grid, chooser, progressRow, error, page);
        box.setPadding(new Insets(6));
        return box;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty text, String tip) {
        TextField f = Controls.tip(Controls.id(new TextField(), id), tip);
        f.textProperty().bindBidirectional(text);
        f.setPrefColumnCount(6);
        return f;
    }

    /** A heatmap view whose cells answer hover (the spread) and click (load the cell into the settings). */
    private FigureView heatmap(String id, javafx.beans.value.ObservableValue<HeatmapFigure> figure,
                               java.util.function.Supplier<SweepMetric> shown) {
        FigureView view = Sections.figure(Controls.id(new FigureView("Run a sweep to see its heatmap here.", exporter),
                id), HEATMAP_MIN_WIDTH);
        view.figureProperty().bind(figure);
        Tooltip tip = new Tooltip();
        tip.setShowDelay(Duration.millis(150));
        tip.setShowDuration(Duration.seconds(30));
        view.setOnMouseMoved(e -> {
            int[] cell = cellAt(view, e.getX(), e.getY());
            String text = cell == null ? "" : model.tooltip(shown.get(), cell[0], cell[1]);
            if (text.isEmpty()) {
                Tooltip.uninstall(view, tip);
            } else {
                tip.setText(text);
                Tooltip.install(view, tip);
            }
        });
        view.setOnMouseClicked(e -> {
            int[] cell = e.getButton() == MouseButton.PRIMARY ? cellAt(view, e.getX(), e.getY()) : null;
            if (cell != null) {
                model.choose(cell[0], cell[1]);
            }
        });
        return view;
    }

    private static int[] cellAt(FigureView view, double x, double y) {
        if (!(view.figureProperty().get() instanceof HeatmapFigure f)) {
            return null;
        }
        return SweepHeatmap.cellAt(f, view.getWidth(), view.getHeight(), x, y);
    }
}
