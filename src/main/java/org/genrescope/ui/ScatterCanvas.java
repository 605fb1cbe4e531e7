package org.genrescope.ui;

import java.util.function.Consumer;
import java.util.function.IntFunction;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import org.genrescope.plot.FigureRenderer;
import org.genrescope.plot.ScatterFigure;
import org.genrescope.plot.ScatterView;

/**
 * The fast scatter: the plot renderer draws into a pixel buffer that JavaFX's image shares ({@link ScatterFrames}:
 * no copy on the FX thread; JavaFX charts take seconds for thousands of points), with wheel zoom, drag to pan,
 * Shift+drag to select a box or a lasso, double-click to reset, and a hover label naming the track under the mouse,
 * whose point gets a ring (a node over the image: no re-render per move). Zooming and panning keep the window when
 * only the colours change. While the user drags or turns the wheel, frames show the data's seeded, density-weighted
 * sample ({@link FigureRenderer#render} with {@code sampled}); every point is drawn on release, or {@link #SETTLE}
 * after the last wheel step. A Shift+press builds the view's grey base on a worker, from which the greyed frame of
 * the selection on release is drawn (only around the selection: {@link ScatterFrames#drawFigure}). Past
 * {@link ScatterPreparation#OFF_THREAD} points, the index and sample are built on a worker before the first frame,
 * and every frame but the drag's sample, and each selection's search, run on the scatter's worker
 * ({@link ScatterFrames}).
 * A right click offers PNG and SVG export of the figure as shown (zoomed), as every other figure's does; no drag
 * uses the right button (panning and box selection are the primary button's), so the menu takes nothing away.
 */
final class ScatterCanvas extends Region {
    private static final double HOVER_RADIUS_PX = 8;
    private static final Duration SETTLE = Duration.millis(150);

    private final ImageView image = new ImageView();
    private final ScatterHover hover = new ScatterHover();
    private final SelectionGesture gesture = new SelectionGesture();
    private final Label preparing = new Label();
    /**
     * What the plot says while it has no figure, as the metrics' table beside it does ("Train to see the clusters.",
     * "Training: the plot follows."): a new user cancelled a first training and found the plot's area blank, with no
     * word on why (session 18).
     */
    private final Label empty = new Label();
    private final PauseTransition settle = new PauseTransition(SETTLE);
    final ScatterFrames frames = new ScatterFrames(); // package-private for benchmarks (when frames are shown)
    private boolean lasso;
    private final ContextMenu menu = new ContextMenu();
    private final IntFunction<String> describe;
    private final Consumer<int[]> onSelect;
    private ScatterFigure figure;
    private ScatterView view;
    private double pressX;
    private double pressY;
    private boolean panned;
    private double lastX;
    private double lastY;
    private boolean dirty;
    private double viewWidth = -1;
    private double viewHeight = -1;
    private UserActivity activity = UserActivity.NONE;

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
        preparing.getStyleClass().add("hint");
        preparing.setVisible(false);
        settle.setOnFinished(e -> redraw(false));
        getChildren().addAll(image, hover.ring);
        getChildren().addAll(gesture.nodes());
        empty.getStyleClass().add("placeholder");
        empty.setWrapText(true);
        empty.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        empty.setMouseTransparent(true);
        empty.setId("scatterEmpty");
        getChildren().addAll(hover.label, preparing, empty);
        setMinSize(200, 150);
        frames.follow(this);
        setOnScroll(this::zoom);
        setOnMousePressed(this::pressed);
        setOnMouseDragged(this::dragged);
        setOnMouseReleased(this::released);
        setOnMouseMoved(this::moved);
        setOnMouseExited(e -> hover.hide());
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
            hover.hide();
            menu.show(this, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    /** The right-click menu, for tests. */
    ContextMenu menu() {
        return menu;
    }

    /**
     * Tells {@code activity} of the user's moments here: a button held on the plot, and each frame drawn (a drag's,
     * a zoom's, a new colouring's or selection's), so that background work nobody waits for steps aside meanwhile.
     */
    void setActivity(UserActivity activity) {
        this.activity = activity;
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> activity.pressed());
        addEventFilter(MouseEvent.MOUSE_RELEASED, e -> activity.released());
    }

    /** Whether Shift+drag draws a lasso (otherwise a box). */
    void setLasso(boolean on) {
        lasso = on;
    }

    /** Shows {@code newFigure}; {@code keepWindow} keeps the zoom (same points, other colours or clusters). */
    /** The words the plot shows while it has no figure (see {@link #empty}). */
    void setEmptyText(javafx.beans.value.ObservableValue<String> text) {
        empty.textProperty().bind(text);
    }

