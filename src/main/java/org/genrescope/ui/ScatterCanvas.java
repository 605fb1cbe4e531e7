package org.genrescope.ui;

import java.util.function.Consumer;
import java.util.function.IntFunction;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import org.genrescope.plot.ScatterFigure;
import org.genrescope.plot.ScatterView;

/**
 * The fast scatter: the plot renderer's raster in an ImageView (JavaFX charts take seconds for thousands of
 * points), with wheel zoom, drag to pan, Shift+drag to select a box, double-click to reset, and a hover label
 * naming the track under the mouse, whose point gets a ring (a node over the image: no re-render per move). Zooming and panning keep the window when only the colours change.
 * A right click offers PNG and SVG export of the figure as shown (zoomed), as every other figure's does; no drag
 * uses the right button (panning and box selection are the primary button's), so the menu takes nothing away.
 */
final class ScatterCanvas extends Region {
    private static final double HOVER_RADIUS_PX = 8;

    private final ImageView image = new ImageView();
    private final Label hover = new Label();
    private final Rectangle box = new Rectangle();
    private final Circle hoverRing = new Circle();
    private final ContextMenu menu = new ContextMenu();
    private final IntFunction<String> describe;
    private final Consumer<int[]> onSelect;
    private ScatterFigure figure;
    private ScatterView view;
    private WritableImage buffer;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean selecting;
    private boolean dirty;

