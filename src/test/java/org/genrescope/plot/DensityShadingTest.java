package org.genrescope.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Density shading: counts per bin on a log scale in the points' mean colour, the bin's size by its rule; selections
 * greyed.
 */
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

    /** A white image of the given size, as the renderer's background leaves it. */
    private static BufferedImage white(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    private static void assertColour(int red, int green, int blue, BufferedImage image, int x, int y) {
        Color c = new Color(image.getRGB(x, y));
        String at = "(" + x + ", " + y + ")";
        assertEquals(red, c.getRed(), 1, "red at " + at);
        assertEquals(green, c.getGreen(), 1, "green at " + at);
        assertEquals(blue, c.getBlue(), 1, "blue at " + at);
    }

    /**
     * Six marks on a 42 x 30 plot, counted by hand: five in view, so bins of min(8, floor(sqrt(42 * 30 / 5)) = 15)
     * = 8 pixels, 6 columns (the last 2 pixels wide) and 4 rows (the last 6 high). Bin (0, 0) holds two red and one
     * blue, bin (1, 0) one red (at x = 8.0, the first pixel of its bin), bin (5, 3) one blue in the corner.
     */
    @Test
    void binsHoldTheirPointsCountedByHandInTheirMeanColour() {
        BufferedImage image = white(42, 30);
        DensityPainter painter = new DensityPainter(image, 1);
        painter.begin(new Rectangle2D.Double(0, 0, 42, 30));
        int red = RED.getRGB() & 0xFFFFFF;
        int blue = BLUE.getRGB() & 0xFFFFFF;
        painter.mark(1.5, 1.5, 3, Marker.DISC, red, 1);
        painter.mark(7.9, 0.2, 3, Marker.DISC, red, 1);
        painter.mark(3.0, 7.99, 3, Marker.DISC, blue, 1);
        painter.mark(8.0, 0.5, 3, Marker.DISC, red, 1);
        painter.mark(41.5, 29.5, 3, Marker.DISC, blue, 1);
        painter.mark(-0.5, 3, 3, Marker.DISC, red, 1); // left of the plot: not counted
        painter.end();
        assertEquals(new DensityPainter.Bins(8, 8, 3), painter.bins());
        // the busy bin: weight 1, mean colour ((2 * 200 + 20) / 3, (2 * 30 + 60) / 3, (2 * 40 + 220) / 3)
        for (int[] p : new int[][] {{0, 0}, {7, 0}, {0, 7}, {7, 7}, {4, 3}}) {
            assertColour(140, 40, 100, image, p[0], p[1]);
        }
        // a lone point: weight 0.45 + 0.55 * ln 2 / ln 4 = 0.725 over white
        double w = 0.725;
        assertEquals(w, DensityPainter.weight(1, Math.log(4)), 1e-12);
        for (int[] p : new int[][] {{8, 0}, {15, 7}, {11, 4}}) {
            assertColour(expected(200, w), expected(30, w), expected(40, w), image, p[0], p[1]);
        }
        for (int[] p : new int[][] {{40, 24}, {41, 29}}) {
            assertColour(expected(20, w), expected(60, w), expected(220, w), image, p[0], p[1]);
        }
        for (int[] p : new int[][] {{16, 0}, {0, 8}, {8, 8}, {39, 29}, {40, 23}, {20, 15}}) {
            assertEquals(0xFFFFFFFF, image.getRGB(p[0], p[1]), "an empty bin stays white at " + Arrays.toString(p));
        }
    }

    @Test
    void aBinIsAPixelWhenThePointsAreManyAndWiderWhenTheyAreFew() {
        // the Clusters tab's plot in a 1440 x 900 window is about 1100 x 700 logical pixels
        assertEquals(1, DensityPainter.binSize(1_000_000, 1100, 700, 1), "sqrt(0.77) < 1");
        assertEquals(1, DensityPainter.binSize(959_241, 1100, 700, 1));
        assertEquals(1, DensityPainter.binSize(192_501, 1100, 700, 1), "sqrt(4) = 2 only from 192,500 points down");
        assertEquals(2, DensityPainter.binSize(192_500, 1100, 700, 1));
        assertEquals(2, DensityPainter.binSize(100_000, 1100, 700, 1), "sqrt(7.7) = 2.77");
        assertEquals(7, DensityPainter.binSize(12_584, 1100, 700, 1), "sqrt(61.2) = 7.82");
        assertEquals(8, DensityPainter.binSize(1_000, 1100, 700, 1), "sqrt(770) = 27.7, at most 8");
        assertEquals(1, DensityPainter.binSize(0, 1100, 700, 1), "nothing in view");
        // at scale 2 the same plot has 4 times the pixels: the same bins on screen, twice the side in device pixels
        assertEquals(7, DensityPainter.binSide(12_584, 2200, 1400, 2));
        assertEquals(14, DensityPainter.binSize(12_584, 2200, 1400, 2));
        assertEquals(16, DensityPainter.binSize(1_000, 2200, 1400, 2), "at most 8 logical pixels");
        assertEquals(1, DensityPainter.binSize(300_000, 2200, 1400, 2), "sqrt(2.6) = 1.6: a device pixel, as before");
        assertEquals(1, DensityPainter.binSize(1_000_000, 2200, 1400, 2));
        assertEquals(12, DensityPainter.binSize(10, 150, 150, 1.5), "8 logical pixels at scale 1.5");
    }

    /**
     * The problem of session 11: at the real data's 12,584 tracks almost every pixel held 0 or 1 point, so nearly
     * every shaded pixel had the same pale weight. Seven seeded Gaussian blobs of 12,584 points in one colour, at
     * the size of the Clusters tab's plot: each shaded pixel's weight is read back from its colour (pixels over a
     * grid line, whose channels disagree, are left out); the weights must reach from near the lightest to the
     * darkest, and no single weight may hold most pixels.
     */
    @Test
    void atTheRealDatasTwelveThousandTracksTheWeightsSpanTheScale() {
        int n = 12_584;
        java.util.Random random = new java.util.Random(11);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            int blob = random.nextInt(7);
            double angle = 2 * Math.PI * blob / 7;
            x[i] = 3 * Math.cos(angle) + random.nextGaussian() * (0.6 + 0.1 * blob);
            y[i] = 2 * Math.sin(angle) + random.nextGaussian() * 0.7;
        }
        Color ink = new Color(30, 60, 150);
        ScatterFigure f = ScatterFigure.of(ScatterData.of(x, y, new int[n]), List.of("all")).withColors(List.of(ink))
                .withShading(Shading.DENSITY);
        int width = 1300;
        int height = 820;
        BufferedImage image = FigureRenderer.render(f, width, height, 1);
        Rectangle2D plot = ScatterLayout.of(f, width, height).plot();
        int[] levels = new int[101]; // shaded pixels by weight, in hundredths
        int shaded = 0;
        for (int py = (int) plot.getMinY() + 2; py < plot.getMaxY() - 2; py++) {
            for (int px = (int) plot.getMinX() + 2; px < plot.getMaxX() - 2; px++) {
                Color c = new Color(image.getRGB(px, py));
                double wr = (255 - c.getRed()) / (255.0 - ink.getRed());
                double wg = (255 - c.getGreen()) / (255.0 - ink.getGreen());
                double wb = (255 - c.getBlue()) / (255.0 - ink.getBlue());
                if (wb < 0.3 || Math.abs(wr - wb) > 0.03 || Math.abs(wg - wb) > 0.03) {
                    continue; // white, or a grid line
                }
                levels[(int) Math.round(Math.min(1, wb) * 100)]++;
                shaded++;
            }
        }
        int lightest = 100;
        int darkest = 0;
        int mostCommon = 0;
        for (int level = 0; level <= 100; level++) {
            if (levels[level] > 0) {
                lightest = Math.min(lightest, level);
                darkest = Math.max(darkest, level);
                mostCommon = Math.max(mostCommon, levels[level]);
            }
        }
        assertTrue(shaded > 50_000, "the points cover a good part of the plot: " + shaded + " pixels");
        assertTrue(lightest <= 60, "the lightest shade is near the scale's start (0.45): " + lightest / 100.0);
        assertTrue(darkest >= 99, "the busiest bin is the full colour: " + darkest / 100.0);
        assertTrue(mostCommon < 0.5 * shaded, "no one shade holds most pixels: " + mostCommon + " of " + shaded
                + ", by weight " + Arrays.toString(levels));
        int below = 0;
        int quartile = -1;
        int upperQuartile = -1;
        for (int level = 0; level <= 100; level++) {
            below += levels[level];
            if (quartile < 0 && below >= shaded / 4) {
                quartile = level;
            }
            if (upperQuartile < 0 && below >= 3 * shaded / 4) {
                upperQuartile = level;
            }
        }
        assertTrue(upperQuartile - quartile >= 12, "the middle half of the pixels spans " + quartile / 100.0 + " to "
                + upperQuartile / 100.0);
    }

    /** The key names the bin and the busiest bin's count, in the SVG export as on screen (both through the painter). */
    @Test
    void theKeySaysWhatABinIs() {
        assertEquals("Tracks per pixel, log", DensityKey.title(1));
        assertEquals("Tracks per 7 \u00d7 7 px bin, log", DensityKey.title(7));
        assertEquals("8\u00d78 px", DensityKey.title(8, Text.width("8\u00d78 px", Theme.SMALL)), "and a narrower one");
        ScatterFigure f = figure();
        String svg = SvgExporter.toSvg(ScatterFigure.of(f.data(), List.of("red tracks, many", "blue tracks, fewer"))
                .withColors(List.of(RED, BLUE)).withShading(Shading.DENSITY), 800, 500);
        assertEquals("Per 8\u00d78 px, log", DensityKey.title(8, Text.width("Per 8\u00d78 px, log", Theme.SMALL)),
                "a narrow legend keeps the bin's size");
        java.util.regex.Matcher title = java.util.regex.Pattern.compile(">(Tracks p|P)er [^<]*<").matcher(svg);
        assertTrue(title.find(), "a key title");
        assertTrue(title.group().endsWith("er 8 \u00d7 8 px bin, log<"),
                "six points, the widest bins: " + title.group());
        assertTrue(svg.contains(">3</text>"), "the busiest bin holds 3 points");
    }

    /** Through the renderer: the three points at (1.13, 1.13) share a bin, shaded whole in their mean colour. */
    @Test
    void theRendererShadesWholeBins() {
        ScatterFigure f = figure();
        BufferedImage image = FigureRenderer.render(f, 500, 400, 1);
        java.awt.Rectangle clip = RasterPointPainter.deviceClip(ScatterLayout.of(f, 500, 400).plot(), 1, 500, 400);
        int size = DensityPainter.binSize(6, clip.width, clip.height, 1);
        assertEquals(DensityPainter.MAX_BIN, size, "six points");
        ScatterView view = ScatterView.of(f, 500, 400);
        int[] busy = pixelOf(view, 1.13, 1.13);
        int left = clip.x + (busy[0] - clip.x) / size * size;
        int top = clip.y + (busy[1] - clip.y) / size * size;
        for (int[] p : new int[][] {{left, top}, {left + size - 1, top + size - 1}, busy}) {
            assertColour((2 * 200 + 20) / 3, (2 * 30 + 60) / 3, (2 * 40 + 220) / 3, image, p[0], p[1]);
        }
        int[] lone = pixelOf(view, 3.07, 2.21);
        double w = 0.725; // 0.45 + 0.55 * ln 2 / ln 4: one point where the busiest bin holds 3
        assertColour(expected(200, w), expected(30, w), expected(40, w), image, lone[0], lone[1]);
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
