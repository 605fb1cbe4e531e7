package org.genrescope.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Layout checks for the analysis tabs at a given window size (issue 12's tabs at 1024 x 700): every panel named is
 * at least its readable size, and lies wholly inside what holds it (the scrolling page's content, or the tab), so
 * that nothing is squeezed or cut off without a scroll bar to reach it.
 */
final class LayoutChecks {
    /** A figure's smallest readable height and width, in pixels (Sections' minimum, less rounding). */
    static final double FIGURE_HEIGHT = Sections.FIGURE_MIN_HEIGHT - 1;
    static final double FIGURE_WIDTH = 280;
    /** A table must show its header and at least this many rows. */
    static final int TABLE_ROWS = 3;

    private LayoutChecks() { }

    /** Resizes the window holding {@code anyNode} to {@code width} x {@code height} and lets the layout settle. */
    static void resize(FxRobot robot, Node anyNode, double width, double height) {
        robot.interact(() -> {
            Window w = anyNode.getScene().getWindow();
            w.setWidth(width);
            w.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The problems of the panels {@code ids} (FigureViews and TableViews) under {@code root}: a figure lower or
     * narrower than readable, a table showing fewer than {@link #TABLE_ROWS} rows or (with {@code allColumns}) not all
     * of its columns, a panel cut by a parent; empty when there are none.
     */
    static List<String> problems(Parent root, String size, boolean allColumns, String... ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            Node n = root.lookup("#" + id);
            if (n == null || !n.isVisible()) {
                out.add(size + ": #" + id + " is not shown");
                continue;
            }
            Bounds b = n.getLayoutBounds();
            if (n instanceof FigureView && (b.getHeight() < FIGURE_HEIGHT || b.getWidth() < FIGURE_WIDTH)) {
                out.add(String.format("%s: #%s is %.0f x %.0f px, under %.0f x %.0f", size, id, b.getWidth(),
                        b.getHeight(), FIGURE_WIDTH, FIGURE_HEIGHT));
            }
            if (n instanceof TableView<?> t) {
                double rowsShown = (b.getHeight() - 28 - 16) / Sections.ROW;
                int wanted = Math.min(TABLE_ROWS, Math.max(1, t.getItems().size()));
                if (rowsShown < wanted) {
                    out.add(String.format("%s: #%s is %.0f px high: %.1f rows, under %d", size, id, b.getHeight(),
                            rowsShown, wanted));
                }
                double columns = t.getColumns().stream().mapToDouble(TableColumn::getWidth).sum();
                if (allColumns && columns > b.getWidth() - 2) {
                    out.add(String.format("%s: #%s is %.0f px wide, its columns %.0f: some are out of sight", size,
                            id, b.getWidth(), columns));
                }
            }
            String cut = cutBy(n);
            if (cut != null) {
                out.add(size + ": #" + id + " is cut off by " + cut);
            }
        }
        return out;
    }

    /**
     * The column headers under {@code root} whose label shows less than its text ("most o..." for "most often"),
     * described; empty when none is cut. Call on the FX thread after a layout.
     */
    static List<String> cutHeaders(Parent root, String size) {
        List<String> out = new ArrayList<>();
        for (Node header : root.lookupAll(".column-header")) {
            if (!header.isVisible() || !(header instanceof Parent p)) {
                continue;
            }
            for (String cut : WindowFitTest.cut(p)) {
                out.add(size + ": header " + cut);
            }
        }
        return out;
    }

    /**
     * Whether {@code n} lies wholly inside the viewport of the scroll pane {@code scroll} as it is scrolled now (so
     * that it is seen without scrolling, when the scroll pane is at its top), within a pixel.
     */
    static boolean inViewport(ScrollPane scroll, Node n) {
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        Bounds viewport = scroll.getViewportBounds();
        Bounds shown = n.localToScene(n.getLayoutBounds());
        double top = view.getMinY() + scroll.getInsets().getTop();
        return shown.getMinY() >= top - 1 && shown.getMaxY() <= top + viewport.getHeight() + 1;
    }

    private static boolean isScrollContent(Parent p) {
        for (Parent up = p.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ScrollPane scroll) {
                return scroll.getContent() == p;
            }
        }
        return false;
    }

    /**
     * The first parent (up to a scroll page's content, whose scroll bars reach all of it, or the root) that does
     * not wholly hold {@code n}, or null.
     */
    private static String cutBy(Node n) {
        Bounds mine = n.getBoundsInLocal();
        for (Parent p = n.getParent(); p != null; p = p.getParent()) {
            Bounds inParent = p.sceneToLocal(n.localToScene(mine));
            Bounds room = p.getLayoutBounds();
            if (inParent.getMinX() < room.getMinX() - 1 || inParent.getMinY() < room.getMinY() - 1
                    || inParent.getMaxX() > room.getMaxX() + 1 || inParent.getMaxY() > room.getMaxY() + 1) {
                String name = p.getClass().getName().replaceAll(".*\\.", "");
                return String.format("%s (%.0f x %.0f; the panel spans %.0f..%.0f x %.0f..%.0f)",
                        name + (p.getId() == null ? "" : " #" + p.getId()), room.getWidth(), room.getHeight(),
                        inParent.getMinX(), inParent.getMaxX(), inParent.getMinY(), inParent.getMaxY());
            }
            if (isScrollContent(p) || p.getParent() == null) {
                return null; // a scroll page's content: its scroll bars reach every part of it
            }
        }
        return null;
    }
}
