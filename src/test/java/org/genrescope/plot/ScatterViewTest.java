package org.genrescope.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScatterViewTest {

    private static final ScatterFigure FIGURE = SampleFigures.scatter(20_000);

    @Test
    void dataToPixelAndBackIsTheIdentity() {
        ScatterView view = ScatterView.of(FIGURE, 1280, 800).zoom(500, 300, 2.5).pan(13, -7);
        Random random = new Random(1);
        for (int i = 0; i < 1000; i++) {
            double x = random.nextGaussian() * 3;
            double y = random.nextGaussian() * 3;
            assertEquals(x, view.toDataX(view.toPixelX(x)), 1e-9);
            assertEquals(y, view.toDataY(view.toPixelY(y)), 1e-9);
        }
    }

    @Test
    void theWindowFillsThePlotAreaWithDataYPointingUp() {
        ScatterView view = ScatterView.of(FIGURE, 1280, 800);
        Rectangle2D plot = view.plotArea();
        ViewWindow window = view.window();
        assertEquals(plot.getMinX(), view.toPixelX(window.xMin()), 1e-9);
        assertEquals(plot.getMaxX(), view.toPixelX(window.xMax()), 1e-9);
        assertEquals(plot.getMaxY(), view.toPixelY(window.yMin()), 1e-9);
        assertEquals(plot.getMinY(), view.toPixelY(window.yMax()), 1e-9);
        assertEquals(ScatterLayout.of(FIGURE, 1280, 800).plot(), plot, "renderer and hit test share the layout");
    }

    @Test
    void zoomKeepsTheAnchorPointFixed() {
        ScatterView view = ScatterView.of(FIGURE, 1280, 800);
        double px = 437.25;
        double py = 211.5;
        double ax = view.toDataX(px);
        double ay = view.toDataY(py);
        for (double factor : new double[] {2, 0.5, 1.1, 7}) {
            ScatterView zoomed = view.zoom(px, py, factor);
            assertEquals(ax, zoomed.toDataX(px), 1e-9);
            assertEquals(ay, zoomed.toDataY(py), 1e-9);
            assertEquals(view.window().width() / factor, zoomed.window().width(), 1e-9);
            assertEquals(zoomed.window(), zoomed.figure().view(), "the figure carries the new window");
        }
        assertThrows(IllegalArgumentException.class, () -> view.zoom(0, 0, 0));
    }

    @Test
    void legendRowsAreFoundWhereTheyAreDrawn() {
        ScatterView view = ScatterView.of(FIGURE, 1280, 800);
        Rectangle2D plot = view.plotArea();
        double legendX = plot.getMaxX() + 16 + 20;
        double firstRow = plot.getMinY() + Theme.LEGEND_ROW / 2;
        assertEquals(0, view.legendEntryAt(legendX, firstRow));
        assertEquals(7, view.legendEntryAt(legendX, firstRow + 7 * Theme.LEGEND_ROW), "the noise entry comes last");
        assertEquals(-1, view.legendEntryAt(legendX, firstRow + 8 * Theme.LEGEND_ROW));
        assertEquals(-1, view.legendEntryAt(plot.getCenterX(), firstRow));
    }

    @Test
    void zoomStopsAtSaneLimitsInsteadOfOverflowing() {
        ScatterView view = ScatterView.of(FIGURE, 1280, 800);
        ScatterView out = view;
        ScatterView in = view;
        for (int i = 0; i < 2000; i++) {
            out = out.zoom(640, 400, 0.5);
            in = in.zoom(640, 400, 2);
        }
        ViewWindow extent = FIGURE.data().extent();
        assertEquals(1e6, out.window().width() / extent.width(), 1e-3);
        assertEquals(1e-9, in.window().width() / extent.width(), 1e-12);
    }

    @Test
    void panMovesTheContentWithTheMouseAndResetReturnsToTheData() {
        ScatterView view = ScatterView.of(FIGURE, 1280, 800);
        double x = 1.5;
        double y = -0.5;
        ScatterView panned = view.pan(40, -25);
        assertEquals(view.toPixelX(x) + 40, panned.toPixelX(x), 1e-9);
        assertEquals(view.toPixelY(y) - 25, panned.toPixelY(y), 1e-9);
        assertEquals(FIGURE.data().defaultView(), panned.zoom(3, 3, 4).reset().window());
    }

    @Test
    void nearestPointEqualsBruteForce() {
        Random random = new Random(2);
        List<ScatterView> views = List.of(ScatterView.of(FIGURE, 1280, 800),
                ScatterView.of(FIGURE, 1280, 800).zoom(700, 400, 6), ScatterView.of(FIGURE, 300, 900).zoom(150, 450, 0.4));
        int hits = 0;
        for (ScatterView view : views) {
            Rectangle2D plot = view.plotArea();
            for (int q = 0; q < 1500; q++) {
                double px = plot.getMinX() - 20 + random.nextDouble() * (plot.getWidth() + 40);
                double py = plot.getMinY() - 20 + random.nextDouble() * (plot.getHeight() + 40);
                double maxDistance = random.nextDouble() * 25;
                int expected = bruteNearest(view, px, py, maxDistance);
                assertEquals(expected, view.nearestPoint(px, py, maxDistance), "query " + q + " at " + px + "," + py);
                hits += expected >= 0 ? 1 : 0;
            }
        }
        assertTrue(hits > 1000, "the queries must find points, found " + hits);
    }

    @Test
    void nearestPointWorksOnDegenerateData() {
        ScatterData same = ScatterData.uncategorised(new double[] {1, 1, 1}, new double[] {2, 2, 2});
        ScatterView view = ScatterView.of(ScatterFigure.of(same, List.of("all")), 400, 300);
        assertEquals(0, view.nearestPoint(view.toPixelX(1), view.toPixelY(2), 1));
        ScatterData empty = ScatterData.uncategorised(new double[0], new double[0]);
        assertEquals(-1, ScatterView.of(ScatterFigure.of(empty, List.of("all")), 400, 300).nearestPoint(100, 100, 50));
    }

    @Test
    void pointsInRectangleEqualsBruteForce() {
        Random random = new Random(3);
        ScatterView view = ScatterView.of(FIGURE, 1280, 800).zoom(640, 400, 1.7);
        for (int q = 0; q < 300; q++) {
            double px0 = random.nextDouble() * 1280;
            double py0 = random.nextDouble() * 800;
            double px1 = px0 + (random.nextDouble() - 0.5) * 600;
            double py1 = py0 + (random.nextDouble() - 0.5) * 400;
            assertArrayEquals(bruteRectangle(view, px0, py0, px1, py1), view.pointsInRectangle(px0, py0, px1, py1),
                    "rectangle " + q);
        }
        int all = view.reset().pointsInRectangle(-1e6, -1e6, 1e6, 1e6).length;
        assertEquals(FIGURE.data().size(), all, "a rectangle around everything selects every point");
    }

    @Test
    void selectionsOfClumpedPointsAreExactAndAscending() {
        // 5,003 points, six in seven of them on a 9 x 7 lattice (clumps of identical points, grid rows whose points
        // share one y), the rest anywhere: ids spread over many 64-bit words of the selection's bit set
        Random random = new Random(11);
        int n = 5_003;
        double[] x = new double[n];
        double[] y = new double[n];
        int[] category = new int[n];
        for (int i = 0; i < n; i++) {
            boolean lattice = i % 7 != 0;
            x[i] = lattice ? random.nextInt(9) : random.nextDouble() * 8;
            y[i] = lattice ? random.nextInt(7) : random.nextDouble() * 6;
            category[i] = i % 3;
        }
        ScatterFigure figure = ScatterFigure.of(ScatterData.of(x, y, category), List.of("a", "b", "c"));
        ScatterView view = ScatterView.of(figure, 900, 600).zoom(450, 300, 1.3);
        for (int q = 0; q < 200; q++) {
            // corners half-way between lattice values, so no point lies within rounding of an edge
            double px0 = view.toPixelX(random.nextInt(11) - 1.5);
            double py0 = view.toPixelY(random.nextInt(9) - 1.5);
            double px1 = view.toPixelX(random.nextInt(11) - 1.5);
            double py1 = view.toPixelY(random.nextInt(9) - 1.5);
            assertArrayEquals(bruteRectangle(view, px0, py0, px1, py1), view.pointsInRectangle(px0, py0, px1, py1),
                    "rectangle " + q);
        }
        for (int q = 0; q < 60; q++) {
            int k = 3 + random.nextInt(40);
            double[] px = new double[k];
            double[] py = new double[k];
            java.awt.geom.Path2D.Double path = new java.awt.geom.Path2D.Double(java.awt.geom.Path2D.WIND_EVEN_ODD);
            for (int v = 0; v < k; v++) {
                px[v] = random.nextDouble() * 900;
                py[v] = random.nextDouble() * 600;
                if (v == 0) {
                    path.moveTo(px[v], py[v]);
                } else {
                    path.lineTo(px[v], py[v]);
                }
            }
            path.closePath();
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (view.window().contains(x[i], y[i]) && path.contains(view.toPixelX(x[i]), view.toPixelY(y[i]))) {
                    expected.add(i);
                }
            }
            assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), view.pointsInPolygon(px, py),
                    "lasso " + q);
        }
    }

    private static int bruteNearest(ScatterView view, double px, double py, double maxDistance) {
        ScatterData data = view.figure().data();
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < data.size(); i++) {
            if (!view.window().contains(data.x(i), data.y(i))) {
                continue;
            }
            double dx = view.toPixelX(data.x(i)) - px;
            double dy = view.toPixelY(data.y(i)) - py;
            double d = Math.sqrt(dx * dx + dy * dy);
            if (d <= maxDistance + 1e-9 && d < bestDistance - 1e-9) {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int[] bruteRectangle(ScatterView view, double px0, double py0, double px1, double py1) {
        ScatterData data = view.figure().data();
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            double px = view.toPixelX(data.x(i));
            double py = view.toPixelY(data.y(i));
            if (view.window().contains(data.x(i), data.y(i)) && px >= Math.min(px0, px1) && px <= Math.max(px0, px1)
                    && py >= Math.min(py0, py1) && py <= Math.max(py0, py1)) {
                ids.add(i);
            }
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }
}
