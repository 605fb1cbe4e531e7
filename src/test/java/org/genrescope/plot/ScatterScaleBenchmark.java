package org.genrescope.plot;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The scatter at a million points (issue 13, target 1): redraw, drag frame, pick and selection times, and the
 * exports. Not a test: run by hand, figures go to docs/benchmarks.md.
 *
 * <pre>
 * mvn -q -o test-compile
 * java -Xmx2g -Djava.awt.headless=true -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.genrescope.plot.ScatterScaleBenchmark [POINTS] [RUNS]
 * </pre>
 * The points are 7 Gaussian blobs with 3% noise ({@link SampleFigures#blobs}, seed 42), drawn at 1100 x 700
 * logical pixels (the Clusters tab's plot in a 1440 x 900 window) at scale 1, with the window's style past
 * 100,000 points (2-pixel markers at opacity 0.5). Each figure is the median over RUNS runs (9 by default) after
 * 3 warm-up runs, as wall time and as the CPU time of the thread that ran it and of the raster band workers (the
 * machine is shared: CPU time is what the work costs, wall time what a user would have waited on this machine at
 * this moment). The first section, "Full redraw at a million (session 7)", draws with the old painter (kept in the
 * test sources) and the new one in turn and prints their ratio; a third argument {@code redraw} stops after it.
 */
public final class ScatterScaleBenchmark {

    private static final int WIDTH = 1100;
    private static final int HEIGHT = 700;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static int runs = 9;

    private ScatterScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        runs = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        System.out.printf(Locale.ROOT, "%,d points, %d x %d at scale 1, %d runs after 3 warm-ups; load %s%n", n,
                WIDTH, HEIGHT, runs, Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        ScatterData data = SampleFigures.blobs(n, 42);
        long cpu0 = CPU.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        data.prepare();
        System.out.printf(Locale.ROOT, "%-58s wall %8.1f ms  cpu %8.1f ms  (sample of %,d points)%n",
                "prepare: grid index, drag sample, label anchors (once)", (System.nanoTime() - wall0) / 1e6,
                (CPU.getCurrentThreadCpuTime() - cpu0) / 1e6, data.sampleSize());
        ScatterFigure figure = ScatterFigure.of(data, SampleFigures.GENRES).withTitle("A million tracks")
                .withAxisLabels("PC 1", "PC 2").withPointStyle(2, 0.5);
        ScatterFigure density = figure.withShading(Shading.DENSITY);
        fullRedrawSideBySide(figure);
        if (args.length > 2 && args[2].equals("redraw")) {
            return;
        }
        java.awt.image.BufferedImage[] buffer = {null};
        time("redraw, every point, markers 2 px", () -> buffer[0] = FigureRenderer.render(figure, WIDTH, HEIGHT, 1,
                buffer[0], false));
        time("redraw, every point, markers 5 px at 0.75 (the default)", () -> buffer[0] = FigureRenderer.render(
                figure.withPointStyle(5, 0.75), WIDTH, HEIGHT, 1, buffer[0], false));
        time("redraw, every point, density", () -> buffer[0] = FigureRenderer.render(density, WIDTH, HEIGHT, 1,
                buffer[0], false));
        ScatterView view = ScatterView.of(figure, WIDTH, HEIGHT);
        ScatterFigure zoomed = view.zoom(WIDTH / 2.0, HEIGHT / 2.0, 4).figure();
        time("redraw after a 4x zoom, every point, markers", () -> buffer[0] = FigureRenderer.render(zoomed, WIDTH,
                HEIGHT, 1, buffer[0], false));
        time("drag frame (sample), markers", () -> buffer[0] = FigureRenderer.render(figure.withView(
                view.pan(7, 3).window()), WIDTH, HEIGHT, 1, buffer[0], true));
        time("drag frame (sample), density", () -> buffer[0] = FigureRenderer.render(density.withView(
                view.pan(7, 3).window()), WIDTH, HEIGHT, 1, buffer[0], true));
        time("frame without points (axes, legend, text)", () -> buffer[0] = FigureRenderer.render(figure.withView(
                new ViewWindow(1e6, 1e6 + 1, 1e6, 1e6 + 1)), WIDTH, HEIGHT, 1, buffer[0], false));

        Random random = new Random(9);
        double[] px = new double[1000];
        double[] py = new double[1000];
        for (int q = 0; q < px.length; q++) {
            px[q] = 100 + random.nextDouble() * (WIDTH - 300);
            py[q] = 50 + random.nextDouble() * (HEIGHT - 150);
        }
        double[] pickMs = time("pick: 1000 nearest-point queries (8 px), per query in us", () -> {
            int found = 0;
            for (int q = 0; q < px.length; q++) {
                found += view.nearestPoint(px[q], py[q], 8) >= 0 ? 1 : 0;
            }
            return found;
        });
        System.out.printf(Locale.ROOT, "  = %.1f us wall, %.1f us cpu per pick%n", pickMs[0], pickMs[1]);

        double[] box = boxOf(view, n / 10);
        int[] boxed = view.pointsInRectangle(box[0], box[1], box[2], box[3]);
        time(String.format(Locale.ROOT, "box selection of %,d points", boxed.length),
                () -> view.pointsInRectangle(box[0], box[1], box[2], box[3]));
        double[][] lasso = lassoOf(view, n / 10);
        int[] lassoed = view.pointsInPolygon(lasso[0], lasso[1]);
        time(String.format(Locale.ROOT, "lasso selection of %,d points (%d vertices)", lassoed.length,
                lasso[0].length), () -> view.pointsInPolygon(lasso[0], lasso[1]));
        ScatterFigure selected = figure.withHighlighted(lassoed);
        time("redraw with that selection, the rest greyed", () -> buffer[0] = FigureRenderer.render(selected, WIDTH,
                HEIGHT, 1, buffer[0], false));

        Path png = Files.createTempFile("scatter-1m", ".png");
        time("PNG export 2200 x 1400 at 192 DPI, every point", () -> {
            try {
                PngExporter.write(figure, png, 2 * WIDTH, 2 * HEIGHT, 192);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return 0;
        });
        String[] svg = {""};
        time("SVG export (points one embedded PNG)", () -> svg[0] = SvgExporter.toSvg(figure, WIDTH, HEIGHT));
        System.out.printf(Locale.ROOT, "  PNG %.1f MB, SVG %.1f MB%n", Files.size(png) / 1e6, svg[0].length() / 1e6);
        Files.deleteIfExists(png);
    }

    /**
     * Full redraw at a million (session 7): the drawing as it was (ReferenceRasterPointPainter behind the renderer's
     * calls, kept in the test sources), the fast painter on one band and the fast painter as the app runs it
     * ({@link FigureRenderer#render}, bands on up to {@link RasterBands#MOST} threads) in turn, round after round, so
     * that the machine's load falls on all three alike. CPU is the calling thread's plus the band workers'.
     */
    private static void fullRedrawSideBySide(ScatterFigure figure) {
        ScatterView view = ScatterView.of(figure, WIDTH, HEIGHT);
        int rounds = Math.max(9, runs);
        System.out.printf(Locale.ROOT, "%nFull redraw at a million (session 7): old and new painters alternating, "
                + "medians of %d rounds after 3 warm-ups, %d band(s) at most (%d cores)%n", rounds, RasterBands.MOST,
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-44s %-32s %9s %9s %9s%n", "drawing", "painter", "wall ms", "cpu ms",
                "wall min");
        Object[][] cases = {
            {"every point, 2 px at 0.5 (past 100,000)", figure, false},
            {"every point, 5 px at 0.75 (below 100,000)", figure.withPointStyle(5, 0.75), false},
            {"every point after a 4x zoom, 2 px", view.zoom(WIDTH / 2.0, HEIGHT / 2.0, 4).figure(), false},
            {"every point, 2 px, 1/10 selected, rest grey", figure.withHighlighted(
                    java.util.stream.IntStream.range(0, figure.data().size() / 10).map(i -> i * 10).toArray()), false},
            {"drag frame (the sample), 2 px", figure, true},
        };
        for (Object[] c : cases) {
            String what = (String) c[0];
            ScatterFigure f = (ScatterFigure) c[1];
            boolean sampled = (boolean) c[2];
            java.awt.image.BufferedImage[] buffers = new java.awt.image.BufferedImage[3];
            List<Supplier<Object>> painters = List.of(
                () -> buffers[0] = ReferenceRender.render(f, WIDTH, HEIGHT, 1, buffers[0], sampled,
                        ReferenceRasterPointPainter::new),
                () -> buffers[1] = ReferenceRender.render(f, WIDTH, HEIGHT, 1, buffers[1], sampled,
                        (image, scale) -> new RasterPointPainter(image, scale, 1)),
                () -> buffers[2] = FigureRenderer.render(f, WIDTH, HEIGHT, 1, buffers[2], sampled));
            String[] names = {"old (reference painter)", "new, one band", "new, as the app (FigureRenderer)"};
            for (int w = 0; w < 3; w++) {
                painters.forEach(Supplier::get);
            }
            boolean identical = Arrays.equals(pixels(buffers[0]), pixels(buffers[1]))
                    && Arrays.equals(pixels(buffers[0]), pixels(buffers[2]));
            double[][] wall = new double[3][rounds];
            double[][] cpu = new double[3][rounds];
            for (int r = 0; r < rounds; r++) {
                for (int j = 0; j < 3; j++) {
                    int p = (r + j) % 3; // each painter goes first, second and third in turn
                    long c0 = drawingCpu();
                    long w0 = System.nanoTime();
                    painters.get(p).get();
                    wall[p][r] = (System.nanoTime() - w0) / 1e6;
                    cpu[p][r] = (drawingCpu() - c0) / 1e6;
                }
            }
            double[] wallMedian = new double[3];
            double[] cpuMedian = new double[3];
            for (int p = 0; p < 3; p++) {
                Arrays.sort(wall[p]);
                Arrays.sort(cpu[p]);
                wallMedian[p] = wall[p][rounds / 2];
                cpuMedian[p] = cpu[p][rounds / 2];
                System.out.printf(Locale.ROOT, "%-44s %-32s %9.1f %9.1f %9.1f%n", p == 0 ? what : "", names[p],
                        wallMedian[p], cpuMedian[p], wall[p][0]);
            }
            System.out.printf(Locale.ROOT, "%-44s old/new: wall %.2fx, cpu %.2fx; old/one band: wall %.2fx; "
                            + "pixels identical: %s%n", "", wallMedian[0] / wallMedian[2], cpuMedian[0] / cpuMedian[2],
                    wallMedian[0] / wallMedian[1], identical ? "yes" : "NO");
        }
        System.out.println();
    }

    private static int[] pixels(java.awt.image.BufferedImage image) {
        return ((java.awt.image.DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    private static long[] bandWorkers;

    /** CPU nanoseconds of this thread and of the raster band workers so far (those running after the warm-ups). */
    private static long drawingCpu() {
        if (bandWorkers == null || bandWorkers.length == 0) {
            bandWorkers = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("raster-band-")).mapToLong(Thread::getId).toArray();
        }
        long total = CPU.getCurrentThreadCpuTime();
        for (long id : bandWorkers) {
            total += Math.max(0, CPU.getThreadCpuTime(id));
        }
        return total;
    }

    /** A rectangle around the plot's centre holding about {@code target} points, grown by bisection on its side. */
    private static double[] boxOf(ScatterView view, int target) {
        double cx = view.toPixelX(0);
        double cy = view.toPixelY(0);
        double low = 1;
        double high = WIDTH;
        for (int step = 0; step < 30; step++) {
            double half = (low + high) / 2;
            int count = view.pointsInRectangle(cx - half, cy - half * 0.7, cx + half, cy + half * 0.7).length;
            if (count < target) {
                low = half;
            } else {
                high = half;
            }
        }
        return new double[] {cx - low, cy - low * 0.7, cx + low, cy + low * 0.7};
    }

    /** A 200-vertex wobbly ring around the data's origin holding about {@code target} points. */
    private static double[][] lassoOf(ScatterView view, int target) {
        double low = 1;
        double high = WIDTH;
        double[][] polygon = null;
        for (int step = 0; step < 30; step++) {
            double r = (low + high) / 2;
            polygon = ring(view, r);
            if (view.pointsInPolygon(polygon[0], polygon[1]).length < target) {
                low = r;
            } else {
                high = r;
            }
        }
        return ring(view, low);
    }

    private static double[][] ring(ScatterView view, double r) {
        int k = 200;
        double[] x = new double[k];
        double[] y = new double[k];
        for (int i = 0; i < k; i++) {
            double a = 2 * Math.PI * i / k;
            double wobble = 1 + 0.15 * Math.sin(5 * a);
            x[i] = view.toPixelX(3) + r * wobble * Math.cos(a);
            y[i] = view.toPixelY(0) + r * wobble * Math.sin(a);
        }
        return new double[][] {x, y};
    }

    private static double[] time(String what, Runnable task) {
        return time(what, () -> {
            task.run();
            return 0;
        });
    }

    /** Median wall and CPU ms over the runs, printed; returns {wall, cpu}. */
    private static double[] time(String what, Supplier<?> task) {
        for (int i = 0; i < 3; i++) {
            task.get();
        }
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c = drawingCpu();
            long w = System.nanoTime();
            task.get();
            wall[i] = (System.nanoTime() - w) / 1e6;
            cpu[i] = (drawingCpu() - c) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "%-58s wall %8.2f ms  cpu %8.2f ms  (wall min %.2f)%n", what, wall[runs / 2],
                cpu[runs / 2], wall[0]);
        return new double[] {wall[runs / 2], cpu[runs / 2]};
    }
}
