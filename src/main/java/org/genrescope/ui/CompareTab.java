package org.genrescope.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.genrescope.analysis.Comparison;
import org.genrescope.analysis.ComparisonMethod;
import org.genrescope.figures.ComparisonFigures;
import org.genrescope.plot.Figure;

/**
 * The Compare tab: does the autoencoder help? The four methods' metrics with their spread over seeds and a bar figure
 * of the chosen metric beside them (under them when the page is too narrow for both, as at 1024 x 700), then the
 * agreement between the methods (ARI) and the genre ceiling, and a pair's contingency table; a scrolling page of
 * {@link Sections}, each table showing all its rows. State and texts live in {@link CompareViewModel} and {@link CompareTexts}; this only lays out and binds.
 */
final class CompareTab {
    private final CompareViewModel cm;
    private final Consumer<Figure> exporter;
    final TableView<CompareTexts.Row> metrics = new TableView<>();
    final TableView<List<String>> ari = new TableView<>();
    final TableView<List<String>> contingency = new TableView<>();
    final TableView<CompareTexts.Row> ceiling = new TableView<>();
    /** Whether the metrics table shows its rows' compact form ({@link #fitMetrics}). */
    boolean compact;
    /** What the comparison ran, under the metrics table; in the compact form also why its cells are undefined. */
    final Label caption = new Label();
    /**
     * The page's width, in pixels, from which the figure and the agreement tables sit side by side: the ARI table's
     * five columns (about 600 px) beside a figure of at least 300 px.
     */
    static final double WIDE = 940;
    /** The bar figure's narrowest width beside the metrics table, in pixels. */
    static final double FIGURE_BESIDE = 300;

    CompareTab(CompareViewModel cm, Consumer<Figure> exporter) {
        this.cm = cm;
        this.exporter = exporter;
    }

