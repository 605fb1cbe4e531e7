package org.genrescope.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.data.TrackFrame;
import org.genrescope.model.metrics.DominantCluster;
import org.genrescope.plot.BarFigure;
import org.genrescope.plot.Figure;
import org.genrescope.plot.ScatterFigure;

/** The result tabs: Data, Distributions, Clusters, Genres vs clusters, Cluster profiles. */
final class ResultTabs {
    private final WorkbenchViewModel vm;
    private final Consumer<Figure> exporter;
    final Tab data;
    final Tab distributions;
    final Tab clusters;
    final Tab genres;
    final Tab profiles;
    ScatterCanvas scatter;
    TableView<MetricRow> metricsTable;

    ResultTabs(WorkbenchViewModel vm, Consumer<Figure> exporter, Runnable showDataTab) {
        this.vm = vm;
        this.exporter = exporter;
        data = tab("Data", "dataTab", dataTab());
        distributions = tab("Distributions", "distributionsTab", distributionsTab());
        clusters = tab("Clusters", "clustersTab", clustersTab(showDataTab));
        genres = tab("Genres vs clusters", "genresTab", genresTab());
        profiles = tab("Cluster profiles", "profilesTab", profilesTab());
    }

    private static Tab tab(String title, String id, javafx.scene.Node content) {
        Tab t = new Tab(title, content);
        t.setId(id);
        t.setClosable(false);
        return t;
    }

    private String caption() {
        DataSet d = vm.dataProperty().get();
        return d == null ? "" : d.caption();
    }

    // ------------------------------------------------------------------ Data

