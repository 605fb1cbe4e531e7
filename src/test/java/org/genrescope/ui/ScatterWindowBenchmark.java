package org.genrescope.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.genrescope.plot.FigureRenderer;
import org.genrescope.plot.ScatterData;
import org.genrescope.plot.ScatterFigure;
import org.genrescope.plot.SampleFigures;
import org.genrescope.plot.ScatterView;

/**
 * The scatter's full redraw and its lasso and box selections in a real window (issue 13, target 1), not a test:
 * run by hand under Xvfb, figures go to docs/benchmarks.md ("Redraw and lasso in the window (session 8)").
 * <pre>DISPLAY=:83 java -Xmx2g -cp ... org.genrescope.ui.ScatterWindowBenchmark [POINTS] [ROUNDS]</pre>
 * One {@link ScatterCanvas} fills a 1100 x 700 window (the Clusters tab's plot in a 1440 x 900 workbench) and shows
 * POINTS (a million by default) in 7 Gaussian blobs (seed 42) with the window's style past 100,000 points (2-px
 * markers at 0.5). Mouse events are fired at the canvas as a user's would arrive; its selection goes to what the
 * Clusters tab does with one: the canvas' highlight (the rest greyed at the next pulse) and the selection line's
 * count by category. For each operation it prints the wall time from the release to the frame shown (the render
 * thread's end of that frame, from JavaFX's scene tracker; past 100,000 points the canvas' worker draws the frame,
 * and the FX thread takes it over later: {@link ScatterFrames#shownAt}), the FX thread's handler, the FX thread's and the
 * render thread's ("QuantumRenderer-0") CPU time over that span, and for the redraw the drawing alone, timed
 * apart, so that handler minus drawing is the hand-over to JavaFX, and the CPU time of every thread from the press
 * to the release (the drag; for a selection, the view's grey base the canvas builds on a worker meanwhile, which its
 * greyed frame starts from). The first round of each is printed (a cold JIT,
 * as a user's first lasso), then medians of ROUNDS.
 */
public final class ScatterWindowBenchmark {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final List<String> GENRES = SampleFigures.GENRES;
    private static volatile long lastFrame;
    private static long fxThread;
    private static long renderThread;
    private static ScatterCanvas canvas;

