package org.genrescope.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lasso and box selection through the spatial index, against brute force over every point. */
class LassoTest {

    /** A random star-shaped polygon (self-crossing when {@code tangled}) around (cx, cy). */
    private static double[][] polygon(Random random, int vertices, double cx, double cy, double r, boolean tangled) {
        double[] x = new double[vertices];
        double[] y = new double[vertices];
        for (int k = 0; k < vertices; k++) {
            double a = tangled ? random.nextDouble() * 2 * Math.PI : 2 * Math.PI * k / vertices;
            double d = r * (0.3 + 0.7 * random.nextDouble());
            x[k] = cx + d * Math.cos(a);
            y[k] = cy + d * Math.sin(a);
        }
        return new double[][] {x, y};
    }

    private static Path2D path(double[][] p) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        path.moveTo(p[0][0], p[1][0]);
        for (int k = 1; k < p[0].length; k++) {
            path.lineTo(p[0][k], p[1][k]);
        }
        path.closePath();
        return path;
    }

    @Test
    void insideAgreesWithJava2DsEvenOddRule() {
        Random random = new Random(5);
        for (int trial = 0; trial < 40; trial++) {
            double[][] p = polygon(random, 3 + random.nextInt(300), 0, 0, 100, trial % 2 == 1);
            Lasso lasso = new Lasso(p[0], p[1]);
            Path2D reference = path(p);
            for (int q = 0; q < 2000; q++) {
                double x = random.nextDouble() * 240 - 120;
                double y = random.nextDouble() * 240 - 120;
                assertEquals(reference.contains(x, y), lasso.contains(x, y), "trial " + trial + " at " + x + ", " + y);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> new Lasso(new double[] {0, 1}, new double[] {0, 1}));
    }

    @Test
    void lassoSelectionIsTheVisiblePointsInsideThePolygon() {
        ScatterFigure figure = SampleFigures.scatter(30_000);
        ScatterView view = ScatterView.of(figure, 900, 600).zoom(450, 300, 1.7).pan(40, -25);
        Random random = new Random(8);
        for (int trial = 0; trial < 10; trial++) {
            double[][] p = polygon(random, 80, 300 + random.nextDouble() * 300, 200 + random.nextDouble() * 200, 250,
                    trial % 3 == 0);
            Path2D reference = path(p);
            List<Integer> expected = new ArrayList<>();
            ScatterData data = figure.data();
            for (int i = 0; i < data.size(); i++) {
                if (view.window().contains(data.x(i), data.y(i))
                        && reference.contains(view.toPixelX(data.x(i)), view.toPixelY(data.y(i)))) {
                    expected.add(i);
                }
            }
            int[] found = view.pointsInPolygon(p[0], p[1]);
            assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), found, "trial " + trial);
            assertTrue(found.length > 0 || trial % 3 == 0, "trial " + trial + " selects something");
        }
    }

    @Test
    void boxSelectionIsTheVisiblePointsInTheRectangle() {
        ScatterFigure figure = SampleFigures.scatter(30_000);
        ScatterView view = ScatterView.of(figure, 900, 600).zoom(300, 300, 2);
        double x0 = 120;
        double y0 = 90;
        double x1 = 610;
        double y1 = 420;
        List<Integer> expected = new ArrayList<>();
        ScatterData data = figure.data();
        for (int i = 0; i < data.size(); i++) {
            double px = view.toPixelX(data.x(i));
            double py = view.toPixelY(data.y(i));
            if (view.window().contains(data.x(i), data.y(i)) && px >= x0 && px <= x1 && py >= y0 && py <= y1) {
                expected.add(i);
            }
        }
        int[] found = view.pointsInRectangle(x1, y1, x0, y0);
        // the pixel box is turned into data units once; a point within rounding of its edge may fall either way
        assertEquals(expected.size(), found.length, 2);
        assertTrue(expected.size() > 1000);
    }
}
