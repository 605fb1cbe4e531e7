package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.genrescope.plot.FigureRenderer;
import org.genrescope.plot.ScatterData;
import org.genrescope.plot.ScatterFigure;
import org.genrescope.plot.ScatterView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * The scatter's shared frame buffers (headless, Monocle): the image shows exactly the pixels drawn (the renderer's,
 * as an export draws them), and a new frame never goes into the buffer the render thread may be reading.
 */
class ScatterFramesTest {

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> s.setScene(new Scene(new Label("frames"), 200, 100)));
    }

    @AfterAll
    static void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theImageShowsTheRenderersPixelsExactly() throws Exception {
        ScatterFigure figure = figure();
        int[] expected = ints(FigureRenderer.render(figure, 320, 200, 1)); // drawn apart, as an export would
        int[][] shown = new int[2][];
        onFx(() -> {
            ScatterFrames frames = new ScatterFrames();
            shown[0] = read(frames.draw(320, 200, into -> FigureRenderer.render(figure, 320, 200, 1, into, false)));
            frames.pulsed(); // the second frame goes into the other buffer, which has never been drawn
            shown[1] = read(frames.draw(320, 200, into -> FigureRenderer.render(figure, 320, 200, 1, into, false)));
        });
        assertArrayEquals(expected, shown[0]);
        assertArrayEquals(expected, shown[1]);
    }

    @Test
    void aGreyedFrameFromTheViewsGreyBaseShowsTheWholeDrawingsPixels() throws Exception {
        ScatterFigure figure = figure().withPointStyle(3, 0.5);
        figure.data().prepare(); // as the canvas has it before the first frame
        ScatterView view = ScatterView.of(figure, 320, 200);
        ScatterFigure lassoed = figure.withHighlighted(view.pointsInRectangle(100, 40, 220, 150));
        int[] expected = ints(FigureRenderer.render(lassoed, 320, 200, 1)); // drawn whole, as an export would
        ScatterFrames frames = new ScatterFrames();
        onFx(() -> frames.prepareGreyBase(view, 320, 200, 1)); // a Shift+press
        boolean[] ready = {false};
        for (int wait = 0; wait < 200 && !ready[0]; wait++) {
            Thread.sleep(100);
            onFx(() -> ready[0] = frames.greyBaseFits(lassoed, 320, 200, 1));
        }
        assertTrue(ready[0], "the base was built within 20 s");
        int[][] shown = new int[1][];
        onFx(() -> shown[0] = read(frames.drawFigure(lassoed, 320, 200, 1, false)));
        assertArrayEquals(expected, shown[0]);
        // and the control: the same figure's frame differs from its base's all-grey one
        int[] allGrey = ints(FigureRenderer.render(figure.withHighlighted(new int[] {0}), 320, 200, 1));
        assertTrue(differing(allGrey, expected) > 1000, differing(allGrey, expected) + " pixels differ");
    }

    @Test
    void pastOffThreadPointsTheWorkerDrawsTheFrameAndOnlyTheNewestIsShown() throws Exception {
        ScatterData data = org.genrescope.plot.SampleFigures.blobs(ScatterFrames.OFF_THREAD + 50_000, 3);
        data.prepare();
        ScatterFigure plain = ScatterFigure.of(data, org.genrescope.plot.SampleFigures.GENRES).withPointStyle(2, 0.5);
        ScatterFigure selected = plain.withHighlighted(ScatterView.of(plain, 320, 200)
                .pointsInRectangle(120, 60, 200, 140));
        ScatterFrames frames = new ScatterFrames();
        List<String> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
        WritableImage[] shown = new WritableImage[1];
        onFx(() -> {
            frames.show(plain, 320, 200, 1, false, image -> calls.add("older"));
            frames.show(selected, 320, 200, 1, false, image -> {
                calls.add(Platform.isFxApplicationThread() ? "newest, on the FX thread" : "newest, elsewhere");
                shown[0] = image;
            });
            assertEquals(List.of(), calls, "nothing drawn on the FX thread: both frames are the worker's");
        });
        for (int wait = 0; wait < 300 && calls.isEmpty(); wait++) {
            Thread.sleep(100);
        }
        onFx(() -> { }); // the FX thread's queue is empty: an older frame would have been handed over by now
        assertEquals(List.of("newest, on the FX thread"), calls, "the older frame is dropped");
        int[][] pixels = new int[1][];
        onFx(() -> pixels[0] = read(shown[0]));
        assertArrayEquals(ints(FigureRenderer.render(selected, 320, 200, 1)), pixels[0]);
        // a sampled frame (a drag) is drawn at once on the FX thread, and a frame still on the worker is dropped
        onFx(() -> {
            frames.show(plain, 320, 200, 1, false, image -> calls.add("dropped"));
            frames.show(plain, 320, 200, 1, true, image -> calls.add("sample, at once"));
            assertEquals("sample, at once", calls.get(calls.size() - 1));
        });
        Thread.sleep(1500);
        onFx(() -> { });
        assertEquals(List.of("newest, on the FX thread", "sample, at once"), calls);
    }

    @Test
    void aSelectionsSearchRunsOnTheWorkerPastOffThreadPointsAndAtOnceBelow() throws Exception {
        ScatterData big = org.genrescope.plot.SampleFigures.blobs(ScatterFrames.OFF_THREAD + 1, 4);
        ScatterFigure bigFigure = ScatterFigure.of(big, org.genrescope.plot.SampleFigures.GENRES);
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        ScatterFrames frames = new ScatterFrames();
        onFx(() -> {
            frames.select(figure(), () -> {
                seen.add("small searched on " + Thread.currentThread().getName());
                return new int[] {1};
            }, ids -> seen.add("small selected " + ids.length));
            frames.select(bigFigure, () -> {
                seen.add("big searched on " + Thread.currentThread().getName());
                return new int[] {1, 2};
            }, ids -> seen.add("big selected " + ids.length + (Platform.isFxApplicationThread() ? " on FX" : "")));
            seen.add("handler done");
        });
        for (int wait = 0; wait < 100 && seen.size() < 5; wait++) {
            Thread.sleep(50);
        }
        String fx = seen.get(0).substring("small searched on ".length());
        assertEquals(List.of("small searched on " + fx, "small selected 1"), seen.subList(0, 2),
                "below the threshold the search and the selection ran in the handler, on the FX thread");
        assertEquals(java.util.Set.of("handler done", "big searched on scatter-frame", "big selected 2 on FX"),
                java.util.Set.copyOf(seen.subList(2, seen.size())));
        assertEquals("big selected 2 on FX", seen.get(seen.size() - 1), "selected after the handler and the search");
    }

    private static int differing(int[] a, int[] b) {
        int count = 0;
        for (int i = 0; i < a.length; i++) {
            count += a[i] != b[i] ? 1 : 0;
        }
        return count;
    }

    @Test
    void aNewFrameNeverGoesIntoTheBufferThePulseTook() throws Exception {
        onFx(() -> {
            ScatterFrames frames = new ScatterFrames();
            WritableImage first = frames.draw(40, 30, fill(1));
            assertSame(first, frames.draw(40, 30, fill(2)), "no pulse between them: the same buffer again");
            assertArrayEquals(pattern(40, 30, 2), read(first));
            frames.pulsed(); // the render thread may now read the first buffer
            WritableImage second = frames.draw(40, 30, fill(3));
            assertNotSame(first, second);
            assertArrayEquals(pattern(40, 30, 2), read(first), "the taken frame is left as it was");
            assertArrayEquals(pattern(40, 30, 3), read(second));
            frames.pulsed();
            assertSame(first, frames.draw(40, 30, fill(4)), "the first buffer is free again one pulse later");
            assertArrayEquals(pattern(40, 30, 4), read(first));
            assertArrayEquals(pattern(40, 30, 3), read(second));
            frames.pulsed();
            WritableImage resized = frames.draw(50, 20, fill(5));
            assertEquals(50, resized.getWidth());
            assertEquals(20, resized.getHeight());
            assertArrayEquals(pattern(50, 20, 5), read(resized));
        });
    }

    @Test
    void aPulseOfTheNodesSceneHandsTheFrameOver() throws Exception {
        ScatterFrames frames = new ScatterFrames();
        Label node = new Label("scatter");
        WritableImage[] drawn = new WritableImage[3];
        javafx.stage.Stage[] stage = new javafx.stage.Stage[1];
        onFx(() -> {
            frames.follow(node);
            stage[0] = new javafx.stage.Stage();
            stage[0].setScene(new Scene(node, 100, 50));
            drawn[0] = frames.draw(20, 10, fill(1));
            drawn[1] = frames.draw(20, 10, fill(2)); // no pulse yet
            stage[0].show();
            node.requestLayout();
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(); // a pulse has come
        onFx(() -> {
            drawn[2] = frames.draw(20, 10, fill(3));
            stage[0].hide();
        });
        assertSame(drawn[0], drawn[1]);
        assertNotSame(drawn[1], drawn[2], "after the scene's pulse the next frame goes into the other buffer");
    }

    @Test
    void aDrawingIntoAnotherImageOrOfAnotherTypeIsRefused() throws Exception {
        onFx(() -> {
            ScatterFrames frames = new ScatterFrames();
            assertThrows(IllegalStateException.class, () -> frames.draw(10, 10,
                    into -> new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB_PRE)));
            assertThrows(IllegalArgumentException.class, () -> FigureImages.share(
                    new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB)));
        });
    }

    private static ScatterFigure figure() {
        Random random = new Random(5);
        int n = 3_000;
        double[] x = new double[n];
        double[] y = new double[n];
        int[] category = new int[n];
        for (int i = 0; i < n; i++) {
            category[i] = i % 3;
            x[i] = category[i] + random.nextGaussian() * 0.4;
            y[i] = random.nextGaussian();
        }
        return ScatterFigure.of(ScatterData.of(x, y, category), List.of("a", "b", "c")).withTitle("frames")
                .withPointStyle(5, 0.6).withHighlighted(new int[] {3, 30, 300});
    }

    /** Opaque pixels that differ from drawing to drawing and from pixel to pixel. */
    private static int[] pattern(int w, int h, int seed) {
        int[] p = new int[w * h];
        for (int i = 0; i < p.length; i++) {
            p[i] = 0xFF000000 | (i * 2654435 + seed * 40503) & 0xFFFFFF;
        }
        return p;
    }

    private static java.util.function.UnaryOperator<BufferedImage> fill(int seed) {
        return into -> {
            int[] p = pattern(into.getWidth(), into.getHeight(), seed);
            System.arraycopy(p, 0, ints(into), 0, p.length);
            return into;
        };
    }

    private static int[] ints(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    private static int[] read(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] p = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), p, 0, w);
        return p;
    }

    private static void onFx(Runnable action) throws Exception {
        AtomicReference<Throwable> failed = new AtomicReference<>();
        FxToolkit.setupFixture(() -> {
            try {
                action.run();
            } catch (Throwable t) {
                failed.set(t);
            }
        });
        if (failed.get() != null) {
            throw new AssertionError(failed.get());
        }
    }
}
