package org.genrescope.ui;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import org.genrescope.plot.Figure;

/**
 * Shows a figure drawn by the plot package's renderer (the same code as the exported files), re-rendered
 * when the figure or the size changes. A right click offers PNG and SVG export.
 *
 * <p>Rendering runs on one background thread shared by every figure view, not on the FX thread: a full-window
 * figure takes 20-100 ms to draw, and a new result re-draws four of them at once, which stalled the FX thread for
 * 85-300 ms (FxStallBenchmark). The last image stays, stretched, until the new one arrives; a render overtaken by a
 * newer request is dropped.
 */
class FigureView extends Region {
    private final ObjectProperty<Figure> figure = new SimpleObjectProperty<>();
    private final ImageView image = new ImageView();
    private final Label placeholder = new Label();
    private final String emptyText;
    /** Said in the figure's place until the next figure's image is drawn (set by {@link #clear}), else blank. */
    private String pendingText = "";
    /** Counts render requests, so that only the newest one's image is shown. */
    private volatile long requested;

    /**
     * The renderer's nice value ({@code -Dgenrescope.figureNice}, 0 leaves it at the window's): measured against the
     * FX thread's stalls while the loss chart redraws each epoch (docs/benchmarks.md, session 10).
     */
    static final int FIGURE_NICE = Integer.getInteger("genrescope.figureNice", 0);

    private static final java.util.concurrent.ExecutorService RENDERER =
            java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(() -> {
                    if (FIGURE_NICE != 0) {
                        BackgroundPriority.lowerThisThread(FIGURE_NICE);
                    }
                    r.run();
                }, "figure-render");
                t.setDaemon(true);
                return t;
            });

    FigureView(String emptyText, Consumer<Figure> exporter) {
        getStyleClass().add("figure-view");
        this.emptyText = emptyText;
        placeholder.setText(emptyText);
        placeholder.getStyleClass().add("placeholder");
        // a long hint in a narrow section wraps instead of ending in "..." (the review's Stability tab at 1440)
        placeholder.setWrapText(true);
        placeholder.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        placeholder.setAlignment(javafx.geometry.Pos.CENTER);
        getChildren().addAll(image, placeholder);
        figure.addListener((x, before, now) -> {
            if (now == null) {
                // the last image stays only while a figure replaces another, never once the figure is gone: a new data
                // set's histograms were drawn over the last one's for 0.2 s (seconds at a million tracks)
                requested++;
                image.setImage(null);
                lastFigure = null; // the same figure set again is drawn again, its image being gone
                pendingText = "";
                placeholder.setText(emptyText);
            } else if (image.getImage() == null) {
                placeholder.setText(pendingText);
            }
            requestLayout();
        });
        setMinSize(120, 100);
        ContextMenu menu = new ContextMenu();
        MenuItem export = new MenuItem("Export this figure as PNG or SVG...");
        export.setOnAction(e -> {
            if (figure.get() != null) {
                exporter.accept(figure.get());
            }
        });
        menu.getItems().add(export);
        setOnContextMenuRequested(e -> menu.show(this, e.getScreenX(), e.getScreenY()));
    }

    ObjectProperty<Figure> figureProperty() {
        return figure;
    }

    /**
     * Takes the figure and its image away and says {@code message} in their place until the next figure is drawn:
     * for a figure of data that is no longer open, which would otherwise stay until the new one is made.
     */
    void clear(String message) {
        figure.set(null);
        pendingText = message;
        placeholder.setText(message);
    }

    private double lastWidth = -1;
    private double lastHeight = -1;
    private Figure lastFigure;

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        // the placeholder stays until the figure's first image is drawn (saying what is being drawn, when told)
        placeholder.setVisible(figure.get() == null || image.getImage() == null);
        image.setVisible(figure.get() != null);
        placeholder.resizeRelocate(0, 0, w, h);
        if (figure.get() == null || w < 2 || h < 2) {
            return;
        }
        if (figure.get() != lastFigure || w != lastWidth || h != lastHeight) {
            double scale = getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getOutputScaleX() : 1;
            Figure shown = figure.get();
            long request = ++requested;
            RENDERER.execute(() -> {
                if (request != requested) {
                    return; // overtaken before it started
                }
                java.awt.image.BufferedImage drawn = FigureImages.draw(shown, w, h, scale);
                javafx.application.Platform.runLater(() -> {
                    if (request == requested) {
                        image.setImage(FigureImages.wrap(drawn)); // shared, not copied: drawn is not drawn into again
                        requestLayout(); // hides the placeholder
                    }
                });
            });
            lastFigure = shown;
            lastWidth = w;
            lastHeight = h;
        }
        image.setFitWidth(w);
        image.setFitHeight(h);
        image.relocate(0, 0);
    }
}
