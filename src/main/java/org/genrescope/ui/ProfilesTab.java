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
    /**
     * The most a text column's narrowest width grows to hold its longest word whole, in pixels: a track title's
     * run-together word may be any length, and beyond this it is broken rather than squeeze the other columns.
     */
    static final double MAX_WORD_WIDTH = 200;
    /**
     * Pixels of a text column kept beside its longest word: the cell's slack and 4 px more, for the rounding of the
     * wrapped text's measure (a word as wide as the room was still broken on screen).
     */
    static final double WORD_ROOM = WrappedTextCell.TEXT_SLACK + 4;
    /** Pixels of a column header kept beside its label: the header's padding. */
    static final double HEADER_SLACK = 12;

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
        List<java.util.function.Function<ExplainedRows.Row, String>> cells = List.of(ExplainedRows.Row::label,
                ExplainedRows.Row::topGenres, ExplainedRows.Row::setApart, ExplainedRows.Row::representatives);
        List<javafx.scene.control.TableColumn<ExplainedRows.Row, String>> texts = List.of(
                Tables.textColumn("label", 260, cells.get(0)),
                Tables.textColumn("top genres", 210, cells.get(1)),
                Tables.textColumn("set apart by\n(members' mean vs all tracks, in sd)", 330, cells.get(2)),
                Tables.textColumn("tracks nearest\nthe centre", 330, cells.get(3)));
        // the short forms of the headers, for a narrow column (the tooltip has the whole text)
        List<String> narrow = List.of("label", "top genres", "set apart by\n(in sd)", "tracks nearest\nthe centre");
        for (int c = 0; c < texts.size(); c++) {
            javafx.scene.control.TableColumn<ExplainedRows.Row, String> column = texts.get(c);
            WrappedTextCell.wrap(column, TEXT_LINES);
            column.setMinWidth(MIN_TEXT_WIDTH);
            tipHeader(column, narrow.get(c));
            table.getColumns().add(column);
        }
        Tables.rowTooltips(table, ExplainedRows.Row::details);
        table.setPrefHeight(180);
        List<FigureView> views = new java.util.ArrayList<>();
        Label empty = new Label("Train to see each cluster's centre in original units.");
        Runnable drawBars = () -> {
            AnalysisResult r = vm.resultProperty().get();
            if (r == null) {
                views.clear();
                figures.getChildren().setAll(empty);
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
        };
        Runnable fillTable = () -> {
            AnalysisResult r = vm.resultProperty().get();
            if (r == null) {
                table.getItems().clear();
                return;
            }
            List<ExplainedRows.Row> rows = ExplainedRows.of(r);
            // no word broken inside ("instrumentalne / ss" at 1024 x 700): each text column at least as wide as its
            // longest word, which the table's constrained policy then keeps
            for (int c = 0; c < texts.size(); c++) {
                java.util.function.Function<ExplainedRows.Row, String> cell = cells.get(c);
                texts.get(c).setMinWidth(Math.min(MAX_WORD_WIDTH, Math.max(MIN_TEXT_WIDTH, widestWord(
                        rows.stream().map(cell).toList(), w -> Tables.width(w, false)) + WORD_ROOM)));
            }
            table.getItems().setAll(rows);
        };
        // each a pulse of its own while the tab is hidden: the table's new rows are most of the CSS and layout
        Runnable onResult = later.whenShown(shown, drawBars, fillTable);
        vm.resultProperty().addListener(x -> onResult.run());
        drawBars.run();
        fillTable.run();
        HBox.setHgrow(figures, Priority.ALWAYS);
        SplitPane split = new SplitPane(figures, table);
        split.setOrientation(Orientation.VERTICAL);
        // the explanations' table gets room for a dozen clusters; the bars keep the larger part
        split.setDividerPositions(0.6);
        return split;
    }

    /** The width of the widest word (cut at white space) of {@code texts}, as {@code width} measures it; 0 for none. */
    static double widestWord(List<String> texts, java.util.function.ToDoubleFunction<String> width) {
        double widest = 0;
        for (String text : texts) {
            for (String word : text.split("\\s+")) {
                if (!word.isEmpty()) {
                    widest = Math.max(widest, width.applyAsDouble(word));
                }
            }
        }
        return widest;
    }

    /**
     * Shows {@code column}'s header as a label with its whole text in a tooltip: its text ({@code lines}, each line
     * whole) while the column is wide enough for every line, else {@code narrow} (at 1024 x 700 "set apart by
     * (members' mean vs al..." was cut; a label wrapping onto a third line was cut at the top and bottom, as the
     * header row does not grow for it).
     */
    private static void tipHeader(javafx.scene.control.TableColumn<?, ?> column, String narrow) {
        String lines = column.getText();
        Label header = new Label(lines);
        header.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        header.setTooltip(new javafx.scene.control.Tooltip(lines.replace('\n', ' ')));
        header.setMinWidth(0);
        double widest = java.util.Arrays.stream(lines.split("\n")).mapToDouble(l -> Tables.width(l, true)).max()
                .orElse(0);
        Runnable fit = () -> header.setText(column.getWidth() - HEADER_SLACK >= widest ? lines : narrow);
        column.widthProperty().addListener(x -> fit.run());
        fit.run();
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
