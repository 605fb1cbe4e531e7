package org.genrescope.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Density shading: per-pixel counts on a log scale in the points' mean colour; selections greyed. */
class DensityShadingTest {

    private static final Color RED = new Color(200, 30, 40);
    private static final Color BLUE = new Color(20, 60, 220);

    /** Three points at (1.13, 1.13) (two red, one blue), one red at (3.07, 2.21), corners to fix the extent. */
    private static ScatterFigure figure() {
        double[] x = {1.13, 1.13, 1.13, 3.07, 0, 4};
        double[] y = {1.13, 1.13, 1.13, 2.21, 0, 3};
        int[] c = {0, 0, 1, 0, 1, 1};
        return ScatterFigure.of(ScatterData.of(x, y, c), List.of("red", "blue")).withColors(List.of(RED, BLUE))
                .withShading(Shading.DENSITY);
    }

    private static int[] pixelOf(ScatterView view, double x, double y) {
        return new int[] {(int) Math.floor(view.toPixelX(x)), (int) Math.floor(view.toPixelY(y))};
    }

    /** What the painter should write: the mean colour over a white pixel with the log weight, per channel. */
    private static int expected(double mean, double w) {
        return (int) Math.round(mean * w + 255 * (1 - w));
    }

    @Test
    void aPixelIsItsPointsMeanColourWeightedByItsLogCount() {
        ScatterFigure f = figure();
        BufferedImage image = FigureRenderer.render(f, 500, 400, 1);
        ScatterView view = ScatterView.of(f, 500, 400);
        int[] busy = pixelOf(view, 1.13, 1.13);
        int[] lone = pixelOf(view, 3.07, 2.21);
        for (int[] p : new int[][] {busy, lone}) {
            assertEquals(0xFFFFFF, image.getRGB(p[0] - 1, p[1]) & 0xFFFFFF, "white left of " + Arrays.toString(p));
            assertEquals(0xFFFFFF, image.getRGB(p[0], p[1] - 1) & 0xFFFFFF, "white above " + Arrays.toString(p));
        }
        double logMax = Math.log(4); // the busiest pixel holds 3 points
        double wBusy = 1;
        double wLone = DensityPainter.MIN_WEIGHT + (1 - DensityPainter.MIN_WEIGHT) * Math.log(2) / logMax;
        assertEquals(0.725, wLone, 1e-12); // by hand: 0.45 + 0.55 * ln 2 / ln 4
        Color busyColour = new Color(image.getRGB(busy[0], busy[1]));
        assertEquals(expected((2 * 200 + 20) / 3, wBusy), busyColour.getRed(), 1);
        assertEquals(expected((2 * 30 + 60) / 3, wBusy), busyColour.getGreen(), 1);
        assertEquals(expected((2 * 40 + 220) / 3, wBusy), busyColour.getBlue(), 1);
        Color loneColour = new Color(image.getRGB(lone[0], lone[1]));
        assertEquals(expected(200, wLone), loneColour.getRed(), 1);
        assertEquals(expected(30, wLone), loneColour.getGreen(), 1);
        assertEquals(expected(40, wLone), loneColour.getBlue(), 1);
        assertEquals(0xFFFFFF, image.getRGB(busy[0] + 1, busy[1]) & 0xFFFFFF, "a point shades one pixel only");
    }

    @Test
    void theWeightGrowsWithTheLogOfTheCount() {
        double logMax = Math.log1p(1000);
        assertEquals(DensityPainter.MIN_WEIGHT + (1 - DensityPainter.MIN_WEIGHT) * Math.log(2) / logMax,
                DensityPainter.weight(1, logMax), 1e-12);
        assertEquals(1, DensityPainter.weight(1000, logMax), 1e-12);
        assertEquals(DensityPainter.MIN_WEIGHT + (1 - DensityPainter.MIN_WEIGHT) * 0.5,
                DensityPainter.weight((int) Math.round(Math.sqrt(1001) - 1), logMax), 0.01, "halfway in log(1 + count)");
        assertEquals(1, DensityPainter.weight(1, Math.log(2)), "a plot whose pixels hold one point each is solid");
    }

    @Test
    void theShadingIsSwitchableAndTheKeyShowsOnlyForDensity() {
        ScatterFigure density = figure();
        ScatterFigure points = density.withShading(Shading.POINTS);
        assertEquals(Shading.POINTS, ScatterFigure.of(density.data(), List.of("a", "b")).shading(), "markers by default");
        assertFalse(Arrays.equals(DrawSampleTest.pixelsOf(FigureRenderer.render(points, 500, 400, 1)),
                DrawSampleTest.pixelsOf(FigureRenderer.render(density, 500, 400, 1))));
        assertEquals(0, ScatterLayout.of(points, 500, 400).densityKey().getHeight());
        assertEquals(ScatterLayout.DENSITY_KEY_HEIGHT, ScatterLayout.of(density, 500, 400).densityKey().getHeight());
        assertEquals(ScatterLayout.of(points, 500, 400).plot(), ScatterLayout.of(density, 500, 400).plot(),
                "switching keeps the plot where it was");
    }

    @Test
    void unselectedPointsAreGreyedAndSelectedOnesKeepTheirColour() {
        double[] x = {0, 4, 2};
        double[] y = {0, 3, 1.5};
        ScatterFigure f = ScatterFigure.of(ScatterData.of(x, y, new int[] {0, 0, 1}), List.of("red", "blue"))
                .withColors(List.of(RED, BLUE)).withPointStyle(6, 1).withHighlighted(new int[] {2});
        BufferedImage image = FigureRenderer.render(f, 500, 400, 1);
        ScatterView view = ScatterView.of(f, 500, 400);
        int[] grey = pixelOf(view, 4, 3);
        int[] chosen = pixelOf(view, 2, 1.5);
        assertEquals(ScatterFigure.UNSELECTED.getRGB() & 0xFFFFFF, image.getRGB(grey[0], grey[1]) & 0xFFFFFF,
                "the unselected point is grey");
        assertEquals(BLUE.getRGB() & 0xFFFFFF, image.getRGB(chosen[0], chosen[1]) & 0xFFFFFF, "the selected one blue");
        // in density, an unselected point counts in grey
        BufferedImage density = FigureRenderer.render(f.withShading(Shading.DENSITY), 500, 400, 1);
        Color shaded = new Color(density.getRGB(grey[0], grey[1]));
        assertEquals(shaded.getRed(), shaded.getGreen(), 1, "grey: equal channels");
        assertEquals(shaded.getGreen(), shaded.getBlue(), 1);
        assertTrue(new Color(density.getRGB(chosen[0], chosen[1])).getBlue() > 200);
    }
}
