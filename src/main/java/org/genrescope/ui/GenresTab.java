package org.genrescope.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.CheckBox;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.plot.Figure;


/** The Genres vs clusters tab: the contingency heat map, each genre's dominant cluster and the agreement metrics. */
final class GenresTab extends ResultTab {

    GenresTab(WorkbenchViewModel vm, Consumer<Figure> exporter) {
        super(vm, exporter);
    }

    /**
     * Builds the tab's content; called once, on the FX thread. A new result reaches it through {@code later}
     * (at once while {@code shown}, else in a pulse of its own).
     */
    javafx.scene.Node build(TabUpdates later, javafx.beans.value.ObservableBooleanValue shown) {
        FigureView heatmap = new FigureView("Train to see how the genres spread over the clusters.", exporter);
        CheckBox blockOrder = Controls.tip(new CheckBox("Order by main cluster"), "Sorts the genres by their most "
                + "common cluster and the clusters by the genre they hold most of, so that blocks line up on the "
                + "diagonal; off keeps genres by name and clusters by number.");
        blockOrder.setId("blockOrder");
        blockOrder.setSelected(true);
        TableView<ResultTexts.DominantRow> dominant = new TableView<>();
        dominant.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY); // fitted to the values (Tables)
        dominant.getColumns().add(Tables.textColumn("genre", 100, ResultTexts.DominantRow::genre));
        dominant.getColumns().add(Tables.textColumn("cluster", 60, ResultTexts.DominantRow::cluster));
        dominant.getColumns().add(Tables.textColumn("share of the genre", 170, ResultTexts.DominantRow::share));
        TableView<MetricRow> external = new TableView<>();
        external.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        external.getColumns().add(Tables.textColumn("agreement", 110, MetricRow::name));
        external.getColumns().add(Tables.numberColumn("value", 70, MetricRow::clustered));
        Tables.rowTooltips(external, MetricRow::tooltip); // meaning and any reason, not cut
        Runnable drawHeatmap = () -> {
            AnalysisResult r = vm.resultProperty().get();
            heatmap.figureProperty().set(r == null ? null
                    : ResultFigures.contingency(r, caption(), blockOrder.isSelected()));
        };
        Runnable fillDominant = () -> {
            dominant.getItems().setAll(ResultTexts.dominantRows(vm.resultProperty().get()));
            Tables.fitToContent(dominant);
        };
        Runnable fillAgreement = () -> {
            AnalysisResult r = vm.resultProperty().get();
            external.getItems().setAll(r == null ? List.of()
                    : MetricRows.of(r, null).stream().filter(m -> m.features().isEmpty()).toList());
            Tables.fitToContent(external);
        };
        // each a pulse of its own while the tab is hidden: the two tables' new rows are most of the CSS and layout
        Runnable onResult = later.whenShown(shown, drawHeatmap, fillDominant, fillAgreement);
        vm.resultProperty().addListener(x -> onResult.run());
        blockOrder.selectedProperty().addListener(x -> drawHeatmap.run());
        VBox dominantBox = new VBox(6, Tables.heading("Each genre's most common cluster"), dominant);
        javafx.scene.control.Label hint = new javafx.scene.control.Label("Higher is better; hover a row for its meaning.");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox externalBox = new VBox(6, Tables.heading("Agreement with the genres"), external, hint);
        VBox.setVgrow(dominant, Priority.ALWAYS);
        VBox.setVgrow(external, Priority.ALWAYS);
        VBox.setVgrow(dominantBox, Priority.ALWAYS);
        VBox.setVgrow(externalBox, Priority.ALWAYS);
        VBox.setVgrow(heatmap, Priority.ALWAYS);
        VBox figure = new VBox(4, blockOrder, heatmap);
        figure.setPadding(new Insets(4, 0, 0, 6));
        SplitPane split = new SplitPane(figure);
        // Beside the heat map the tables take about 300 px: on a narrow tab (1024 x 700 with the settings open) that
        // left 16 clusters' columns 12 px each, too small for their numbers and every label. There the tables go
        // under the heat map, side by side, and the heat map keeps the tab's width.
        split.widthProperty().addListener((o, was, now) -> {
            boolean narrow = now.doubleValue() < NARROW;
            if (split.getItems().size() == 2 && narrow == (split.getOrientation() == Orientation.VERTICAL)) {
                return;
            }
            split.getItems().setAll(figure, arrange(narrow, dominantBox, externalBox));
            split.setOrientation(narrow ? Orientation.VERTICAL : Orientation.HORIZONTAL);
            split.setDividerPositions(narrow ? NARROW_FIGURE_SHARE : 0.58);
        });
        split.getItems().add(arrange(false, dominantBox, externalBox));
        split.setDividerPositions(0.58);
        return split;
    }

    /** Below this width of the tab the tables go under the heat map instead of beside it. */
    static final double NARROW = 1000;
    /** The heat map's share of the tab's height when the tables are under it. */
    static final double NARROW_FIGURE_SHARE = 0.6;

    /** The tables one over the other (beside the heat map: as wide as they need) or side by side (under it). */
    private static javafx.scene.layout.Region arrange(boolean narrow, VBox dominantBox, VBox externalBox) {
        javafx.scene.layout.Pane side = narrow ? new javafx.scene.layout.HBox(12) : new VBox(6);
        side.getChildren().setAll(dominantBox, externalBox);
        side.setPadding(new Insets(6));
        if (narrow) {
            javafx.scene.layout.HBox.setHgrow(externalBox, Priority.ALWAYS);
            side.setMinWidth(0);
            side.setMaxWidth(Double.MAX_VALUE);
            side.setMinHeight(0);
        } else {
            side.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            side.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        SplitPane.setResizableWithParent(side, narrow); // beside: the heat map takes a wider window
        return side;
    }

}
