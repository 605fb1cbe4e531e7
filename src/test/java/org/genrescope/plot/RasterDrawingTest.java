package org.genrescope.plot;

import static org.genrescope.plot.PixelAssertions.pixels;
import static org.genrescope.plot.PixelAssertions.differing;
import static org.genrescope.plot.PixelAssertions.assertSamePixels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The fast raster drawing (stamps, two-channel blending, bands on several threads) against the drawing as it was
 * (ReferencePointLoop with ReferenceRasterPointPainter, kept verbatim in the test sources): pixel for pixel on random
 * data with heavy overlap, points on the window's edges, markers clipped by the plot, deep zooms, selections, every
 * marker shape, several scales and opacities, on opaque and transparent buffers, for 1 to 64 bands.
 */
class RasterDrawingTest {

    private static final int[] BANDS = {1, 2, 3, 7, 64, 0};

    /** A random figure: clumps of identical and near-identical points, a uniform spread, edges, noise. */
    private static ScatterFigure randomFigure(Random random, int n) {
        int categories = new int[] {1, 5, 14, 30}[random.nextInt(4)];
        double[] x = new double[n];
        double[] y = new double[n];
        int[] c = new int[n];
        double[][] clumps = new double[6][];
        for (int j = 0; j < clumps.length; j++) {
            clumps[j] = new double[] {random.nextDouble() * 10, random.nextDouble() * 6};
        }
        for (int i = 0; i < n; i++) {
            double kind = random.nextDouble();
            if (kind < 0.25) { // the very same point again and again
                double[] at = clumps[random.nextInt(clumps.length)];
                x[i] = at[0];
                y[i] = at[1];
            } else if (kind < 0.5) { // a tight clump: neighbouring pixels, many overlaps
                double[] at = clumps[random.nextInt(clumps.length)];
                x[i] = at[0] + random.nextGaussian() * 0.05;
                y[i] = at[1] + random.nextGaussian() * 0.05;
            } else if (kind < 0.6) { // on the data's edges (so on the default view's margins and the grid's last cells)
                x[i] = random.nextBoolean() ? 0 : 10;
                y[i] = random.nextDouble() * 6;
            } else {
                x[i] = random.nextDouble() * 10;
                y[i] = random.nextDouble() * 6;
            }
            c[i] = random.nextDouble() < 0.1 ? -1 : random.nextInt(categories);
        }
        x[0] = 0; // pin the extent
        y[0] = 0;
        x[1] = 10;
        y[1] = 6;
        List<String> names = IntStream.range(0, categories).mapToObj(k -> "c" + k).toList();
        List<Color> colours = IntStream.range(0, categories).mapToObj(k -> new Color(random.nextInt(0x1000000)))
                .toList();
        ScatterFigure figure = ScatterFigure.of(ScatterData.of(x, y, c), names).withColors(colours)
                .withPointStyle(new double[] {1, 2, 3.3, 5, 9}[random.nextInt(5)],
                        new double[] {0.5, 0.75, 1, 0.13}[random.nextInt(4)]);
        double selecting = random.nextDouble();
        if (selecting < 0.3) { // few: ringed
            int few = 1 + random.nextInt(ScatterRenderer.RING_LIMIT);
            figure = figure.withHighlighted(random.ints(few, 0, n).toArray());
        } else if (selecting < 0.5) {
            figure = figure.withHighlighted(random.ints(n / 3, 0, n).toArray());
        }
        return figure;
    }

    /**
     * The figure's view at (w, h) logical pixels: the default, a window edge through the points, a zoom with markers
     * cut by the plot's edges, or a deep zoom.
     */
    private static ScatterView randomView(Random random, ScatterFigure figure, double w, double h) {
        ScatterView view = ScatterView.of(figure, w, h);
        double kind = random.nextDouble();
        if (kind < 0.4) {
            return view;
        }
        if (kind < 0.55) { // a window edge through a clump of identical points: those on the edge are drawn
            ViewWindow v = view.window();
            double edgeX = figure.data().x(2 + random.nextInt(figure.data().size() - 2));
            return view.withFigure(figure.withView(new ViewWindow(edgeX, v.xMax(), v.yMin(), v.yMax())));
        }
        double factor = kind < 0.9 ? 1.5 + random.nextDouble() * 6 : 200 + random.nextDouble() * 1e4;
        ScatterView zoomed = view.zoom(random.nextDouble() * w, random.nextDouble() * h, factor);
        return zoomed.pan(random.nextGaussian() * 40, random.nextGaussian() * 40);
    }

    /** A buffer of random pixels: opaque (RGB) or premultiplied with some transparent and half-transparent ones. */
    private static BufferedImage background(Random random, int type, int w, int h) {
        BufferedImage image = new BufferedImage(w, h, type);
        int[] pixels = pixels(image);
        for (int i = 0; i < pixels.length; i++) {
            int a = type == BufferedImage.TYPE_INT_RGB || random.nextInt(3) == 0 ? 255 : random.nextInt(3) == 0 ? 0
                    : random.nextInt(256);
            int r = a == 0 ? 0 : random.nextInt(a + 1);
            int g = a == 0 ? 0 : random.nextInt(a + 1);
            int b = a == 0 ? 0 : random.nextInt(a + 1);
            pixels[i] = a << 24 | r << 16 | g << 8 | b;
        }
        return image;
    }


