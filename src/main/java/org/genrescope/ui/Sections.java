package org.genrescope.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;

/**
 * The analysis tabs' result area as a scrolling page of sections, as a report view in an analysis tool: each section
 * keeps a readable minimum size (a figure at least {@link #FIGURE_MIN_HEIGHT} high, a short table all its rows), the
 * sections sit side by side when the viewport is wide enough and one under another when not, and the page scrolls
 * rather than squeeze a section below its minimum or cut it off (issue 12's tabs at 1024 x 700).
 */
final class Sections {
    /** A figure's smallest readable height, in pixels: its title, axes, labels and caption. */
    static final double FIGURE_MIN_HEIGHT = 320;
    /** A table's row height, in pixels (fixed so that a table's height is known from its rows). */
    static final double ROW = 24;
    private static final double HEADER = 30;
    private static final double SCROLL_BAR = 16;
    private static final double GAP = 8;

    private Sections() { }

    /**
     * A page that fills the viewport when it can and scrolls (vertically, and horizontally below its narrowest
     * section) when the viewport is smaller than the sections' minimum sizes.
     */
    static ScrollPane page(String id, Region content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId(id);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    /**
     * A grid of {@code rows} (each one cell spanning the width, or two: left and right) inside {@code page}: side by
     * side, the left column
     * {@code leftPercent} of the width, while the viewport is at least {@code wide} pixels wide; otherwise every cell
     * in one column, row by row, left before right. Rows whose index is in {@code growing} take the extra height.
     */
    static GridPane columns(ScrollPane page, double wide, double leftPercent, List<List<Node>> rows, int... growing) {
        GridPane grid = new GridPane();
        grid.setHgap(GAP);
        grid.setVgap(GAP);
        grid.setPadding(new Insets(4, 6, 6, 6));
        Runnable arrange = () -> place(grid, page.getViewportBounds().getWidth() >= wide, leftPercent, rows, growing);
        page.viewportBoundsProperty().addListener((o, old, now) -> {
            if (old == null || (old.getWidth() >= wide) != (now.getWidth() >= wide)) {
                arrange.run();
            }
        });
        for (List<Node> row : rows) {
            for (Node cell : row) { // a cell shown or hidden: the other cell of its row takes the row's whole width
                cell.managedProperty().addListener((o, was, is) -> arrange.run());
            }
        }
        place(grid, false, leftPercent, rows, growing);
        return grid;
    }

    private static void place(GridPane grid, boolean sideBySide, double leftPercent, List<List<Node>> rows,
                              int[] growing) {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        int r = 0;
        for (int i = 0; i < rows.size(); i++) {
            List<Node> row = rows.get(i);
            boolean grows = contains(growing, i);
            long shown = row.stream().filter(Node::isManaged).count();
            for (int c = 0; c < row.size(); c++) {
                grid.add(row.get(c), sideBySide ? c : 0, sideBySide ? r : r + c, sideBySide && shown == 1 ? 2 : 1, 1);
                GridPane.setVgrow(row.get(c), Priority.ALWAYS);
                GridPane.setHgrow(row.get(c), Priority.ALWAYS);
            }
            for (int c = 0; c < (sideBySide ? 1 : row.size()); c++) {
                RowConstraints rc = new RowConstraints();
                rc.setVgrow(grows ? Priority.ALWAYS : Priority.NEVER);
                grid.getRowConstraints().add(rc);
            }
            r += sideBySide ? 1 : row.size();
        }
        ColumnConstraints left = new ColumnConstraints();
        left.setPercentWidth(sideBySide ? leftPercent : 100);
        left.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().add(left);
        if (sideBySide) {
            ColumnConstraints right = new ColumnConstraints();
            right.setPercentWidth(100 - leftPercent);
            right.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(right);
        }
    }

    private static boolean contains(int[] values, int v) {
        for (int x : values) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    /**
     * Makes {@code table} exactly as tall as its header and {@code rows} rows (and a horizontal scroll bar), so that
     * it shows every row without a scroll bar of its own and the page around it does the scrolling.
     */
    static void allRows(TableView<?> table, int rows) {
        table.setFixedCellSize(ROW);
        double h = HEADER + Math.max(1, rows) * ROW + SCROLL_BAR + 2;
        table.setMinHeight(h);
        table.setPrefHeight(h);
        table.setMaxHeight(h);
    }

    /**
     * Lets {@code table} grow with the page but never below {@code minRows} rows (its own scroll bar reaches the
     * rest); its preferred height shows up to {@code prefRows}.
     */
    static void atLeastRows(TableView<?> table, int minRows, int prefRows) {
        table.setFixedCellSize(ROW);
        table.setMinHeight(HEADER + minRows * ROW + SCROLL_BAR + 2);
        table.setPrefHeight(HEADER + prefRows * ROW + SCROLL_BAR + 2);
        table.setMaxHeight(Double.MAX_VALUE);
    }

    /** A figure view that is never squeezed below {@link #FIGURE_MIN_HEIGHT} nor {@code minWidth}. */
    static <T extends Region> T figure(T view, double minWidth) {
        view.setMinHeight(FIGURE_MIN_HEIGHT);
        view.setPrefHeight(FIGURE_MIN_HEIGHT + 80);
        view.setMinWidth(minWidth);
        return view;
    }
}
