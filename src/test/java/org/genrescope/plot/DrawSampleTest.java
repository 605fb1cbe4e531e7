package org.genrescope.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The drag frames' sample: seeded, density-weighted, within its budget. */
class DrawSampleTest {

    /** A dense blob of {@code dense} points near the origin and {@code sparse} lone points spread around it. */
    private static ScatterData blobAndOutliers(int dense, int sparse, long seed) {
        Random random = new Random(seed);
        double[] x = new double[dense + sparse];
        double[] y = new double[dense + sparse];
        for (int i = 0; i < dense; i++) {
            x[i] = random.nextGaussian() * 0.05;
            y[i] = random.nextGaussian() * 0.05;
        }
        for (int i = dense; i < x.length; i++) {
            double a = 2 * Math.PI * (i - dense) / sparse;
            x[i] = 10 * Math.cos(a);
            y[i] = 10 * Math.sin(a);
        }
        return ScatterData.uncategorised(x, y);
    }

    @Test
    void everyCellKeepsTheSameCapAndSparseCellsKeepAll() {
        ScatterData data = blobAndOutliers(50_000, 300, 1);
        int budget = 5_000;
        int[] sample = DrawSample.of(data.xs(), data.ys(), data.extent(), budget, 7);
        assertTrue(sample.length <= budget, sample.length + " points for a budget of " + budget);
        // independent count per cell, of all points and of the kept ones
        int cells = DrawSample.GRID * DrawSample.GRID;
        int[] all = new int[cells];
        int[] kept = new int[cells];
        for (int i = 0; i < data.size(); i++) {
            all[DrawSample.cellOf(data.x(i), data.y(i), data.extent())]++;
        }
        for (int i : sample) {
            kept[DrawSample.cellOf(data.x(i), data.y(i), data.extent())]++;
        }
        int q = Arrays.stream(kept).max().orElseThrow();
        long wouldKeepWithMore = 0;
        for (int c = 0; c < cells; c++) {
            assertEquals(Math.min(all[c], q), kept[c], "cell " + c);
            wouldKeepWithMore += Math.min(all[c], q + 1);
        }
        assertTrue(wouldKeepWithMore > budget, "q is the largest cap that fits");
        for (int i = 50_000; i < data.size(); i++) {
            assertTrue(Arrays.binarySearch(sample, i) >= 0, "lone point " + i + " is kept");
        }
        assertTrue(q < Arrays.stream(all).max().orElseThrow() / 5, "the blob is thinned: at most " + q + " per cell");
    }

    @Test
    void theSampleIsAscendingDistinctAndTheSameForTheSameSeed() {
        ScatterData data = SampleFigures.blobs(40_000, 3);
        int[] a = DrawSample.of(data.xs(), data.ys(), data.extent(), 3_000, 11);
        int[] b = DrawSample.of(data.xs(), data.ys(), data.extent(), 3_000, 11);
        int[] other = DrawSample.of(data.xs(), data.ys(), data.extent(), 3_000, 12);
        assertArrayEquals(a, b);
        assertFalse(Arrays.equals(a, other), "another seed picks other points");
        assertEquals(a.length, other.length, "but as many per cell");
        for (int k = 1; k < a.length; k++) {
            assertTrue(a[k - 1] < a[k], "ascending and distinct at " + k);
        }
    }

    @Test
    void smallDataAreDrawnInFull() {
        ScatterData data = SampleFigures.blobs(500, 3);
        int[] sample = DrawSample.of(data.xs(), data.ys(), data.extent(), 500, 1);
        assertEquals(500, sample.length);
        assertEquals(499, sample[499]);
        assertThrows(IllegalArgumentException.class, () -> DrawSample.of(data.xs(), data.ys(), data.extent(), 0, 1));
    }

    @Test
    void capIsTheLargestThatFits() {
        assertEquals(3, DrawSample.cap(new int[] {10, 1, 3, 0}, 7)); // 3 + 1 + 3 = 7
        assertEquals(2, DrawSample.cap(new int[] {10, 1, 3, 0}, 6)); // q = 3 would keep 7
        assertEquals(10, DrawSample.cap(new int[] {10, 1, 3, 0}, 100));
        assertEquals(0, DrawSample.cap(new int[] {5, 5, 5}, 2));
    }

    @Test
    void aSampledFrameDrawsOnlyTheSample() {
        ScatterData data = ScatterData.uncategorised(SampleFigures.blobs(200_000, 2).xs(),
                SampleFigures.blobs(200_000, 2).ys());
        ScatterFigure figure = ScatterFigure.of(data, java.util.List.of("all")).withPointStyle(1, 1)
                .withColors(java.util.List.of(new java.awt.Color(0, 0, 255)));
        ScatterView view = ScatterView.of(figure, 400, 300);
        // a 1-pixel point marks exactly the pixel its centre falls in: the blue pixels are the sample's pixels
        java.util.Set<Long> expected = new java.util.HashSet<>();
        for (int i : data.sample()) {
            expected.add((long) Math.floor(view.toPixelX(data.x(i))) * 100_000 + (long) Math.floor(view.toPixelY(data.y(i))));
        }
        assertEquals(expected, bluePixels(FigureRenderer.render(figure, 400, 300, 1, null, true), view));
        java.util.Set<Long> all = new java.util.HashSet<>();
        for (int i = 0; i < data.size(); i++) {
            all.add((long) Math.floor(view.toPixelX(data.x(i))) * 100_000 + (long) Math.floor(view.toPixelY(data.y(i))));
        }
        assertEquals(all, bluePixels(FigureRenderer.render(figure, 400, 300, 1, null, false), view));
        assertTrue(expected.size() < all.size(), "the sample leaves pixels of the blob out");
    }

    private static java.util.Set<Long> bluePixels(java.awt.image.BufferedImage image, ScatterView view) {
        java.util.Set<Long> found = new java.util.HashSet<>();
        java.awt.geom.Rectangle2D plot = view.plotArea();
        for (int y = (int) plot.getMinY(); y < plot.getMaxY(); y++) {
            for (int x = (int) plot.getMinX(); x < plot.getMaxX(); x++) {
                int rgb = image.getRGB(x, y);
                if ((rgb & 0xFF) > 200 && ((rgb >> 16) & 0xFF) < 120) {
                    found.add((long) x * 100_000 + y);
                }
            }
        }
        return found;
    }

    static ScatterData subset(ScatterData data, int[] ids) {
        double[] x = new double[ids.length];
        double[] y = new double[ids.length];
        int[] c = new int[ids.length];
        for (int k = 0; k < ids.length; k++) {
            x[k] = data.x(ids[k]);
            y[k] = data.y(ids[k]);
            c[k] = data.category(ids[k]);
        }
        return ScatterData.of(x, y, c);
    }

    static int[] pixelsOf(java.awt.image.BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
