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


/** The Clusters tab: the scatter of the shown result, its state line and its metrics with their change. */
final class ClustersTab extends ResultTab {
    ScatterCanvas scatter;
    TableView<MetricRow> metricsTable;

    ClustersTab(WorkbenchViewModel vm, Consumer<Figure> exporter) {
        super(vm, exporter);
    }

    javafx.scene.Node build(Runnable showDataTab) {
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
            state.setText(ResultTexts.state(r, vm.previewProperty().get(), vm.sweep().readyProperty().get(),
                    vm.sweep().totalProperty().get()));
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
        metricsTable.getColumns().add(Tables.textColumn("metric", 120, MetricRow::name));
        metricsTable.getColumns().add(Tables.textColumn("better", 55, MetricRow::better));
        metricsTable.getColumns().add(Tables.textColumn("clustered", 75, MetricRow::clustered));
        metricsTable.getColumns().add(Tables.textColumn("features", 75, MetricRow::features));
        TableColumn<MetricRow, String> change = Tables.textColumn("change", 75, MetricRow::change);
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
        VBox metricsBox = new VBox(4, Tables.heading("Metrics"), metricsTable, comparison, meaning);
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
        return ResultTexts.track(vm.resultProperty().get(), i);
    }

}
