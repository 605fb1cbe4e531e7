package org.genrescope.plot;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Times the renderer, the hit test and the exporters (not a test: run by hand, figures go to the report).
 *
 * <pre>
 * mvn -q test-compile
 * java -Djava.awt.headless=true -cp target/classes:target/test-classes:$HOME/.m2/repository/org/jfree/org.jfree.svg/5.0.6/org.jfree.svg-5.0.6.jar \
 *     org.genrescope.plot.PlotBenchmark
 * </pre>
 */
public final class PlotBenchmark {

    private static final int WARM_UP = 15;
    private static final int RUNS = 31;

    private PlotBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        for (int n : new int[] {13_000, 100_000}) {
            ScatterFigure figure = SampleFigures.scatter(n).withHighlighted(new int[0]);
            report("render 1280x800, " + n + " points, scale 1", () -> FigureRenderer.render(figure, 1280, 800, 1));
            report("render 2560x1600, " + n + " points, scale 2", () -> FigureRenderer.render(figure, 2560, 1600, 2));
            report("  same frame with no points (axes, text)", () -> FigureRenderer.render(
                    figure.withView(new ViewWindow(1e6, 1e6 + 1, 1e6, 1e6 + 1)), 1280, 800, 1));
            report("  Java2D ellipses instead of the buffer, scale 1", () -> {
                BufferedImage image = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_ARGB_PRE);
                Graphics2D g = image.createGraphics();
                FigureRenderer.draw(figure, g, 1280, 800);
                g.dispose();
            });
            report("  index build (first hit test on new data)", () -> ScatterData.of(xs(figure), ys(figure),
                    new int[figure.data().size()]).index());
            ScatterView view = ScatterView.of(figure, 1280, 800);
            view.nearestPoint(1, 1, 1);
            Random random = new Random(9);
            report("  1000 nearestPoint queries (10 px)", () -> {
                for (int q = 0; q < 1000; q++) {
                    view.nearestPoint(100 + random.nextDouble() * 1000, 50 + random.nextDouble() * 650, 10);
                }
            });
            report("  box selection of a quarter of the plot", () -> view.pointsInRectangle(300, 200, 800, 500));
        }
        ScatterFigure figure = SampleFigures.scatter(13_000);
        report("SVG document, 13000 points", () -> SvgExporter.toSvg(figure, 1280, 800));
        System.out.printf(Locale.ROOT, "SVG size, 13000 points: %.1f MB%n",
                SvgExporter.toSvg(figure, 1280, 800).length() / 1e6);
        java.nio.file.Path png = java.nio.file.Files.createTempFile("bench", ".png");
        report("PNG file 2560x1600 at 192 DPI, 13000 points", () -> {
            try {
                PngExporter.write(figure, png, 2560, 1600, 192);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        java.nio.file.Files.deleteIfExists(png);
    }

    private static double[] xs(ScatterFigure f) {
        double[] x = new double[f.data().size()];
        Arrays.setAll(x, f.data()::x);
        return x;
    }

    private static double[] ys(ScatterFigure f) {
        double[] y = new double[f.data().size()];
        Arrays.setAll(y, f.data()::y);
        return y;
    }

    private static void report(String what, Runnable task) {
        long coldStart = System.nanoTime();
        task.run();
        double coldMs = (System.nanoTime() - coldStart) / 1e6;
        for (int i = 1; i < WARM_UP; i++) {
            task.run();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            task.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-52s median %7.2f ms   min %7.2f   p90 %7.2f   first call %7.1f%n", what,
                ms[RUNS / 2], ms[0], ms[RUNS * 9 / 10], coldMs);
    }
}