    private javafx.scene.Node dataTab() {
        DataTableViewModel table = new DataTableViewModel(vm);
        TextField search = Controls.tip(new TextField(), "Shows tracks whose title, artist, album or genre contains "
                + "this text, or whose id is this number.");
        search.setId("search");
        search.setPromptText("Search title, artist, album, genre or id");
        search.textProperty().bindBidirectional(table.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        Label count = new Label();
        count.textProperty().bind(table.countTextProperty());
        Button showAll = Controls.tip(new Button("Show all"), "Clears the box selection made in the Clusters tab.");
        showAll.setOnAction(e -> vm.select(new int[0]));
        showAll.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.selectionProperty().get().length > 0, vm.selectionProperty()));
        HBox bar = new HBox(8, search, count, showAll);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));

        TableView<Integer> view = new TableView<>();
        view.setId("dataTable");
        view.setItems(table.rows());
        // the data layer sorts (Tablesaw, on the values themselves), not a comparator over cell values on the FX thread
        view.setSortPolicy(t -> {
            List<TrackFrame.SortKey> keys = new ArrayList<>();
            for (TableColumn<Integer, ?> c : t.getSortOrder()) {
                keys.add(new TrackFrame.SortKey((String) c.getUserData(), c.getSortType() == TableColumn.SortType.ASCENDING));
            }
            table.sortBy(keys);
            return true;
        });
        view.setPlaceholder(new Label("No tracks"));
        Runnable columns = () -> {
            view.getColumns().clear();
            DataSet d = vm.dataProperty().get();
            if (d == null) {
                return;
            }
            view.getColumns().add(column("id", TrackFrame.ID, 70, d.tracks()::trackId));
            view.getColumns().add(column("title", TrackFrame.TITLE, 200, i -> nonNull(d.tracks().title(i))));
            view.getColumns().add(column("artist", TrackFrame.ARTIST, 160, i -> nonNull(d.tracks().artist(i))));
            view.getColumns().add(column("genre", TrackFrame.GENRE, 110, i -> nonNull(d.tracks().genre(i))));
            view.getColumns().add(column("cluster", TrackFrame.CLUSTER, 60, table::clusterOf));
            List<String> features = d.tracks().featureNames();
            for (int j = 0; j < features.size(); j++) {
                int column = j;
                view.getColumns().add(numberColumn(DataSet.shortName(features.get(j)), features.get(j), 90,
                        i -> d.tracks().feature(i, column)));
            }
        };
        vm.dataProperty().addListener(x -> columns.run());
        vm.resultProperty().addListener(x -> view.refresh());
        columns.run();

        TextArea cleaning = new TextArea();
        cleaning.setId("cleaningReport");
        cleaning.setEditable(false);
        cleaning.getStyleClass().add("mono");
        cleaning.textProperty().bind(table.cleaningTextProperty());
        VBox cleaningBox = new VBox(4, heading("What cleaning and genre grouping did"), cleaning);
        VBox.setVgrow(cleaning, Priority.ALWAYS);
        cleaningBox.setPadding(new Insets(6));
        SplitPane split = new SplitPane(view, cleaningBox);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.7);
        return new BorderPane(split, bar, null, null, null);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** A column of the data table; {@code sortKey} is the data layer's name for it (the table's sort policy uses it). */
    private static <T> TableColumn<Integer, T> column(String title, String sortKey, double width,
                                                      java.util.function.IntFunction<T> value) {
        TableColumn<Integer, T> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setUserData(sortKey);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }

    /** A feature column: sorts by the exact value, shows four significant digits (the tooltip has them all). */
    private static TableColumn<Integer, Double> numberColumn(String title, String sortKey, double width,
                                                            java.util.function.IntFunction<Double> value) {
        TableColumn<Integer, Double> c = column(title, sortKey, width, value);
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : String.format(java.util.Locale.ROOT, "%.4g", item));
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(Double.toString(item)));
            }
        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    // ------------------------------------------------------------------ Distributions

    private javafx.scene.Node distributionsTab() {
        FigureView figure = new FigureView("Open data to see its distributions.", exporter);
        ToggleButton scaled = Controls.tip(new ToggleButton("Scaled"), "Shows the features as the model sees them, "
                + "after scaling; off shows them in original units (tempo in BPM).");
        ChoiceBox<ResultFigures.Split> split = Controls.tip(new ChoiceBox<>(FXCollections.observableArrayList(
                ResultFigures.Split.values())), "Splits each histogram by genre: overlaid on one pair of axes, or "
                + "faceted into one strip per genre.");
        split.setValue(ResultFigures.Split.NONE);
        split.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ResultFigures.Split s) {
                return s == null ? "" : switch (s) {
                    case NONE -> "all genres together";
                    case OVERLAID -> "by genre, overlaid";
                    case FACETED -> "by genre, faceted";
                };
            }

            @Override
            public ResultFigures.Split fromString(String s) {
                return null;
            }
        });
        TableView<SummaryRows.Row> summaryTable = summaryTable();
        // the summaries depend on the data and the scaling only, not the split (tens of ms on the real data)
        Object[] memo = {null, null, null};
        Runnable update = () -> {
            DataSet d = vm.dataProperty().get();
            if (d == null) {
                figure.figureProperty().set(null);
                summaryTable.getItems().clear();
                return;
            }
            if (memo[0] != d || !Boolean.valueOf(scaled.isSelected()).equals(memo[1])) {
                memo[0] = d;
                memo[1] = scaled.isSelected();
                memo[2] = ResultFigures.summaries(d, scaled.isSelected());
            }
            var summaries = (org.genrescope.data.FeatureSummaries) memo[2];
            figure.figureProperty().set(ResultFigures.distributions(d, summaries, scaled.isSelected(), split.getValue(),
                    d.caption()));
            summaryTable.getItems().setAll(SummaryRows.of(summaries, scaled.isSelected() ? java.util.Map.of()
                    : d.cleaning().imputedByFeature(), split.getValue() != ResultFigures.Split.NONE));
        };
        vm.dataProperty().addListener(x -> update.run());
        scaled.selectedProperty().addListener(x -> update.run());
        split.valueProperty().addListener(x -> update.run());
        HBox bar = new HBox(8, new Label("Histograms of the cleaned data the model sees:"), scaled, split);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));
        SplitPane body = new SplitPane(figure, summaryTable);
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.72);
        return new BorderPane(body, bar, null, null, null);
    }

    /** Every feature's summary (pandas' conventions: sample sd, linearly interpolated quantiles); per genre when split. */
    private static TableView<SummaryRows.Row> summaryTable() {
        TableView<SummaryRows.Row> t = new TableView<>();
        t.setId("summaryTable");
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        t.getColumns().add(textColumn("feature", 110, SummaryRows.Row::feature));
        t.getColumns().add(textColumn("tracks", 90, SummaryRows.Row::group));
        t.getColumns().add(textColumn("count", 60, SummaryRows.Row::count));
        t.getColumns().add(textColumn("missing", 55, SummaryRows.Row::missing));
        t.getColumns().add(textColumn("imputed", 55, SummaryRows.Row::imputed));
        t.getColumns().add(textColumn("mean", 60, SummaryRows.Row::mean));
        t.getColumns().add(textColumn("sd", 60, SummaryRows.Row::sd));
        t.getColumns().add(textColumn("min", 60, SummaryRows.Row::min));
        t.getColumns().add(textColumn("5%", 60, SummaryRows.Row::q05));
        t.getColumns().add(textColumn("25%", 60, SummaryRows.Row::q25));
        t.getColumns().add(textColumn("median", 60, SummaryRows.Row::median));
        t.getColumns().add(textColumn("75%", 60, SummaryRows.Row::q75));
        t.getColumns().add(textColumn("95%", 60, SummaryRows.Row::q95));
        t.getColumns().add(textColumn("max", 60, SummaryRows.Row::max));
        t.setPlaceholder(new Label("Open data to see its summaries."));
        Controls.tip(t, "count: values present; missing: values absent in the table shown; imputed: values cleaning "
                + "filled in; sd: sample standard deviation (n - 1); quantiles interpolate linearly between values, "
                + "as pandas does.");
        return t;
    }

    // ------------------------------------------------------------------ Clusters

    private javafx.scene.Node clustersTab(Runnable showDataTab) {
        scatter = new ScatterCanvas(this::describe, ids -> {
            vm.select(ids);
            showDataTab.run();
        });
        ToggleGroup colour = new ToggleGroup();
        RadioButton byCluster = Controls.tip(new RadioButton("by cluster"), "Colours each track by its cluster.");
        byCluster.setId("colourByCluster");
        RadioButton byGenre = Controls.tip(new RadioButton("by genre"), "Colours each track by its genre, to compare.");
        byGenre.setId("colourByGenre");
        byCluster.setToggleGroup(colour);
        byGenre.setToggleGroup(colour);
        byCluster.setSelected(true);
        Button reset = Controls.tip(new Button("Reset view"), "Back to all points (or double-click the plot). Wheel "
                + "zooms, dragging pans, Shift+drag selects a box of tracks and shows them in the Data tab.");
        reset.setOnAction(e -> scatter.resetView());
        Label state = new Label();
        state.setId("resultState");
        state.getStyleClass().add("result-state");
        Runnable stateText = () -> {
            AnalysisResult r = vm.resultProperty().get();
            if (r == null) {
                state.setText("");
                return;
            }
            String s = ResultFigures.clusterTitle(r);
            if (vm.previewProperty().get()) {
                s += " - PREVIEW (1 restart, sampled silhouette); the full result follows";
            }
            if (vm.sweep().totalProperty().get() > 0 && vm.sweep().readyProperty().get() < vm.sweep().totalProperty().get()) {
                s += String.format(Locale.ROOT, "   k range: %d of %d ready", vm.sweep().readyProperty().get(),
                        vm.sweep().totalProperty().get());
            }
            state.setText(s);
            state.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("preview"), vm.previewProperty().get());
        };
        vm.resultProperty().addListener(x -> stateText.run());
        vm.previewProperty().addListener(x -> stateText.run());
        vm.sweep().readyProperty().addListener(x -> stateText.run());
        vm.sweep().totalProperty().addListener(x -> stateText.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label("Colour"), byCluster, byGenre, reset, spacer, state);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));

        AnalysisResult[] shownFor = {null};
        Runnable updateScatter = () -> {
            AnalysisResult r = vm.resultProperty().get();
            if (r == null) {
                scatter.setFigure(null, false);
                shownFor[0] = null;
                return;
            }
            ScatterFigure f = ResultFigures.scatter(r, byGenre.isSelected() ? ResultFigures.ColourBy.GENRE
                    : ResultFigures.ColourBy.CLUSTER, caption());
            if (f != null && vm.collapsedProperty().get()) {
                f = f.withTitle("COLLAPSED AUTOENCODER - not a result").withPointStyle(4, 0.25);
            }
            boolean samePoints = shownFor[0] != null && shownFor[0].projection() == r.projection();
            if (f != null) {
                f = f.withHighlighted(vm.selectionProperty().get());
            }
            scatter.setFigure(f, samePoints);
            shownFor[0] = r;
        };
        vm.resultProperty().addListener(x -> updateScatter.run());
        colour.selectedToggleProperty().addListener(x -> updateScatter.run());
        vm.selectionProperty().addListener(x -> scatter.highlight(vm.selectionProperty().get()));

        metricsTable = new TableView<>();
        metricsTable.setId("metricsTable");
        metricsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        metricsTable.getColumns().add(textColumn("metric", 120, MetricRow::name));
        metricsTable.getColumns().add(textColumn("better", 55, MetricRow::better));
        metricsTable.getColumns().add(textColumn("clustered", 75, MetricRow::clustered));
        metricsTable.getColumns().add(textColumn("features", 75, MetricRow::features));
        TableColumn<MetricRow, String> change = textColumn("change", 75, MetricRow::change);
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
        metricsTable.getColumns().add(change);
        metricsTable.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(MetricRow item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(
                        item.name() + ": " + item.meaning() + "; " + item.better() + " is better."));
            }
        });
        Label placeholder = new Label();
        placeholder.textProperty().bind(vm.metricsPlaceholderBinding());
        metricsTable.setPlaceholder(placeholder);
        Label meaning = new Label("clustered: in the space K-Means clustered (or against the genres); features: the "
                + "same clusters scored in the scaled feature space, comparable across representations; change: since "
                + "the previous full result on the same data, named above (green better, red worse). Hover a row for its meaning.");
        meaning.setWrapText(true);
        meaning.getStyleClass().add("hint");
        Label comparison = new Label();
        comparison.setId("comparison");
        comparison.setWrapText(true);
        comparison.getStyleClass().add("hint");
        comparison.textProperty().bind(vm.comparisonProperty());
        VBox metricsBox = new VBox(4, heading("Metrics"), metricsTable, comparison, meaning);
        VBox.setVgrow(metricsTable, Priority.ALWAYS);
        metricsBox.setPadding(new Insets(6));
        Runnable updateMetrics = () -> {
            AnalysisResult r = vm.resultProperty().get();
            metricsTable.getItems().setAll(r == null ? List.of() : MetricRows.of(r, vm.previousResultProperty().get()));
        };
        vm.resultProperty().addListener(x -> updateMetrics.run());

        SplitPane split = new SplitPane(scatter, metricsBox);
        split.setDividerPositions(0.6);
        return new BorderPane(split, bar, null, null, null);
    }

    private String describe(int i) {
        AnalysisResult r = vm.resultProperty().get();
        if (r == null || i >= r.rows()) {
            return "";
        }
        var t = r.tracks();
        int cluster = r.clustering().label(i);
        return String.format(Locale.ROOT, "%s%n%s%ngenre: %s   cluster: %s   id %d",
                t.titles()[i] == null ? "(untitled)" : t.titles()[i],
                t.artists()[i] == null ? "(unknown artist)" : t.artists()[i],
                t.genres()[i] == null ? "none" : t.genres()[i], cluster < 0 ? "noise" : Integer.toString(cluster),
                t.trackIds()[i]);
    }

    private static <S> TableColumn<S, String> textColumn(String title, double width, java.util.function.Function<S, String> value) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("heading");
        return l;
    }

    // ------------------------------------------------------------------ Genres vs clusters

    private record DominantRow(String genre, String cluster, String share) { }

    private javafx.scene.Node genresTab() {
        FigureView heatmap = new FigureView("Train to see how the genres spread over the clusters.", exporter);
        TableView<DominantRow> dominant = new TableView<>();
        dominant.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        dominant.getColumns().add(textColumn("genre", 100, DominantRow::genre));
        dominant.getColumns().add(textColumn("cluster", 60, DominantRow::cluster));
        dominant.getColumns().add(textColumn("share of the genre", 170, DominantRow::share));
        TableView<MetricRow> external = new TableView<>();
        external.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        external.getColumns().add(textColumn("agreement", 110, MetricRow::name));
        external.getColumns().add(textColumn("value", 70, MetricRow::clustered));
        external.getColumns().add(textColumn("meaning", 220, MetricRow::meaning));
        Runnable update = () -> {
            AnalysisResult r = vm.resultProperty().get();
            heatmap.figureProperty().set(r == null ? null : ResultFigures.contingency(r, caption()));
            List<DominantRow> rows = new ArrayList<>();
            List<MetricRow> metrics = new ArrayList<>();
            if (r != null && r.contingency() != null) {
                for (DominantCluster dc : r.contingency().dominantClusters()) {
                    rows.add(new DominantRow(dc.truthClass() >= 0 ? r.genreNames().get(dc.truthClass()) : "(none)",
                            dc.cluster() < 0 ? "noise" : Integer.toString(dc.cluster()),
                            String.format(Locale.ROOT, "%.0f%% (%,d of %,d)", 100 * dc.share(), dc.membersInCluster(),
                                    dc.classSize())));
                }
                metrics = MetricRows.of(r, null).stream().filter(m -> m.features().isEmpty()).toList();
            }
            dominant.getItems().setAll(rows);
            external.getItems().setAll(metrics);
        };
        vm.resultProperty().addListener(x -> update.run());
        VBox side = new VBox(6, heading("Each genre's most common cluster"), dominant,
                heading("Agreement of the clusters with the genres (higher is better)"), external);
        VBox.setVgrow(dominant, Priority.ALWAYS);
        VBox.setVgrow(external, Priority.ALWAYS);
        side.setPadding(new Insets(6));
        SplitPane split = new SplitPane(heatmap, side);
        split.setDividerPositions(0.58);
        return split;
    }

    // ------------------------------------------------------------------ Cluster profiles

    private record ProfileRow(String cluster, String size, String topGenres) { }

    private javafx.scene.Node profilesTab() {
        VBox figures = new VBox(4);
        TableView<ProfileRow> table = new TableView<>();
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(textColumn("cluster", 70, ProfileRow::cluster));
        table.getColumns().add(textColumn("tracks", 70, ProfileRow::size));
        table.getColumns().add(textColumn("top genres", 400, ProfileRow::topGenres));
        table.setPrefHeight(180);
        Runnable update = () -> {
            AnalysisResult r = vm.resultProperty().get();
            figures.getChildren().clear();
            table.getItems().clear();
            if (r == null) {
                figures.getChildren().add(new Label("Train to see each cluster's centre in original units."));
                return;
            }
            List<BarFigure> bars = ResultFigures.profiles(r, caption());
            // side by side rather than stacked: a stacked tempo chart was too short for its legend ("+ 2 more")
            javafx.scene.layout.GridPane row = new javafx.scene.layout.GridPane();
            row.setHgap(4);
            for (int i = 0; i < bars.size(); i++) {
                FigureView view = new FigureView("", exporter);
                view.figureProperty().set(bars.get(i));
                javafx.scene.layout.ColumnConstraints column = new javafx.scene.layout.ColumnConstraints();
                column.setPercentWidth(bars.size() == 1 ? 100 : i == 0 ? 68 : 32.0 / (bars.size() - 1));
                row.getColumnConstraints().add(column);
                javafx.scene.layout.GridPane.setVgrow(view, Priority.ALWAYS);
                javafx.scene.layout.GridPane.setHgrow(view, Priority.ALWAYS);
                view.setPrefHeight(400);
                row.add(view, i, 0);
            }
            VBox.setVgrow(row, Priority.ALWAYS);
            figures.getChildren().add(row);
            int[] sizes = r.clustering().clusterSizes();
            for (int c = 0; c < sizes.length; c++) {
                table.getItems().add(new ProfileRow(Integer.toString(c), String.format(Locale.ROOT, "%,d", sizes[c]),
                        topGenres(r, c)));
            }
        };
        vm.resultProperty().addListener(x -> update.run());
        update.run();
        HBox.setHgrow(figures, Priority.ALWAYS);
        SplitPane split = new SplitPane(figures, table);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.75);
        return split;
    }

    /** The three most common genres of cluster {@code c} with their shares. */
    static String topGenres(AnalysisResult r, int c) {
        if (r.contingency() == null) {
            return "";
        }
        var table = r.contingency();
        int column = -1;
        int[] clusters = table.clusters();
        for (int j = 0; j < clusters.length; j++) {
            if (clusters[j] == c) {
                column = j;
            }
        }
        if (column < 0) {
            return "";
        }
        int size = table.clusterSize(column);
        List<int[]> counts = new ArrayList<>();
        int[] classes = table.truthClasses();
        for (int i = 0; i < classes.length; i++) {
            counts.add(new int[] {classes[i], table.count(i, column)});
        }
        counts.sort((a, b) -> Integer.compare(b[1], a[1]));
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < Math.min(3, counts.size()); i++) {
            int[] gc = counts.get(i);
            if (gc[1] == 0) {
                break;
            }
            String name = gc[0] >= 0 && gc[0] < r.genreNames().size() ? r.genreNames().get(gc[0]) : "(none)";
            parts.add(String.format(Locale.ROOT, "%s %.0f%%", name, 100.0 * gc[1] / Math.max(1, size)));
        }
        return String.join(", ", parts);
    }
}
