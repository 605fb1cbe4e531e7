package org.genrescope.ui;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.genrescope.plot.Figure;
import org.genrescope.plot.FigureRenderer;

/** Renders a figure with the plot package's renderer and copies its pixel buffer into a JavaFX image. */
final class FigureImages {
    private FigureImages() { }

    /** The figure at {@code width} x {@code height} logical pixels and {@code scale} device pixels per logical one. */
    static WritableImage render(Figure figure, double width, double height, double scale, WritableImage reuse) {
        return copy(draw(figure, width, height, scale), reuse);
    }

    /** Draws the figure (any thread): {@code width} x {@code height} logical pixels at {@code scale}. */
    static BufferedImage draw(Figure figure, double width, double height, double scale) {
        int w = Math.max(1, (int) Math.round(width * scale));
        int h = Math.max(1, (int) Math.round(height * scale));
        return FigureRenderer.render(figure, w, h, scale);
    }

    /** Copies a drawn figure into a JavaFX image, reusing {@code reuse} when it has the same size (FX thread). */
    static WritableImage copy(BufferedImage image, WritableImage reuse) {
        int w = image.getWidth();
        int h = image.getHeight();
        WritableImage target = reuse != null && (int) reuse.getWidth() == w && (int) reuse.getHeight() == h
                ? reuse : new WritableImage(w, h);
        // Copying the int buffer is several times faster than SwingFXUtils.toFXImage for a full window.
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        target.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), pixels, 0, w);
        return target;
    }
}