    private ScatterWindowBenchmark() { }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        ScatterData data = SampleFigures.blobs(n, 42);
        ScatterFigure figure = ScatterFigure.of(data, GENRES).withTitle("A million tracks")
                .withAxisLabels("PC 1", "PC 2").withPointStyle(2, 0.5);
        CountDownLatch shown = new CountDownLatch(1);
        Platform.startup(() -> {
            canvas = new ScatterCanvas(i -> "track " + i, ScatterWindowBenchmark::selected, f -> { });
            Stage stage = new Stage();
            Scene scene = new Scene(canvas, 1100, 700);
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            com.sun.javafx.perf.PerformanceTracker.getSceneTracker(scene)
                    .setOnRenderedFrameTask(() -> lastFrame = System.nanoTime());
            fxThread = Thread.currentThread().getId();
            canvas.setFigure(figure, false);
            shown.countDown();
        });
        shown.await();
        boolean[] ready = {false};
        while (!ready[0]) {
            Thread.sleep(100);
            ScreenCapture.onFx(() -> ready[0] = canvas.figure().data().prepared() && canvas.pixelOf(0) != null);
        }
        renderThread = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(
                "QuantumRenderer")).findFirst().orElseThrow().getId();
        Thread.sleep(500);
        System.out.printf(Locale.ROOT, "%,d points in a %.0f x %.0f canvas, %d rounds; pipeline %s; load %s%n", n,
                canvas.getWidth(), canvas.getHeight(), rounds, com.sun.prism.GraphicsPipeline.getPipeline()
                        .getClass().getSimpleName(), load());
        List<double[]> redraws = new ArrayList<>();
        List<double[]> lassos = new ArrayList<>();
        List<double[]> boxes = new ArrayList<>();
        for (int r = 0; r <= rounds; r++) {
            redraws.add(panRelease(r));
            lassos.add(select(true));
            boxes.add(select(false));
            if (r == 0) {
                print("FIRST ROUND (cold)", redraws.get(0), lassos.get(0), boxes.get(0));
            }
        }
        print("MEDIANS of rounds 1.." + rounds, median(redraws), median(lassos), median(boxes));
        handOvers(rounds);
        System.out.printf(Locale.ROOT, "load %s%n", load());
        Platform.exit();
        System.exit(0);
    }

    private static final String[] PARTS = {"release to frame shown", "FX handler (release)", "  its FX CPU",
        "FX CPU to frame",
        "render thread CPU to frame", "process CPU to frame", "drawing / containment alone",
        "  its CPU (process / FX thread)", "selected points", "process CPU, press to release"};

    private static void print(String title, double[] redraw, double[] lasso, double[] box) {
        System.out.println(title + " (ms; wall unless CPU):");
        System.out.printf(Locale.ROOT, "  %-36s %10s %10s %10s%n", "", "redraw", "lasso", "box");
        for (int p = 0; p < PARTS.length; p++) {
            System.out.printf(Locale.ROOT, "  %-36s %10.1f %10.1f %10.1f%n", PARTS[p], redraw[p], lasso[p], box[p]);
        }
    }

    /**
     * The hand-over of a drawn 1100 x 700 frame to JavaFX on the FX thread, the two ways, medians of FX-thread CPU
     * and wall: the copy the canvas made before session 8 ({@code PixelWriter.setPixels} of the int buffer into a
     * reused {@code WritableImage}) and the shared buffer's {@code PixelBuffer.updateBuffer}.
     */
    private static void handOvers(int rounds) throws InterruptedException {
        int w = (int) Math.round(canvas.getWidth());
        int h = (int) Math.round(canvas.getHeight());
        java.awt.image.BufferedImage drawn = FigureRenderer.render(canvas.figure(), w, h, 1);
        int[] ints = ((java.awt.image.DataBufferInt) drawn.getRaster().getDataBuffer()).getData();
        double[][] copy = new double[2][rounds];
        double[][] shared = new double[2][rounds];
        ScreenCapture.onFx(() -> {
            javafx.scene.image.WritableImage target = new javafx.scene.image.WritableImage(w, h);
            javafx.scene.image.PixelBuffer<java.nio.IntBuffer> buffer = FigureImages.share(drawn);
            new javafx.scene.image.WritableImage(buffer);
            for (int r = -3; r < rounds; r++) {
                long c = CPU.getCurrentThreadCpuTime();
                long s = System.nanoTime();
                target.getPixelWriter().setPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbPreInstance(),
                        ints, 0, w);
                long c1 = CPU.getCurrentThreadCpuTime();
                long s1 = System.nanoTime();
                buffer.updateBuffer(b -> null);
                if (r >= 0) {
                    copy[0][r] = (s1 - s) / 1e6;
                    copy[1][r] = (c1 - c) / 1e6;
                    shared[0][r] = (System.nanoTime() - s1) / 1e6;
                    shared[1][r] = (CPU.getCurrentThreadCpuTime() - c1) / 1e6;
                }
            }
        });
        for (double[] a : copy) {
            Arrays.sort(a);
        }
        for (double[] a : shared) {
            Arrays.sort(a);
        }
        System.out.printf(Locale.ROOT, "hand-over of a %d x %d frame on the FX thread, medians of %d: copy "
                + "(setPixels) %.2f ms wall, %.2f ms CPU; shared buffer (updateBuffer) %.3f ms wall, %.3f ms CPU%n", w,
                h, rounds, copy[0][rounds / 2], copy[1][rounds / 2], shared[0][rounds / 2], shared[1][rounds / 2]);
    }

    /** A pan (press, one sampled drag frame, wait) and the measured release that draws every point. */
    private static double[] panRelease(int round) throws InterruptedException {
        double cx = canvas.getWidth() / 2;
        double cy = canvas.getHeight() / 2;
        double step = round % 2 == 0 ? 5 : -5; // back and forth, so the view stays where it was
        long pressed = processCpu();
        ScreenCapture.onFx(() -> fire(MouseEvent.MOUSE_PRESSED, cx, cy, false));
        ScreenCapture.onFx(() -> fire(MouseEvent.MOUSE_DRAGGED, cx + step, cy, false));
        settle();
        double dragCpu = (processCpu() - pressed) / 1e6;
        double[] m = measure(() -> fire(MouseEvent.MOUSE_RELEASED, cx + step, cy, false));
        m[9] = dragCpu;
        // the drawing alone, as the canvas makes it, into a buffer of its own
        java.awt.image.BufferedImage[] own = {null};
        double[] drawing = new double[2];
        ScreenCapture.onFx(() -> {
            ScatterFigure f = canvas.figure();
            int w = (int) Math.round(canvas.getWidth());
            int h = (int) Math.round(canvas.getHeight());
            own[0] = FigureRenderer.render(f, w, h, 1, own[0], false); // same size, so the next one reuses it
            long cpu = processCpu();
            long s = System.nanoTime();
            own[0] = FigureRenderer.render(f, w, h, 1, own[0], false);
            drawing[0] = (System.nanoTime() - s) / 1e6;
            drawing[1] = (processCpu() - cpu) / 1e6;
        });
        m[6] = drawing[0];
        m[7] = drawing[1];
        return m;
    }

    /** A Shift+drag lasso (120 vertices) or box around about a tenth of the points, released and measured. */
    private static double[] select(boolean lasso) throws InterruptedException {
        ScreenCapture.onFx(() -> canvas.setLasso(lasso));
        ScatterView[] view = {null};
        ScreenCapture.onFx(() -> view[0] = ScatterView.of(canvas.figure(), canvas.getWidth(), canvas.getHeight()));
        double ox = view[0].plotArea().getCenterX() - 90;
        double oy = view[0].plotArea().getCenterY() - 20;
        double r = Math.min(canvas.getWidth(), canvas.getHeight()) / 10.8; // about 100,000 points
        double[][] outline = SampleFigures.lassoOutline(ox, oy, r, 120);
        double[] px = outline[0];
        double[] py = outline[1];
        int k = px.length;
        double bx0 = ox - r * 0.86;
        double by0 = oy - r * 0.86;
        double bx1 = ox + r * 0.86;
        double by1 = oy + r * 0.86;
        long pressed = processCpu();
        ScreenCapture.onFx(() -> {
            if (lasso) {
                fire(MouseEvent.MOUSE_PRESSED, px[0], py[0], true);
                for (int i = 1; i < k; i++) {
                    fire(MouseEvent.MOUSE_DRAGGED, px[i], py[i], true);
                }
            } else {
                fire(MouseEvent.MOUSE_PRESSED, bx0, by0, true);
                fire(MouseEvent.MOUSE_DRAGGED, bx1, by1, true);
            }
        });
        settle();
        double dragCpu = (processCpu() - pressed) / 1e6;
        double[] m = lasso ? measure(() -> fire(MouseEvent.MOUSE_RELEASED, px[k - 1], py[k - 1], true))
                : measure(() -> fire(MouseEvent.MOUSE_RELEASED, bx1, by1, true));
        int[][] ids = {null};
        double[] alone = new double[2];
        ScreenCapture.onFx(() -> {
            long cpu = CPU.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            ids[0] = lasso ? view[0].pointsInPolygon(px, py) : view[0].pointsInRectangle(bx0, by0, bx1, by1);
            alone[0] = (System.nanoTime() - s) / 1e6;
            alone[1] = (CPU.getCurrentThreadCpuTime() - cpu) / 1e6;
        });
        m[6] = alone[0];
        m[7] = alone[1];
        m[8] = ids[0].length;
        m[9] = dragCpu;
        ScreenCapture.onFx(() -> canvas.highlight(new int[0]));
        settle();
        return m;
    }

    /** Runs {@code action} on the FX thread and waits for the frame after it: the parts of {@link #PARTS}. */
    private static double[] measure(Runnable action) throws InterruptedException {
        long[] t = new long[6];
        ScreenCapture.onFx(() -> {
            t[4] = processCpu();
            t[2] = CPU.getThreadCpuTime(renderThread);
            t[3] = CPU.getCurrentThreadCpuTime();
            t[0] = System.nanoTime();
            action.run();
            t[1] = System.nanoTime();
            t[5] = CPU.getCurrentThreadCpuTime();
        });
        long deadline = System.nanoTime() + 5_000_000_000L;
        // the new frame is handed to the image in the handler, or later when the canvas' worker has drawn it
        while (canvas.frames.shownAt() < t[0] && System.nanoTime() < deadline) {
            Thread.sleep(0, 200_000);
        }
        long handed = Math.max(t[1], canvas.frames.shownAt());
        while (lastFrame < handed && System.nanoTime() < deadline) {
            Thread.sleep(0, 200_000);
        }
        long frame = lastFrame;
        double renderCpu = (CPU.getThreadCpuTime(renderThread) - t[2]) / 1e6;
        double fxCpu = (CPU.getThreadCpuTime(fxThread) - t[3]) / 1e6;
        double processCpu = (processCpu() - t[4]) / 1e6;
        return new double[] {(frame - t[0]) / 1e6, (t[1] - t[0]) / 1e6, (t[5] - t[3]) / 1e6, fxCpu, renderCpu,
            processCpu, 0, 0, 0, 0};
    }

    /** Waits until no frame has been rendered for 300 ms. */
    private static void settle() throws InterruptedException {
        long quietSince = System.nanoTime();
        long seen = lastFrame;
        while (System.nanoTime() - quietSince < 300_000_000L) {
            Thread.sleep(20);
            if (lastFrame != seen) {
                seen = lastFrame;
                quietSince = System.nanoTime();
            }
        }
    }

    /** What the Clusters tab does with a selection: highlights it and counts it by category for its line. */
    private static void selected(int[] ids) {
        canvas.highlight(ids);
        ScatterFigure f = canvas.figure();
        SelectionSummary.of(ids, f.data()::category, f.data().size(), GENRES);
    }

    private static void fire(EventType<MouseEvent> type, double x, double y, boolean shift) {
        Event.fireEvent(canvas, new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, 1, shift, false, false, false,
                type != MouseEvent.MOUSE_RELEASED, false, false, false, false, false, null));
    }

    private static double[] median(List<double[]> all) {
        double[] m = new double[all.get(0).length];
        for (int p = 0; p < m.length; p++) {
            final int part = p;
            double[] v = all.subList(1, all.size()).stream().mapToDouble(a -> a[part]).sorted().toArray();
            m[p] = v[v.length / 2];
        }
        return m;
    }


    /**
     * The CPU time of every live thread of the process (the FX thread, the raster bands, the render thread, the
     * collector's), ns: the sum of the threads' own clocks, finer than the process clock's 10 ms ticks.
     */
    private static long processCpu() {
        long sum = 0;
        for (long id : CPU.getAllThreadIds()) {
            sum += Math.max(0, CPU.getThreadCpuTime(id));
        }
        return sum;
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