    /** Builds the tab's content; called once, on the FX thread. */
    Node build() {
        metrics.setId("compareMetrics");
        ari.setId("compareAri");
        contingency.setId("compareContingency");
        ceiling.setId("compareCeiling");
        metrics.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        metrics.getColumns().add(Tables.textColumn("metric (mean ± sd over seeds)", 200, r -> r.metric(compact)));
        for (int m = 0; m < CompareTexts.METHODS.size(); m++) {
            int i = m;
            metrics.getColumns().add(Tables.numberColumn(shortLabel(CompareTexts.METHODS.get(m)), 120,
                    r -> r.cells(compact).get(i)));
        }
        Tables.rowTooltips(metrics, CompareTexts.Row::tooltip);
        metrics.setPlaceholder(new Label("Compare to see the four methods side by side."));
        ari.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        ari.getColumns().add(listColumn("ARI", 0));
        for (int m = 0; m < CompareTexts.METHODS.size(); m++) {
            ari.getColumns().add(listColumn(shortLabel(CompareTexts.METHODS.get(m)), m + 1));
        }
        ari.setPlaceholder(new Label(""));
        contingency.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        contingency.setPlaceholder(new Label("Run Compare, with two different methods chosen above, to see how their clusters share tracks."));
        ceiling.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        ceiling.getColumns().add(Tables.textColumn("genre from features", 120, CompareTexts.Row::metric));
        ceiling.getColumns().add(Tables.numberColumn("logistic regression", 120, r -> r.cells().get(0)));
        ceiling.getColumns().add(Tables.numberColumn("majority genre", 100, r -> r.cells().get(1)));
        Tables.rowTooltips(ceiling, CompareTexts.Row::tooltip);
        ceiling.setPlaceholder(new Label(""));

        FigureView figure = Sections.figure(new FigureView("Compare to see the methods' bars with the seeds' range.",
                exporter), 300);
        figure.setId("compareFigure");
        figure.figureProperty().bind(cm.figureProperty());
        List<String> choices = new ArrayList<>(ComparisonFigures.HEADLINE.keySet());
        choices.add(CompareViewModel.CEILING);
        ChoiceBox<String> metric = Controls.choice(cm.figureMetricProperty(), choices,
                k -> k.equals(CompareViewModel.CEILING) ? "Genre ceiling (supervised)" : ComparisonFigures.HEADLINE.get(k));
        metric.setId("compareFigureMetric");
        // the metric's chooser in the controls' row, where its long names ("Davies-Bouldin in the scaled features
        // (lower is better)") fit: above the figure beside the metrics it was cut to the figure's width
        metric.setMinWidth(Region.USE_PREF_SIZE);
        VBox figureBox = column(figure);
        VBox.setVgrow(figure, Priority.ALWAYS);

        wrapped(caption);
        caption.setId("compareCaption");
        // its least height is the height of its lines at the width it is given: a wrapped label's own least height
        // is that of its lines at its one-line width, and at 1024 x 700 the page, short of room, squeezed the box to
        // it and the figure under the box hid the caption's last three lines (new user, session 16)
        javafx.beans.InvalidationListener fitLines = x -> caption.setMinHeight(caption.getWidth() > 0
                ? caption.prefHeight(caption.getWidth()) : Region.USE_PREF_SIZE);
        caption.widthProperty().addListener(fitLines);
        caption.textProperty().addListener(fitLines);
        Sections.allRows(metrics, CompareTexts.rowCount());
        Label metricsHeading = Tables.heading(CompareTexts.metricsHeading(null));
        metricsHeading.setId("compareMetricsHeading");
        VBox metricsBox = column(metricsHeading, metrics, caption);
        // the two tables of one seed say which: the contingency's noise row beside the metrics' mean noise over the
        // seeds read as two counts of the same thing (session 14)
        Label agreementHeading = Tables.heading(CompareTexts.agreementHeading(null));
        agreementHeading.setId("compareAgreementHeading");
        Label contingencyHeading = Tables.heading(CompareTexts.contingencyHeading(null));
        contingencyHeading.setId("compareContingencyHeading");

        ChoiceBox<ComparisonMethod> a = Controls.choice(cm.pairAProperty(), CompareTexts.METHODS,
                ComparisonMethod::label);
        ChoiceBox<ComparisonMethod> b = Controls.choice(cm.pairBProperty(), CompareTexts.METHODS,
                ComparisonMethod::label);
        a.setId("comparePairA");
        b.setId("comparePairB");
        javafx.scene.layout.FlowPane pair = new javafx.scene.layout.FlowPane(6, 4,
                new Label("Tracks by cluster: rows"), a, new Label("columns"), b); // wraps in a narrow column
        pair.setAlignment(Pos.CENTER_LEFT);
        Label ceilingCaption = wrapped(new Label());
        Sections.allRows(ari, CompareTexts.METHODS.size());
        Sections.allRows(ceiling, 3);
        Label ceilingHeading = Tables.heading(CompareTexts.ceilingHeading(null));
        ceilingHeading.setId("compareCeilingHeading");
        VBox agreement = column(agreementHeading, ari, ceilingHeading, ceiling, ceilingCaption);
        Sections.atLeastRows(contingency, 6, 10);
        VBox pairBox = column(contingencyHeading, pair, contingency);
        VBox.setVgrow(contingency, Priority.ALWAYS);
        javafx.scene.control.ScrollPane page = Sections.page("comparePage", new javafx.scene.layout.StackPane());
        // the bar figure beside the metrics table when the page has room for both: under the table's 17 rows, at
        // 1440 x 900 its axis labels were below the fold (session 11's report)
        javafx.scene.layout.GridPane top = new javafx.scene.layout.GridPane();
        // the box's padding (column()) beside the table
        Runnable rearrange = beside(page, top, metricsBox, room -> fitMetrics(room - 2 * 4) + 2 * 4, figureBox);
        page.setContent(Sections.columns(page, WIDE, 42, List.of(List.of(top), List.of(agreement), List.of(pairBox)),
                2));

        Runnable update = () -> {
            Comparison.Result r = cm.resultProperty().get();
            metrics.getItems().setAll(CompareTexts.rows(r));
            ari.getItems().setAll(withHeadings(CompareTexts.ariMatrix(r)));
            ceiling.getItems().setAll(CompareTexts.ceilingRows(r == null ? null : r.ceiling()));
            metricsHeading.setText(CompareTexts.metricsHeading(r));
            agreementHeading.setText(CompareTexts.agreementHeading(r));
            ceilingHeading.setText(CompareTexts.ceilingHeading(r));
            contingencyHeading.setText(CompareTexts.contingencyHeading(r));
            ceilingCaption.setText(CompareTexts.ceilingCaption(r == null ? null : r.ceiling()));
            Sections.allRows(ari, CompareTexts.METHODS.size());
            HeaderFit.headerLines(ari, HeaderFit.fit(ari, Double.MAX_VALUE));
            Tables.fitToContent(ceiling);
            rearrange.run(); // fits the metrics table to its new cells, and places the figure by its width
        };
        Runnable updatePair = () -> showContingency(cm.contingency());
        cm.resultProperty().addListener(x -> {
            update.run();
            updatePair.run();
        });
        cm.pairAProperty().addListener(x -> updatePair.run());
        cm.pairBProperty().addListener(x -> updatePair.run());
        update.run();
        return new VBox(controls(metric), grow(page));
    }

