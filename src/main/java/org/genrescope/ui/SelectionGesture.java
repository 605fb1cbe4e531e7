package org.genrescope.ui;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import org.genrescope.plot.ScatterView;

/**
 * A Shift+drag on the scatter that selects points: a box from the press to the mouse, or a lasso along the
 * mouse's path, drawn over the plot while it grows. The points inside are found by the plot's spatial index on
 * release ({@link ScatterView#pointsInRectangle}, {@link ScatterView#pointsInPolygon}), past
 * {@link ScatterFrames#OFF_THREAD} points on the scatter's worker ({@link ScatterFrames#select}).
 */
final class SelectionGesture {
    /** A lasso vertex is added once the mouse has moved this far from the last one: fewer vertices, same shape. */
    private static final double LASSO_STEP_PX = 3;
    /** Moves smaller than this on both axes are a click, not a selection. */
    private static final double MIN_DRAG_PX = 2;

    private final Rectangle box = new Rectangle();
    private final Polygon lasso = new Polygon();
    private boolean active;
    private boolean lassoShape;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;

    SelectionGesture() {
        box.getStyleClass().add("selection-box");
        lasso.getStyleClass().add("selection-box");
        lasso.setId("selectionLasso");
        for (Node n : new Node[] {box, lasso}) {
            n.setVisible(false);
            n.setMouseTransparent(true);
        }
    }

    /** The overlay nodes, to add over the plot image. */
    Node[] nodes() {
        return new Node[] {box, lasso};
    }

    boolean active() {
        return active;
    }

    /** Starts a selection at the press; {@code asLasso} draws a lasso, otherwise a box. */
    void start(double x, double y, boolean asLasso) {
        active = true;
        lassoShape = asLasso;
        pressX = x;
        pressY = y;
        lastX = x;
        lastY = y;
        lasso.getPoints().setAll(x, y);
    }

    void drag(double x, double y) {
        if (lassoShape) {
            if (Math.hypot(x - lastX, y - lastY) >= LASSO_STEP_PX) {
                lasso.getPoints().addAll(x, y);
                lastX = x;
                lastY = y;
            }
            lasso.setVisible(true);
        } else {
            box.setX(Math.min(pressX, x));
            box.setY(Math.min(pressY, y));
            box.setWidth(Math.abs(x - pressX));
            box.setHeight(Math.abs(y - pressY));
            box.setVisible(true);
        }
    }

    /**
     * Ends the gesture at (x, y): the search for the ids inside (ascending; {@link ScatterView}'s, safe to run on any
     * thread: the vertices are copied here), or null when the drag was too small to mean one.
     */
    Supplier<int[]> finish(ScatterView view, double x, double y) {
        active = false;
        box.setVisible(false);
        lasso.setVisible(false);
        if (lassoShape) {
            var points = lasso.getPoints();
            int n = points.size() / 2;
            if (n < 3) {
                return null;
            }
            double[] px = new double[n];
            double[] py = new double[n];
            for (int k = 0; k < n; k++) {
                px[k] = points.get(2 * k);
                py[k] = points.get(2 * k + 1);
            }
            return () -> view.pointsInPolygon(px, py);
        }
        if (Math.abs(x - pressX) <= MIN_DRAG_PX || Math.abs(y - pressY) <= MIN_DRAG_PX) {
            return null;
        }
        double x0 = pressX;
        double y0 = pressY;
        return () -> view.pointsInRectangle(x0, y0, x, y);
    }
}