    /**
     * @param describe the hover text of a point (its index in the figure's data)
     * @param onSelect receives the points of a Shift+drag box
     * @param exporter exports a figure (the context menu's item); gets the figure as shown, zoom included
     */
    ScatterCanvas(IntFunction<String> describe, Consumer<int[]> onSelect, Consumer<org.genrescope.plot.Figure> exporter) {
        this.describe = describe;
        this.onSelect = onSelect;
        setId("scatter");
        getStyleClass().add("scatter-canvas");
        hover.setId("scatterTooltip");
        hover.getStyleClass().add("scatter-tooltip");
        hover.setVisible(false);
        hover.setMouseTransparent(true);
        box.getStyleClass().add("selection-box");
        box.setVisible(false);
        box.setMouseTransparent(true);
        hoverRing.setId("hoverRing");
        hoverRing.setFill(null);
        hoverRing.setStroke(Color.rgb(17, 17, 17));
        hoverRing.setStrokeWidth(2);
        hoverRing.setEffect(new javafx.scene.effect.DropShadow(2, Color.WHITE));
        hoverRing.setVisible(false);
        hoverRing.setMouseTransparent(true);
        getChildren().addAll(image, hoverRing, box, hover);
        setMinSize(200, 150);
        setOnScroll(this::zoom);
        setOnMousePressed(this::pressed);
        setOnMouseDragged(this::dragged);
        setOnMouseReleased(this::released);
        setOnMouseMoved(this::moved);
        setOnMouseExited(e -> hideHover());
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                resetView();
            }
        });
        menu.setId("scatterMenu");
        MenuItem export = new MenuItem("Export this figure as PNG or SVG...");
        export.setOnAction(e -> {
            if (figure() != null) {
                exporter.accept(figure());
            }
        });
        menu.getItems().add(export);
        setOnContextMenuRequested(e -> {
            hideHover();
            menu.show(this, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    /** The right-click menu, for tests. */
    ContextMenu menu() {
        return menu;
    }

    /** Shows {@code newFigure}; {@code keepWindow} keeps the zoom (same points, other colours or clusters). */
    void setFigure(ScatterFigure newFigure, boolean keepWindow) {
        figure = newFigure;
        if (newFigure == null) {
            view = null;
        } else if (view != null && keepWindow) {
            view = view.withFigure(newFigure.withView(view.window()));
        } else {
            view = null; // made at the next layout, when the size is known
        }
        dirty = true;
        requestLayout();
    }

    ScatterFigure figure() {
        return view == null ? figure : view.figure();
    }

    void resetView() {
        if (view != null) {
            view = view.reset();
            redraw();
        }
    }

    /** Highlights points (the box selection) without moving the view. */
    void highlight(int[] ids) {
        if (figure == null) {
            return;
        }
        figure = figure.withHighlighted(ids);
        if (view != null) {
            view = view.withFigure(figure.withView(view.window()));
        }
        dirty = true;
        requestLayout();
    }

    /** The pixel of point {@code id} in this canvas' coordinates, for tests; null when not visible. */
    double[] pixelOf(int id) {
        if (view == null) {
            return null;
        }
        var d = view.figure().data();
        return new double[] {view.toPixelX(d.x(id)), view.toPixelY(d.y(id))};
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (figure == null || w < 2 || h < 2) {
            image.setImage(null);
            return;
        }
        if (view == null) {
            view = ScatterView.of(figure, w, h);
            dirty = true;
        } else if (view.plotArea() != null && (Math.abs(widthOf(view) - w) > 0.5 || Math.abs(heightOf(view) - h) > 0.5)) {
            view = view.resize(w, h);
            dirty = true;
        }
        if (dirty) {
            redraw();
        }
    }

    private double viewWidth = -1;
    private double viewHeight = -1;

    private double widthOf(ScatterView v) {
        return viewWidth;
    }

    private double heightOf(ScatterView v) {
        return viewHeight;
    }

    private void redraw() {
        if (view == null) {
            return;
        }
        double w = getWidth();
        double h = getHeight();
        double scale = getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getOutputScaleX() : 1;
        buffer = FigureImages.render(view.figure(), w, h, scale, buffer);
        image.setImage(buffer);
        image.setFitWidth(w);
        image.setFitHeight(h);
        viewWidth = w;
        viewHeight = h;
        dirty = false;
    }

    private void zoom(ScrollEvent e) {
        if (view == null || e.getDeltaY() == 0) {
            return;
        }
        view = view.zoom(e.getX(), e.getY(), e.getDeltaY() > 0 ? 1.2 : 1 / 1.2);
        redraw();
        e.consume();
    }

    private void pressed(MouseEvent e) {
        pressX = e.getX();
        pressY = e.getY();
        lastX = pressX;
        lastY = pressY;
        selecting = e.isShiftDown() && e.getButton() == MouseButton.PRIMARY;
        hideHover();
    }

    private void hideHover() {
        hover.setVisible(false);
        hoverRing.setVisible(false);
    }

    private void dragged(MouseEvent e) {
        if (view == null) {
            return;
        }
        if (selecting) {
            box.setX(Math.min(pressX, e.getX()));
            box.setY(Math.min(pressY, e.getY()));
            box.setWidth(Math.abs(e.getX() - pressX));
            box.setHeight(Math.abs(e.getY() - pressY));
            box.setVisible(true);
        } else if (e.getButton() == MouseButton.PRIMARY) {
            view = view.pan(e.getX() - lastX, e.getY() - lastY);
            redraw();
        }
        lastX = e.getX();
        lastY = e.getY();
    }

    private void released(MouseEvent e) {
        // platforms (and robots) that send no context-menu request for a right click get the menu on release,
        // when the button did not move: a right drag stays free for gestures
        if (e.getButton() == MouseButton.SECONDARY && !menu.isShowing()
                && Math.abs(e.getX() - pressX) <= 2 && Math.abs(e.getY() - pressY) <= 2) {
            hideHover();
            menu.show(this, e.getScreenX(), e.getScreenY());
        }
        if (selecting && view != null) {
            box.setVisible(false);
            selecting = false;
            if (Math.abs(e.getX() - pressX) > 2 && Math.abs(e.getY() - pressY) > 2) {
                int[] ids = view.pointsInRectangle(pressX, pressY, e.getX(), e.getY());
                onSelect.accept(ids);
            }
        }
    }

    private void moved(MouseEvent e) {
        if (view == null) {
            hideHover();
            return;
        }
        int id = view.nearestPoint(e.getX(), e.getY(), HOVER_RADIUS_PX);
        if (id < 0) {
            hideHover();
            return;
        }
        double[] at = pixelOf(id);
        hoverRing.setCenterX(at[0]);
        hoverRing.setCenterY(at[1]);
        hoverRing.setRadius(view.figure().pointSize() / 2 + 3);
        hoverRing.setVisible(true);
        hover.setText(describe.apply(id));
        hover.setVisible(true);
        hover.autosize();
        double x = e.getX() + 14;
        double y = e.getY() + 14;
        if (x + hover.getWidth() > getWidth()) {
            x = e.getX() - hover.getWidth() - 8;
        }
        if (y + hover.getHeight() > getHeight()) {
            y = e.getY() - hover.getHeight() - 8;
        }
        hover.relocate(Math.max(0, x), Math.max(0, y));
    }

    Circle hoverRing() {
        return hoverRing;
    }

    Label hoverLabel() {
        return hover;
    }
}
