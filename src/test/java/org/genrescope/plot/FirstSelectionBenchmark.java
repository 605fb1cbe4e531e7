package org.genrescope.plot;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * A user's first selections at a million points, as the JVM meets them: not a test, run by hand (one process per
 * case, so that each starts cold), figures go to docs/benchmarks.md ("Redraw and lasso in the window (session 8)").
 * <pre>java -Xmx2g -Djava.awt.headless=true -cp ... org.genrescope.plot.FirstSelectionBenchmark lasso|box|greyed</pre>
 * The points are {@link SampleFigures#blobs} (1,000,000, seed 42) at 1100 x 700, prepared first (in the window a
 * worker does that before the first frame). {@code lasso} and {@code box} time 8 calls in a row of the lasso (120
 * vertices) or box selection of about 90,000 points the window benchmark makes; {@code greyed} draws every point 5
 * times without a selection (as the window has before any lasso), then times the view's {@link GreyBase} (which
 * the window builds on a worker while the user drags), 4 redraws with such a box selected, the rest greyed, from that
 * base (what the window draws on release), then 4 such redraws drawn whole (the way before the base, a control). Each line: wall time and the CPU time of the calling thread (for the drawing, plus the raster band
 * workers' is not counted: compare like with like).
 */
public final class FirstSelectionBenchmark {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private FirstSelectionBenchmark() { }

    public static void main(String[] args) {
        String what = args.length > 0 ? args[0] : "lasso";
        ScatterData data = SampleFigures.blobs(1_000_000, 42);
        data.prepare();
        ScatterFigure figure = ScatterFigure.of(data, SampleFigures.GENRES).withPointStyle(2, 0.5);
        ScatterView view = ScatterView.of(figure, 1100, 700);
        double ox = view.plotArea().getCenterX() - 90;
        double oy = view.plotArea().getCenterY() - 20;
        double r = 700 / 10.8;
        double[][] outline = SampleFigures.lassoOutline(ox, oy, r, 120);
        double[] px = outline[0];
        double[] py = outline[1];
        if (what.equals("greyed")) {
            java.awt.image.BufferedImage buffer = null;
            for (int i = 0; i < 5; i++) {
                buffer = FigureRenderer.render(figure, 1100, 700, 1, buffer, false);
            }
            int[] ids = view.pointsInRectangle(ox - r * .86, oy - r * .86, ox + r * .86, oy + r * .86);
            ScatterFigure greyed = figure.withHighlighted(ids);
            long c0 = CPU.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            GreyBase base = GreyBase.build(figure, 1100, 700, 1); // in the window, on a worker during the gesture
            print("the view's grey base", 0, t0, c0);
            for (int i = 0; i < 4; i++) {
                long c = CPU.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                buffer = FigureRenderer.render(greyed, 1100, 700, 1, buffer, false, base);
                print("greyed redraw from the base, " + ids.length + " selected", i, t, c);
            }
            for (int i = 0; i < 4; i++) {
                long c = CPU.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                buffer = FigureRenderer.render(greyed, 1100, 700, 1, buffer, false);
                print("greyed redraw whole, " + ids.length + " selected", i, t, c);
            }
            return;
        }
        for (int i = 0; i < 8; i++) {
            long c = CPU.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            int[] ids = what.equals("box") ? view.pointsInRectangle(ox - r * .86, oy - r * .86, ox + r * .86,
                    oy + r * .86) : view.pointsInPolygon(px, py);
            print(what + " of " + ids.length + " points", i, t, c);
        }
    }

    private static void print(String what, int call, long wall0, long cpu0) {
        System.out.printf(Locale.ROOT, "%s, call %d: wall %.1f ms, CPU %.1f ms%n", what, call + 1,
                (System.nanoTime() - wall0) / 1e6, (CPU.getCurrentThreadCpuTime() - cpu0) / 1e6);
    }
}