    /**
     * Fits the metrics table's columns to its cells, in the full form when the table then fits {@code room} pixels,
     * else in the compact one ({@link CompareTexts.Row}: at 1024 x 700 with the settings open the full table's last
     * column was behind a scroll bar, session 15); returns the table's width. The table shows all its rows, so no
     * width is kept for a vertical scroll bar (the blank strip at its right before). On the FX thread.
     */
    double fitMetrics(double room) {
        double width = 0;
        for (boolean form : new boolean[] {false, true}) {
            if (compact != form) {
                compact = form; // the cells' value factories read it; measuring below asks them again
                metrics.refresh();
            }
            // the methods' headers on two lines ("features +" over "K-Means") where one line would widen the table
            Sections.allRows(metrics, CompareTexts.rowCount());
            HeaderFit.headerLines(metrics, HeaderFit.fit(metrics, Double.MAX_VALUE));
            double columns = metrics.getColumns().stream().mapToDouble(TableColumn::getPrefWidth).sum();
            // a table's border is 1 px a side (modena), before its CSS is applied too
            width = Math.ceil(columns + Math.max(2, metrics.getInsets().getLeft() + metrics.getInsets().getRight()));
            metrics.setPrefWidth(width);
            if (width <= room) {
                break;
            }
        }
        showCaption();
        return width;
    }

    /**
     * The caption in the table's form: the compact cells say "undefined" alone, so the caption says why (the full
     * ones say it in the cell).
     */
    private void showCaption() {
        Comparison.Result r = cm.resultProperty().get();
        String why = compact ? CompareTexts.undefinedNote(metrics.getItems(),
                CompareTexts.METHODS.stream().map(CompareTab::shortLabel).toList()) : "";
        caption.setText(CompareTexts.caption(r) + (why.isEmpty() ? "" : " " + why));
    }

    /**
     * {@code box} (the metrics table, its heading and caption) as wide as {@code fit} makes it for the room it is
     * given (the table's width and the box's padding: its caption wraps within) with {@code figure} taking the rest of
     * the row, while {@code page}'s viewport holds both with {@link #FIGURE_BESIDE} px for the figure; otherwise the
     * figure under the box. Rearranged as the viewport changes; the returned action rearranges after the table's cells
     * changed (a new comparison).
     */
    private static Runnable beside(javafx.scene.control.ScrollPane page, javafx.scene.layout.GridPane grid,
                                   Region box, java.util.function.DoubleUnaryOperator fit, Region figure) {
        grid.setHgap(8);
        grid.setVgap(8);
        Runnable arrange = () -> {
            double all = page.getViewportBounds().getWidth() - 2 * 6; // Sections' page padding
            double w = Math.ceil(fit.applyAsDouble(all));
            double room = all - grid.getHgap();
            boolean wide = room >= w + FIGURE_BESIDE;
            grid.getChildren().clear();
            grid.getColumnConstraints().clear();
            javafx.scene.layout.ColumnConstraints first = new javafx.scene.layout.ColumnConstraints();
            if (wide) {
                grid.add(box, 0, 0);
                grid.add(figure, 1, 0);
                first.setMinWidth(w);
                first.setPrefWidth(w);
                first.setMaxWidth(w);
                javafx.scene.layout.ColumnConstraints second = new javafx.scene.layout.ColumnConstraints();
                second.setHgrow(Priority.ALWAYS);
                grid.getColumnConstraints().addAll(first, second);
            } else {
                grid.add(box, 0, 0);
                grid.add(figure, 0, 1);
                first.setHgrow(Priority.ALWAYS);
                grid.getColumnConstraints().add(first);
            }
            javafx.scene.layout.GridPane.setVgrow(figure, Priority.ALWAYS);
            javafx.scene.layout.GridPane.setHgrow(figure, Priority.ALWAYS);
            // from the top of their cells: squeezed by the page's height, a centred box lost its heading's top
            // half above the page (at 1024 x 700 under a restored comparison's two-line status: new user, session 14)
            javafx.scene.layout.GridPane.setValignment(box, javafx.geometry.VPos.TOP);
            javafx.scene.layout.GridPane.setValignment(figure, javafx.geometry.VPos.TOP);
        };
        page.viewportBoundsProperty().addListener((o, old, now) -> {
            if (old == null || Math.abs(old.getWidth() - now.getWidth()) > 0.5) {
                arrange.run();
            }
        });
        arrange.run();
        return arrange;
    }

