package org.genrescope.ui;

import java.awt.image.BufferedImage;
import java.nio.IntBuffer;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.WritableImage;
import org.genrescope.plot.FigureRenderer;
import org.genrescope.plot.GreyBase;
import org.genrescope.plot.GreyBases;
import org.genrescope.plot.ScatterFigure;
import org.genrescope.plot.ScatterView;

/**
 * The scatter's two frame buffers (and the grey base its greyed frames start from, {@link GreyBases}), each shared with a JavaFX image ({@link FigureImages#share}), so a frame reaches
 * the screen without a copy on the FX thread: JavaFX's render thread uploads the pixels itself. The render thread
 * may still be reading the frame the last pulse took while the FX thread draws the next one, so a new frame goes
 * into the other buffer; until the next pulse takes it, further frames go into that same one (the render thread
 * has not seen it yet). FX thread only.
 */
final class ScatterFrames {
    private record Frame(BufferedImage pixels, PixelBuffer<IntBuffer> buffer, WritableImage image) { }

    private final Frame[] frames = new Frame[2];
    private final GreyBases bases = new GreyBases();
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
     * Draws {@code figure}'s frame ({@link FigureRenderer#render}, every point or the drag sample) and returns the
     * image showing it. A frame with a selection starts from the view's {@link GreyBase} when one is built (the same
     * picture, redrawn only around the selection); one drawn whole has one built for the next selection in its view.
     */
    WritableImage drawFigure(ScatterFigure figure, int width, int height, double scale, boolean sampled) {
        GreyBase base = sampled ? null : bases.ready(figure, width, height, scale);
        WritableImage shown = draw(width, height, into -> FigureRenderer.render(figure, width, height, scale, into,
                sampled, base));
        if (base == null && !sampled && figure.highlightedCount() > 0) {
            bases.prepare(figure, width, height, scale);
        }
        return shown;
    }

    /**
     * Starts building on a worker the {@link GreyBase} of {@code view}'s frame at {@code width} x {@code height}
     * logical pixels (a selection is coming); nothing before the view and its data are ready.
     */
    void prepareGreyBase(ScatterView view, double width, double height, double scale) {
        if (view != null && view.figure().data().prepared()) {
            bases.prepare(view.figure(), device(width, scale), device(height, scale), scale);
        }
    }

    /** Whether {@code figure}'s frame at this size would start from a built grey base (for tests). */
    boolean greyBaseFits(ScatterFigure figure, int width, int height, double scale) {
        return bases.ready(figure, width, height, scale) != null;
    }

    /** The device pixels of a frame side of {@code logical} pixels (at least the 16 a frame needs). */
    static int device(double logical, double scale) {
        return Math.max(16, (int) Math.round(logical * scale));
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
