package org.genrescope.ui;

import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.genrescope.analysis.FormingLayout;
import org.genrescope.plot.FigureRenderer;
import org.genrescope.plot.ScatterFigure;
import org.genrescope.plot.ScatterView;

/**
 * What one forming layout costs the UI thread (not a test; docs/benchmarks.md, "Layout as it forms"): the figure
 * built from the layout ({@link FormingScatter#figure}), its data prepared (index and drag sample) and every point
 * drawn at the Clusters plot's size, as the canvas does for each layout handed over. Prints the median of
 * {@code REPEATS} frames in wall and thread-CPU milliseconds. {@code indexed} draws the same points as data of a
 * result ({@code ScatterData.of}: index, drag sample and anchors prepared, drawn in the index's cell order), as every
 * forming frame was drawn before session 8; the default draws them as {@link FormingScatter#figure} does now.
 * <pre>java -cp ... org.genrescope.ui.FormingFrameBenchmark [POINTS [REPEATS [passing|indexed]]]</pre>
 */
public final class FormingFrameBenchmark {
    /** The optimisers' least gap between two layouts (LayoutSnapshots.INTERVAL_MILLIS, package-private there). */
    private static final long INTERVAL_MILLIS = 400;

    private FormingFrameBenchmark() { }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 21;
        boolean indexed = args.length > 2 && args[2].equals("indexed");
        SplittableRandom random = new SplittableRandom(7);
        int[] clusters = new int[n];
        double[] xy = new double[2 * n];
        for (int i = 0; i < n; i++) {
            clusters[i] = i % 8;
            double angle = 2 * Math.PI * clusters[i] / 8;
            xy[2 * i] = 30 * Math.cos(angle) + 4 * (random.nextDouble() - 0.5) * 2;
            xy[2 * i + 1] = 30 * Math.sin(angle) + 4 * (random.nextDouble() - 0.5) * 2;
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[repeats];
        long[] cpu = new long[repeats];
        long[] prepareCpu = new long[repeats];
        long[] processCpu = new long[repeats];
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        BufferedImage pixels = null;
        for (int r = 0; r < repeats + 3; r++) { // three frames to warm the JIT up
            long w0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            long o0 = os.getProcessCpuTime();
            FormingLayout layout = new FormingLayout("t-SNE", xy.clone(), clusters, 8, 100 + r, 750, n);
            ScatterFigure figure = FormingScatter.figure(layout, "Data: synthetic.");
            if (indexed) {
                ScatterFigure f = figure;
                figure = new ScatterFigure(org.genrescope.plot.ScatterData.of(xAndY(layout, 0), xAndY(layout, 1),
                        clusters), f.categoryNames(), f.categoryColors(), f.title(), f.xLabel(), f.yLabel(),
                        f.caption(), f.pointSize(), f.opacity(), f.highlighted(), f.view(), f.directLabels(),
                        f.shading());
            }
            long p0 = threads.getCurrentThreadCpuTime();
            figure.data().prepare();
            long prepared = threads.getCurrentThreadCpuTime() - p0;
            ScatterView view = ScatterView.of(figure, 1000, 640);
            pixels = FigureRenderer.render(view.figure(), 1000, 640, 1, pixels, false);
            if (r >= 3) {
                wall[r - 3] = System.nanoTime() - w0;
                cpu[r - 3] = threads.getCurrentThreadCpuTime() - c0;
                prepareCpu[r - 3] = prepared;
                processCpu[r - 3] = os.getProcessCpuTime() - o0;
            }
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        Arrays.sort(prepareCpu);
        Arrays.sort(processCpu);
        System.out.printf(Locale.ROOT, (indexed ? "indexed" : "passing") + " forming frame of %,d points at 1000 x 640: median %.1f ms wall, %.1f ms thread "
                + "CPU (%.1f ms the whole process's, drawing bands, JIT and GC included), of which %.1f ms preparing the index and drag sample (%d frames; slowest %.1f ms wall); at one frame per %d ms that is %.1f %% of one core; load %s%n",
                n, wall[repeats / 2] / 1e6, cpu[repeats / 2] / 1e6, processCpu[repeats / 2] / 1e6, prepareCpu[repeats / 2] / 1e6, repeats, wall[repeats - 1] / 1e6,
                INTERVAL_MILLIS,
                100 * cpu[repeats / 2] / 1e6 / INTERVAL_MILLIS, loadAverage());
    }

    private static double[] xAndY(FormingLayout layout, int axis) {
        double[] out = new double[layout.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = axis == 0 ? layout.x(i) : layout.y(i);
        }
        return out;
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
