package org.genrescope.ui;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.genrescope.plot.Figure;
import org.genrescope.plot.FigureRenderer;

/**
 * Renders a figure with the plot package's renderer and hands its pixel buffer to JavaFX without copying it: the
 * renderer's premultiplied ARGB ints are what JavaFX's {@link PixelBuffer} takes, so the image shares them and
 * JavaFX's render thread uploads them itself (the copy with {@code PixelWriter.setPixels}, which converted every
 * pixel to bytes on the FX thread, is gone).
 */
final class FigureImages {
    private FigureImages() { }

    /** Draws the figure (any thread): {@code width} x {@code height} logical pixels at {@code scale}. */
    static BufferedImage draw(Figure figure, double width, double height, double scale) {
        int w = Math.max(1, (int) Math.round(width * scale));
        int h = Math.max(1, (int) Math.round(height * scale));
        return FigureRenderer.render(figure, w, h, scale);
    }

    /**
     * The pixel buffer shared by {@code image} (a {@code TYPE_INT_ARGB_PRE} image as the renderer makes them):
     * change the image's pixels afterwards only inside {@link PixelBuffer#updateBuffer} (FX thread).
     *
     * @throws IllegalArgumentException for another image type
     */
    static PixelBuffer<IntBuffer> share(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_ARGB_PRE) {
            throw new IllegalArgumentException("a figure's pixels must be premultiplied ARGB ints (TYPE_INT_ARGB_PRE), "
                    + "got image type " + image.getType());
        }
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        return new PixelBuffer<>(image.getWidth(), image.getHeight(), IntBuffer.wrap(pixels),
                PixelFormat.getIntArgbPreInstance());
    }

    /** A JavaFX image showing {@code image}'s pixels, shared and not copied: nothing may draw into it afterwards. */
    static WritableImage wrap(BufferedImage image) {
        return new WritableImage(share(image));
    }
}
