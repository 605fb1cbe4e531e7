package org.genrescope.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.plot.BarFigure;
import org.genrescope.plot.Figure;


/**
 * The Cluster profiles tab: each cluster's members' mean in original units (bars), and a table that explains each
 * cluster: its label, top genres, the features that set it apart and the tracks nearest its centre.
 */
final class ProfilesTab extends ResultTab {

    /** The most lines a text cell of the explanations' table wraps onto. */
    static final int TEXT_LINES = 3;
    /** A text column's narrowest width, in pixels: a few words a line. */
    static final double MIN_TEXT_WIDTH = 110;

    ProfilesTab(WorkbenchViewModel vm, Consumer<Figure> exporter) {
        super(vm, exporter);
    }

    /**
     * Builds the tab's content; called once, on the FX thread. A new result reaches it through {@code later}
     * (at once while {@code shown}, else in a pulse of its own).
     */
    javafx.scene.Node build(TabUpdates later, javafx.beans.value.ObservableBooleanValue shown) {
        VBox figures = new VBox(4);
        TableView<ExplainedRows.Row> table = new TableView<>();
        table.setId("explainedTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(Tables.numberColumn("cluster", 60, ExplainedRows.Row::cluster));
        table.getColumns().add(Tables.numberColumn("tracks", 60, ExplainedRows.Row::size));
        // the narrow columns keep their headers readable when the table is squeezed
        table.getColumns().forEach(c -> c.setMinWidth(c.getPrefWidth()));
        // the long texts wrap onto up to three lines (the table squeezed to a small window cut them to one), the
        // headers onto two; the row's tooltip has every part in full
        List<javafx.scene.control.TableColumn<ExplainedRows.Row, String>> texts = List.of(
                Tables.textColumn("label", 260, ExplainedRows.Row::label),
                Tables.textColumn("top genres", 210, ExplainedRows.Row::topGenres),
                Tables.textColumn("set apart by\n(members' mean vs all tracks, in sd)", 330, ExplainedRows.Row::setApart),
                Tables.textColumn("tracks nearest\nthe centre", 330, ExplainedRows.Row::representatives));
        for (javafx.scene.control.TableColumn<ExplainedRows.Row, String> column : texts) {
            WrappedTextCell.wrap(column, TEXT_LINES);
            column.setMinWidth(MIN_TEXT_WIDTH);
            tipHeader(column);
            table.getColumns().add(column);
        }
        Tables.rowTooltips(table, ExplainedRows.Row::details);
        table.setPrefHeight(180);
        List<FigureView> views = new java.util.ArrayList<>();
        Label empty = new Label("Train to see each cluster's centre in original units.");
        Runnable update = () -> {
            AnalysisResult r = vm.resultProperty().get();
            if (r == null) {
                views.clear();
                figures.getChildren().setAll(empty);
                table.getItems().clear();
                return;
            }
            List<BarFigure> bars = ResultFigures.profiles(r, caption());
            if (bars.size() != views.size() || views.isEmpty()) {
                figures.getChildren().setAll(barRow(bars.size(), views));
            }
            // the same views take the new figures: new ones (each with its context menu) were styled and laid out
            // from scratch at every result shown
            for (int i = 0; i < bars.size(); i++) {
                views.get(i).figureProperty().set(bars.get(i));
            }
            table.getItems().setAll(ExplainedRows.of(r));
        };
        Runnable onResult = later.whenShown(shown, update);
        vm.resultProperty().addListener(x -> onResult.run());
        update.run();
        HBox.setHgrow(figures, Priority.ALWAYS);
        SplitPane split = new SplitPane(figures, table);
        split.setOrientation(Orientation.VERTICAL);
        // the explanations' table gets room for a dozen clusters; the bars keep the larger part
        split.setDividerPositions(0.6);
        return split;
    }

    /** Shows {@code column}'s header as a label with its whole text in a tooltip, for a squeezed column. */
    private static void tipHeader(javafx.scene.control.TableColumn<?, ?> column) {
        Label header = new Label(column.getText());
        header.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        header.setTooltip(new javafx.scene.control.Tooltip(column.getText().replace('\n', ' ')));
        header.setMinWidth(0);
        column.setText(null);
        column.setGraphic(header);
    }

    /** A row of {@code count} figure views, side by side (filled into {@code views}), growing with the tab. */
    private javafx.scene.layout.GridPane barRow(int count, List<FigureView> views) {
        views.clear();
        // side by side rather than stacked: a stacked tempo chart was too short for its legend ("+ 2 more")
        javafx.scene.layout.GridPane row = new javafx.scene.layout.GridPane();
        row.setHgap(4);
        for (int i = 0; i < count; i++) {
            FigureView view = new FigureView("", exporter);
            javafx.scene.layout.ColumnConstraints column = new javafx.scene.layout.ColumnConstraints();
            column.setPercentWidth(count == 1 ? 100 : i == 0 ? 68 : 32.0 / (count - 1));
            row.getColumnConstraints().add(column);
            javafx.scene.layout.GridPane.setVgrow(view, Priority.ALWAYS);
            javafx.scene.layout.GridPane.setHgrow(view, Priority.ALWAYS);
            view.setPrefHeight(400);
            row.add(view, i, 0);
            views.add(view);
        }
        VBox.setVgrow(row, Priority.ALWAYS);
        return row;
    }
}
