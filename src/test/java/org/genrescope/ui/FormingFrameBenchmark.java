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
 * {@code REPEATS} frames in wall and thread-CPU milliseconds.
 * <pre>java -cp ... org.genrescope.ui.FormingFrameBenchmark [POINTS [REPEATS]]</pre>
 */
public final class FormingFrameBenchmark {
    /** The optimisers' least gap between two layouts (LayoutSnapshots.INTERVAL_MILLIS, package-private there). */
    private static final long INTERVAL_MILLIS = 400;

    private FormingFrameBenchmark() { }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 21;
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
        BufferedImage pixels = null;
        for (int r = 0; r < repeats + 3; r++) { // three frames to warm the JIT up
            long w0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            FormingLayout layout = new FormingLayout("t-SNE", xy.clone(), clusters, 8, 100 + r, 750, n);
            ScatterFigure figure = FormingScatter.figure(layout, "Data: synthetic.");
            long p0 = threads.getCurrentThreadCpuTime();
            figure.data().prepare();
            long prepared = threads.getCurrentThreadCpuTime() - p0;
            ScatterView view = ScatterView.of(figure, 1000, 640);
            pixels = FigureRenderer.render(view.figure(), 1000, 640, 1, pixels, false);
            if (r >= 3) {
                wall[r - 3] = System.nanoTime() - w0;
                cpu[r - 3] = threads.getCurrentThreadCpuTime() - c0;
                prepareCpu[r - 3] = prepared;
            }
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        Arrays.sort(prepareCpu);
        System.out.printf(Locale.ROOT, "forming frame of %,d points at 1000 x 640: median %.1f ms wall, %.1f ms thread "
                + "CPU, of which %.1f ms preparing the index and drag sample (%d frames; slowest %.1f ms wall); at one frame per %d ms that is %.1f %% of one core; load %s%n",
                n, wall[repeats / 2] / 1e6, cpu[repeats / 2] / 1e6, prepareCpu[repeats / 2] / 1e6, repeats, wall[repeats - 1] / 1e6,
                INTERVAL_MILLIS,
                100 * cpu[repeats / 2] / 1e6 / INTERVAL_MILLIS, loadAverage());
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
