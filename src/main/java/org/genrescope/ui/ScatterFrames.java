package org.genrescope.ui;

import java.awt.image.BufferedImage;
import java.nio.IntBuffer;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.WritableImage;

/**
 * The scatter's two frame buffers, each shared with a JavaFX image ({@link FigureImages#share}), so a frame reaches
 * the screen without a copy on the FX thread: JavaFX's render thread uploads the pixels itself. The render thread
 * may still be reading the frame the last pulse took while the FX thread draws the next one, so a new frame goes
 * into the other buffer; until the next pulse takes it, further frames go into that same one (the render thread
 * has not seen it yet). FX thread only.
 */
final class ScatterFrames {
    private record Frame(BufferedImage pixels, PixelBuffer<IntBuffer> buffer, WritableImage image) { }

    private final Frame[] frames = new Frame[2];
    private int current = -1;
    private boolean taken = true;

    /** Call after each pulse's layout (a scene's post-layout pulse listener): the render thread now has the frame. */
    void pulsed() {
        taken = true;
    }

    /** Calls {@link #pulsed} after each pulse's layout of whichever scene {@code node} is in. */
    void follow(Node node) {
        Runnable pulsed = this::pulsed;
        node.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removePostLayoutPulseListener(pulsed);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(pulsed);
            }
        });
    }

    /**
     * Draws a frame of {@code width} x {@code height} device pixels and returns the image showing it.
     *
     * @param draw draws into the {@code TYPE_INT_ARGB_PRE} image of that size it is given and returns that image
     * @throws IllegalStateException when {@code draw} returns another image than it was given
     */
    WritableImage draw(int width, int height, UnaryOperator<BufferedImage> draw) {
        int target = current < 0 ? 0 : taken ? 1 - current : current;
        Frame frame = frames[target];
        if (frame == null || frame.pixels().getWidth() != width || frame.pixels().getHeight() != height) {
            BufferedImage pixels = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
            check(pixels, draw.apply(pixels));
            PixelBuffer<IntBuffer> buffer = FigureImages.share(pixels);
            frame = new Frame(pixels, buffer, new WritableImage(buffer));
            frames[target] = frame;
        } else {
            Frame f = frame;
            f.buffer().updateBuffer(b -> {
                check(f.pixels(), draw.apply(f.pixels()));
                return null; // every pixel may have changed
            });
        }
        current = target;
        taken = false;
        return frame.image();
    }

    private static void check(BufferedImage given, BufferedImage drawn) {
        if (drawn != given) {
            throw new IllegalStateException("the frame was drawn into another image than the shared buffer");
        }
    }
}