    private static BufferedImage copy(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), image.getType());
        System.arraycopy(pixels(image), 0, pixels(out), 0, pixels(image).length);
        return out;
    }

    /** The points layer drawn the old way: the old loop, the old painter. */
    private static void drawReference(ScatterView view, BufferedImage image, double scale, boolean sampled) {
        PointPainter painter = new ReferenceRasterPointPainter(image, scale);
        painter.begin(view.plotArea());
        ReferencePointLoop.drawPoints(view.figure(), view, painter, sampled);
        painter.end();
    }

    private static void drawNew(ScatterView view, BufferedImage image, double scale, boolean sampled, int bands) {
        PointPainter painter = new RasterPointPainter(image, scale, bands);
        painter.begin(view.plotArea());
        ScatterRenderer.drawPoints(view.figure(), view, painter, sampled);
        painter.end();
    }

    @Test
    void theFastPainterDrawsTheReferencesPixelsOnRandomData() {
        Random random = new Random(20261129);
        int overlapped = 0;
        int changed = 0;
        for (int trial = 0; trial < 60; trial++) {
            ScatterFigure figure = randomFigure(random, 300 + random.nextInt(6000));
            double scale = new double[] {1, 1.5, 2, 1.25}[random.nextInt(4)];
            int w = 180 + random.nextInt(400);
            int h = 120 + random.nextInt(300);
            ScatterView view = randomView(random, figure, w / scale, h / scale);
            boolean sampled = random.nextInt(4) == 0;
            int type = random.nextBoolean() ? BufferedImage.TYPE_INT_ARGB_PRE : BufferedImage.TYPE_INT_RGB;
            BufferedImage before = background(random, type, w, h);
            BufferedImage expected = copy(before);
            drawReference(view, expected, scale, sampled);
            changed += differing(before, expected);
            overlapped += overlappingPixels(view, scale, sampled);
            for (int bands : BANDS) {
                BufferedImage actual = copy(before);
                drawNew(view, actual, scale, sampled, bands);
                assertSamePixels(expected, actual, "trial " + trial + ", " + bands + " bands, scale " + scale
                        + ", point size " + figure.pointSize() + ", opacity " + figure.opacity() + ", window "
                        + view.window() + ", sampled " + sampled);
            }
        }
        // the comparison means something: the drawings change many pixels, many markers over others
        assertTrue(changed > 100_000, changed + " pixels changed");
        assertTrue(overlapped > 5_000, overlapped + " centre pixels shared by two or more points");
    }

    @Test
    void aLargeDrawingSplitsIntoBandsOfItsOwnAndStaysTheSame() {
        // big enough that the painter splits it itself on a machine of 2 or more cores (POINTS_PER_BAND a band)
        ScatterData data = SampleFigures.blobs(250_000, 42);
        ScatterFigure figure = ScatterFigure.of(data, SampleFigures.GENRES).withPointStyle(2, 0.5);
        for (ScatterFigure f : List.of(figure, figure.withPointStyle(5, 0.75),
                figure.withHighlighted(IntStream.range(0, 80_000).map(i -> i * 3).toArray()))) {
            for (boolean sampled : new boolean[] {false, true}) {
                BufferedImage expected = ReferenceRender.render(f, 1100, 700, 1, sampled);
                BufferedImage actual = FigureRenderer.render(f, 1100, 700, 1, null, sampled);
                assertSamePixels(expected, actual, "point size " + f.pointSize() + ", sampled " + sampled);
            }
        }
    }

    @Test
    void aWholeFigureRendersAsBeforeAtEachScale() {
        Random random = new Random(7);
        for (int trial = 0; trial < 12; trial++) {
            ScatterFigure figure = randomFigure(random, 2000 + random.nextInt(3000)).withTitle("t")
                    .withAxisLabels("x", "y");
            double scale = new double[] {1, 2, 1.5}[trial % 3];
            int w = (int) Math.round(640 * scale);
            int h = (int) Math.round(420 * scale);
            ScatterView view = randomView(random, figure, 640, 420);
            assertSamePixels(ReferenceRender.render(view.figure(), w, h, scale, false),
                    FigureRenderer.render(view.figure(), w, h, scale), "trial " + trial);
        }
    }

    @Test
    void theRenderersPassesMakeTheOldCallsInTheOldOrder() {
        // Density, SVG shapes and the SVG raster layer draw through mark() one call at a time: the same calls
        Random random = new Random(11);
        int calls = 0;
        for (int trial = 0; trial < 40; trial++) {
            ScatterFigure figure = randomFigure(random, 200 + random.nextInt(2000));
            if (random.nextBoolean()) {
                figure = figure.withShading(Shading.DENSITY);
            }
            ScatterView view = randomView(random, figure, 500, 350);
            boolean sampled = random.nextInt(3) == 0;
            Recorder old = new Recorder();
            ReferencePointLoop.drawPoints(view.figure(), view, old, sampled);
            Recorder now = new Recorder();
            ScatterRenderer.drawPoints(view.figure(), view, now, sampled);
            assertEquals(old.calls, now.calls, "trial " + trial);
            calls += old.calls.size();
        }
        assertTrue(calls > 20_000, calls + " calls compared");
    }

    @Test
    void theTwoChannelBlendIsThePerChannelBlend() {
        Random random = new Random(5);
        int[] extremes = {0x00000000, 0xFFFFFFFF, 0xFF000000, 0x00FFFFFF, 0xFF00FF00, 0x00FF00FF, 0x80808080,
            0x7F7F7F7F};
        for (int a = 0; a <= 256; a++) {
            for (int trial = 0; trial < 3000; trial++) {
                int dst = trial < extremes.length ? extremes[trial] : random.nextInt();
                int rgb = trial < extremes.length ? extremes[extremes.length - 1 - trial] & 0xFFFFFF
                        : random.nextInt(0x1000000);
                int sr = (rgb >> 16) & 0xFF;
                int sg = (rgb >> 8) & 0xFF;
                int sb = rgb & 0xFF;
                int keep = 256 - a;
                int expected = ((255 * a + (dst >>> 24) * keep) >> 8) << 24
                        | ((sr * a + ((dst >> 16) & 0xFF) * keep) >> 8) << 16
                        | ((sg * a + ((dst >> 8) & 0xFF) * keep) >> 8) << 8
                        | ((sb * a + (dst & 0xFF) * keep) >> 8);
                int actual = MarkerStamp.blend(dst, keep, (sr * a) << 16 | (sb * a), (255 * a) << 16 | (sg * a));
                if (expected != actual) {
                    assertEquals(Integer.toHexString(expected), Integer.toHexString(actual),
                            "a " + a + ", dst " + Integer.toHexString(dst) + ", rgb " + Integer.toHexString(rgb));
                }
            }
        }
    }

    @Test
    void theOrderOfBlendsShowsInThePixels() {
        // why the bands must keep the drawing order: two half-opaque markers give another pixel in the other order
        ScatterFigure figure = ScatterFigure.of(ScatterData.of(new double[] {0, 1, 1, 2}, new double[] {0, 1, 1, 2},
                new int[] {0, 0, 1, 1}), List.of("a", "b")).withColors(List.of(new Color(200, 20, 20),
                new Color(20, 20, 200))).withPointStyle(6, 0.5);
        ScatterView view = ScatterView.of(figure, 300, 200);
        int px = (int) Math.floor(view.toPixelX(1));
        int py = (int) Math.floor(view.toPixelY(1));
        BufferedImage first = new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB_PRE);
        drawNew(view, first, 1, false, 3);
        BufferedImage swapped = new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB_PRE);
        ReferenceRasterPointPainter painter = new ReferenceRasterPointPainter(swapped, 1);
        painter.begin(view.plotArea());
        painter.mark(view.toPixelX(1), view.toPixelY(1), 3, Marker.DISC, 0x1414C8, 0.5); // b first
        painter.mark(view.toPixelX(1), view.toPixelY(1), 3, Marker.DISC, 0xC81414, 0.5);
        painter.end();
        BufferedImage inOrder = new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB_PRE);
        painter = new ReferenceRasterPointPainter(inOrder, 1);
        painter.begin(view.plotArea());
        painter.mark(view.toPixelX(1), view.toPixelY(1), 3, Marker.DISC, 0xC81414, 0.5);
        painter.mark(view.toPixelX(1), view.toPixelY(1), 3, Marker.DISC, 0x1414C8, 0.5);
        painter.end();
        assertNotEquals(swapped.getRGB(px, py), inOrder.getRGB(px, py));
        assertEquals(inOrder.getRGB(px, py), first.getRGB(px, py), "the painter blends a's point, then b's");
    }

    /** How many device pixels are the centre of two or more markers (a lower bound on the pixels blended twice). */
    private static int overlappingPixels(ScatterView view, double scale, boolean sampled) {
        Recorder recorder = new Recorder();
        ScatterRenderer.drawPoints(view.figure(), view, recorder, sampled);
        java.util.Map<Long, Integer> hits = new java.util.HashMap<>();
        for (List<Object> call : recorder.calls) {
            long key = (long) Math.floor((double) call.get(0) * scale) << 32 ^ (long) Math.floor((double) call.get(1)
                    * scale);
            hits.merge(key, 1, Integer::sum);
        }
        return (int) hits.values().stream().filter(v -> v > 1).count();
    }



    /** Records every mark() call as (cx, cy, radius, marker, rgb, opacity). */
    private static final class Recorder implements PointPainter {
        final List<List<Object>> calls = new ArrayList<>();

        @Override
        public void begin(Rectangle2D plot) {
        }

        @Override
        public void mark(double cx, double cy, double radius, Marker marker, int rgb, double opacity) {
            calls.add(Arrays.asList(cx, cy, radius, marker, rgb, opacity));
        }

        @Override
        public void end() {
        }
    }
}