    void setFigure(ScatterFigure newFigure, boolean keepWindow) {
        figure = newFigure;
        requestLayout(); // the empty plot's words shown or taken away
        hover.hide(); // it named a track of the figure before, whose cluster (or data) may be another's now
        if (newFigure != null) {
            ScatterPreparation.start(newFigure.data(), preparing, () -> {
                dirty = true;
                requestLayout();
            });
        }
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
            redraw(false);
        }
    }

    /**
     * Highlights points (the selection) without moving the view. The frame is drawn at once, not at the next pulse's
     * layout: it is then ready when that pulse comes, instead of the pulse's wait and the drawing adding up.
     */
    void highlight(int[] ids) {
        if (figure == null || (ids.length == 0 && figure.highlightedCount() == 0)) {
            return; // nothing was highlighted and nothing is: the same picture
        }
        figure = figure.withHighlighted(ids);
        if (view == null) {
            dirty = true;
            requestLayout();
            return;
        }
        view = view.withFigure(figure.withView(view.window()));
        redraw(false);
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
        empty.setVisible(figure == null);
        if (figure == null) {
            empty.setMaxWidth(Math.max(0, w - 24));
            empty.autosize();
            empty.relocate((w - empty.getWidth()) / 2, (h - empty.getHeight()) / 2);
        }
        if (figure == null || w < 2 || h < 2) {
            image.setImage(null);
            return;
        }
        if (view == null) {
            view = ScatterView.of(figure, w, h);
            dirty = true;
        } else if (Math.abs(viewWidth - w) > 0.5 || Math.abs(viewHeight - h) > 0.5) {
            view = view.resize(w, h);
            dirty = true;
        }
        if (dirty) {
            redraw(false);
        }
        preparing.autosize();
        preparing.relocate((w - preparing.getWidth()) / 2, (h - preparing.getHeight()) / 2);
    }

    /** Draws the view: every point, or the drag sample ({@code sampled}); nothing until the data are prepared. */
    private void redraw(boolean sampled) {
        if (view == null) {
            return;
        }
        boolean ready = view.figure().data().prepared();
        preparing.setVisible(!ready);
        if (!ready) {
            image.setImage(null);
            return;
        }
        double w = getWidth();
        double h = getHeight();
        double scale = outputScale();
        activity.busyFor(UserActivity.AFTER_RELEASE_MS);
        frames.show(view.figure(), ScatterFrames.device(w, scale), ScatterFrames.device(h, scale), scale, sampled,
                image::setImage); // past OFF_THREAD points later: till then the last frame (stretched to a new size)
        image.setFitWidth(w);
        image.setFitHeight(h);
        viewWidth = w;
        viewHeight = h;
        dirty = false;
    }

    private double outputScale() {
        return getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getOutputScaleX() : 1;
    }

    private void zoom(ScrollEvent e) {
        if (view == null || e.getDeltaY() == 0) {
            return;
        }
        view = view.zoom(e.getX(), e.getY(), e.getDeltaY() > 0 ? 1.2 : 1 / 1.2);
        redraw(true); // wheel steps come in bursts: the sample now, every point once they stop
        settle.playFromStart();
        e.consume();
    }

    private void pressed(MouseEvent e) {
        pressX = e.getX();
        pressY = e.getY();
        lastX = pressX;
        lastY = pressY;
        if (e.isShiftDown() && e.getButton() == MouseButton.PRIMARY) {
            gesture.start(pressX, pressY, lasso);
            frames.prepareGreyBase(view, getWidth(), getHeight(), outputScale()); // for the greyed frame on release
        }
        hover.hide();
    }

    private void dragged(MouseEvent e) {
        if (view == null) {
            return;
        }
        if (gesture.active()) {
            gesture.drag(e.getX(), e.getY());
        } else if (e.getButton() == MouseButton.PRIMARY) {
            view = view.pan(e.getX() - lastX, e.getY() - lastY);
            redraw(true);
            panned = true;
        }
        lastX = e.getX();
        lastY = e.getY();
    }

    private void released(MouseEvent e) {
        // platforms (and robots) that send no context-menu request for a right click get the menu on release,
        // when the button did not move: a right drag stays free for gestures
        if (e.getButton() == MouseButton.SECONDARY && !menu.isShowing()
                && Math.abs(e.getX() - pressX) <= 2 && Math.abs(e.getY() - pressY) <= 2) {
            hover.hide();
            menu.show(this, e.getScreenX(), e.getScreenY());
        }
        if (gesture.active() && view != null) {
            var query = gesture.finish(view, e.getX(), e.getY());
            if (query != null) {
                frames.select(view.figure(), query, onSelect);
            }
        }
        if (panned) {
            panned = false;
            redraw(false);
        }
    }

    private void moved(MouseEvent e) {
        if (view == null || !view.figure().data().prepared()) {
            hover.hide();
            return;
        }
        int id = view.nearestPoint(e.getX(), e.getY(), HOVER_RADIUS_PX);
        if (id < 0) {
            hover.hide();
            return;
        }
        hover.show(pixelOf(id), view.figure().pointSize() / 2 + 3, describe.apply(id), e.getX(), e.getY(), getWidth(),
                getHeight());
    }

    Circle hoverRing() {
        return hover.ring;
    }

    Label hoverLabel() {
        return hover.label;
    }
}