    private VBox controls(ChoiceBox<String> barMetric) {
        var seeds = Controls.tip(Controls.intSpinner(cm.seedsProperty(), 1, CompareViewModel.MAX_SEEDS, 1),
                "Seeds to run, from the settings' seed up: each trains one autoencoder (shared by K-Means and "
                        + "DBSCAN) and clusters four ways.");
        seeds.setId("compareSeeds");
        // never squeezed: at 1024 x 700 the row's long status took the width and the value showed as ":"
        seeds.setPrefWidth(80);
        seeds.setMinWidth(Region.USE_PREF_SIZE);
        seeds.disableProperty().bind(cm.runningProperty());
        Button run = Controls.tip(new Button("Compare"), "Runs the four methods with the settings and k of the "
                + "workbench, in the background.");
        run.setId("compareRun");
        run.setOnAction(e -> cm.compare());
        run.disableProperty().bind(cm.runningProperty());
        Button stop = new Button("Cancel");
        stop.setId("compareCancel");
        stop.setOnAction(e -> cm.cancel());
        stop.disableProperty().bind(cm.runningProperty().not());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(cm.progressProperty());
        bar.visibleProperty().bind(cm.runningProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        // the status on a line of its own under the buttons, wrapped: beside them it was cut to "...over the..."
        Label status = wrapped(new Label());
        status.setId("compareStatus");
        status.textProperty().bind(cm.statusProperty());
        status.setMinWidth(0);
        status.setMaxWidth(Double.MAX_VALUE);
        Label seedsLabel = new Label("Seeds");
        seedsLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label barsLabel = new Label("Bars:");
        barsLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(8, seedsLabel, seeds, run, stop, bar);
        buttons.setAlignment(Pos.CENTER_LEFT);
        HBox bars = new HBox(8, barsLabel, barMetric);
        bars.setAlignment(Pos.CENTER_LEFT);
        // the chooser beside the buttons where the row holds both, on a line of its own under them where not
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(16, 4, buttons, bars);
        row.setAlignment(Pos.CENTER_LEFT);
        for (Node n : List.of(run, stop)) {
            ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
        }
        // made with other settings than the window's now: says so, as the result's banner does
        Label stale = Controls.staleNote(cm.staleProperty(), "compareStale");
        VBox box = new VBox(4, row, status, stale);
        box.setPadding(new Insets(6));
        return box;
    }

    private void showContingency(CompareTexts.Contingency t) {
        contingency.getColumns().clear();
        contingency.getItems().clear();
        if (t == null) {
            return;
        }
        contingency.getColumns().add(listColumn("cluster", 0));
        for (int j = 0; j < t.columnLabels().size(); j++) {
            contingency.getColumns().add(listColumn(t.columnLabels().get(j), j + 1));
        }
        for (int i = 0; i < t.rowLabels().size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(t.rowLabels().get(i));
            for (int count : t.counts()[i]) {
                row.add(String.format(java.util.Locale.ROOT, "%,d", count));
            }
            contingency.getItems().add(row);
        }
        Tables.fitToContent(contingency);
    }

    private static List<List<String>> withHeadings(List<List<String>> matrix) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < matrix.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(shortLabel(CompareTexts.METHODS.get(i)));
            row.addAll(matrix.get(i));
            out.add(row);
        }
        return out;
    }

    /** "AE + K-Means": the full names do not fit a 4 x 4 matrix's columns. */
    static String shortLabel(ComparisonMethod m) {
        return m.label().replace("autoencoder", "AE").replace("scaled features", "features");
    }

    private static TableColumn<List<String>, String> listColumn(String title, int index) {
        TableColumn<List<String>, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().get(index)));
        c.setSortable(false);
        if (index > 0) {
            c.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        return c;
    }

    private static Label wrapped(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static VBox column(Node... nodes) {
        VBox box = new VBox(4, nodes);
        box.setPadding(new Insets(4));
        return box;
    }

    private static Node grow(Node n) {
        VBox.setVgrow(n, Priority.ALWAYS);
        return n;
    }
}
