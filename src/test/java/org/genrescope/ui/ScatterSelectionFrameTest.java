package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.DataBufferInt;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.genrescope.plot.FigureRenderer;
import org.genrescope.plot.ScatterData;
import org.genrescope.plot.ScatterFigure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * A Shift+drag lasso on the scatter (headless, Monocle), as a user's: the press starts the view's grey base on a
 * worker, the release selects, the selection is highlighted and the frame shown is exactly the whole greyed drawing
 * (the renderer's, as an export draws it), the unselected points grey; past {@link ScatterFrames#OFF_THREAD} points
 * too, where the search and the frames run on the canvas' worker and reach the image later.
 */
class ScatterSelectionFrameTest {
    private static ScatterCanvas canvas;
    private static final AtomicReference<int[]> SELECTED = new AtomicReference<>();

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            canvas = new ScatterCanvas(i -> "point " + i, ids -> {
                SELECTED.set(ids);
                canvas.highlight(ids); // what the Clusters tab does with a selection
            }, f -> { });
            // the primary stage is shared by the test classes of a run: one before may have left it maximized or larger
            stage.setMaximized(false);
            stage.setScene(new Scene(canvas, 420, 300));
            stage.sizeToScene();
            stage.show();
        });
    }

    @AfterAll
    static void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aLassoReleasedShowsTheWholeGreyedDrawing() throws Exception {
        lassoShowsTheWholeGreyedDrawing(4000);
    }

    /** Past {@link ScatterFrames#OFF_THREAD} points the search and the frames run on the canvas' worker. */
    @Test
    void pastOffThreadPointsTheWorkersFramesShowTheWholeGreyedDrawing() throws Exception {
        lassoShowsTheWholeGreyedDrawing(ScatterFrames.OFF_THREAD + 20_000);
    }

    private static void lassoShowsTheWholeGreyedDrawing(int n) throws Exception {
        SELECTED.set(null);
        Random random = new Random(9);
        double[] x = new double[n];
        double[] y = new double[n];
        int[] category = new int[n];
        for (int i = 0; i < n; i++) {
            category[i] = i % 4;
            x[i] = category[i] + random.nextGaussian() * 0.5;
            y[i] = random.nextGaussian();
        }
        ScatterData data = ScatterData.of(x, y, category);
        data.prepare();
        ScatterFigure figure = ScatterFigure.of(data, List.of("a", "b", "c", "d")).withPointStyle(4, 0.5);
        long set = System.nanoTime();
        FxToolkit.setupFixture(() -> {
            canvas.setFigure(figure, false);
            canvas.layout();
        });
        waitForFrameAfter(set);
        // around the plot's middle, where the points are, whatever size the window was given
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        double[][] lasso = {{0.36 * w, 0.62 * w, 0.67 * w, 0.40 * w}, {0.23 * h, 0.27 * h, 0.70 * h, 0.73 * h}};
        FxToolkit.setupFixture(() -> {
            fire(MouseEvent.MOUSE_PRESSED, lasso[0][0], lasso[1][0]);
            for (int k = 1; k < lasso[0].length; k++) {
                fire(MouseEvent.MOUSE_DRAGGED, lasso[0][k], lasso[1][k]);
            }
        });
        Thread.sleep(1500); // a user's drag: the base is built meanwhile
        long released = System.nanoTime();
        FxToolkit.setupFixture(() -> fire(MouseEvent.MOUSE_RELEASED, lasso[0][3], lasso[1][3]));
        for (int wait = 0; wait < 200 && SELECTED.get() == null; wait++) {
            Thread.sleep(50); // past OFF_THREAD points the search runs on the canvas' worker
        }
        waitForFrameAfter(released);
        int[] ids = SELECTED.get();
        assertNotNull(ids, "the lasso selected");
        assertTrue(ids.length > 200, ids.length + " points selected in a canvas of " + w + " x " + h);
        int[][] shown = new int[1][];
        int[] size = new int[2];
        ScatterFigure[] drawn = new ScatterFigure[1];
        FxToolkit.setupFixture(() -> {
            WritableImage image = (WritableImage) ((ImageView) canvas.getChildrenUnmodifiable().get(0)).getImage();
            size[0] = (int) image.getWidth();
            size[1] = (int) image.getHeight();
            shown[0] = new int[size[0] * size[1]];
            image.getPixelReader().getPixels(0, 0, size[0], size[1], PixelFormat.getIntArgbPreInstance(), shown[0], 0,
                    size[0]);
            drawn[0] = canvas.figure();
        });
        assertTrue(drawn[0].highlightedCount() == ids.length, "the frame shows the selection");
        int[] expected = ((DataBufferInt) FigureRenderer.render(drawn[0], size[0], size[1], 1).getRaster()
                .getDataBuffer()).getData();
        assertArrayEquals(expected, shown[0]);
    }

    /** Waits (at most 20 s) until the canvas' image has a frame handed over after {@code time} (System.nanoTime()). */
    private static void waitForFrameAfter(long time) throws Exception {
        for (int wait = 0; wait < 400 && canvas.frames.shownAt() <= time; wait++) {
            Thread.sleep(50);
        }
        assertTrue(canvas.frames.shownAt() > time, "a frame was shown within 20 s");
        FxToolkit.setupFixture(() -> { }); // and any hand-over queued behind it is done
    }

    private static void fire(EventType<MouseEvent> type, double x, double y) {
        Event.fireEvent(canvas, new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, 1, true, false, false, false,
                type != MouseEvent.MOUSE_RELEASED, false, false, false, false, false, null));
    }
}
