package org.genrescope.plot;

import static org.genrescope.plot.PixelAssertions.differing;
import static org.genrescope.plot.PixelAssertions.assertSamePixels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A greyed frame drawn from its view's grey base (the base's pixels, redrawn only around the selection) against the
 * whole frame drawn the old way (ReferenceRender, kept verbatim in the test sources) and the renderer's own whole
 * drawing: pixel for pixel, for lassos, boxes, scattered and ringed selections, selections partly or wholly outside a
 * zoomed view, every point size and several opacities and scales.
 */
class GreyBaseTest {

    private static ScatterFigure blobs(Random random, int n) {
        ScatterData data = SampleFigures.blobs(n, random.nextLong());
        List<Color> colours = IntStream.range(0, SampleFigures.GENRES.size())
                .mapToObj(k -> new Color(random.nextInt(0x1000000))).toList();
        return ScatterFigure.of(data, SampleFigures.GENRES).withColors(colours).withTitle("t").withAxisLabels("x", "y")
                .withPointStyle(new double[] {1, 2, 3.3, 5, 9}[random.nextInt(5)],
                        new double[] {0.5, 0.75, 1, 0.13}[random.nextInt(4)]);
    }

    /** A selection made as a user's: a lasso, a box, scattered ids, a few (ringed), or ids all outside the view. */
    private static int[] selection(Random random, ScatterView view, int kind) {
        double cx = view.plotArea().getCenterX() + random.nextGaussian() * 60;
        double cy = view.plotArea().getCenterY() + random.nextGaussian() * 40;
        double r = 20 + random.nextDouble() * 80;
        int n = view.figure().data().size();
        return switch (kind) {
            case 0 -> {
                double[][] outline = SampleFigures.lassoOutline(cx, cy, r, 40);
                yield view.pointsInPolygon(outline[0], outline[1]);
            }
            case 1 -> view.pointsInRectangle(cx - r, cy - r * 0.7, cx + r, cy + r * 0.7);
            case 2 -> random.ints(n / 4, 0, n).toArray();
            case 3 -> random.ints(1 + random.nextInt(ScatterRenderer.RING_LIMIT), 0, n).toArray();
            default -> IntStream.range(0, n).filter(i -> !view.window().contains(view.figure().data().x(i),
                    view.figure().data().y(i))).limit(50).toArray();
        };
    }

    @Test
    void aGreyedFrameFromItsBaseIsTheWholeDrawing() {
        Random random = new Random(20261130);
        int redrawn = 0;
        int whole = 0;
        for (int trial = 0; trial < 40; trial++) {
            ScatterFigure figure = blobs(random, 1000 + random.nextInt(6000));
            double scale = new double[] {1, 1.5, 2, 1.25}[random.nextInt(4)];
            int w = (int) Math.round((300 + random.nextInt(400)) * scale);
            int h = (int) Math.round((200 + random.nextInt(300)) * scale);
            ScatterView view = ScatterView.of(figure, w / scale, h / scale);
            if (random.nextBoolean()) { // zoomed and panned: markers cut by the plot's edges, points outside
                view = view.zoom(random.nextDouble() * w / scale, random.nextDouble() * h / scale,
                        1.5 + random.nextDouble() * 5).pan(random.nextGaussian() * 40, random.nextGaussian() * 40);
            }
            GreyBase base = GreyBase.build(view.figure(), w, h, scale);
            int kind = trial % 5;
            int[] ids = selection(random, view, kind);
            if (ids.length == 0) {
                continue;
            }
            ScatterFigure greyed = view.figure().withHighlighted(ids);
            assertTrue(base.fits(greyed, w, h, scale), "trial " + trial);
            String what = "trial " + trial + ", selection kind " + kind + " of " + ids.length + ", scale " + scale
                    + ", point size " + figure.pointSize() + ", opacity " + figure.opacity();
            BufferedImage expected = ReferenceRender.render(greyed, w, h, scale, false);
            BufferedImage fromBase = FigureRenderer.render(greyed, w, h, scale, null, false, base);
            assertSamePixels(expected, fromBase, what);
            assertSamePixels(expected, FigureRenderer.render(greyed, w, h, scale), what + ", drawn whole");
            // the comparison means something: the selection's pixels differ from the all-grey layer's
            BufferedImage allGrey = FigureRenderer.render(view.figure().withHighlighted(new int[] {ids[0]}), w, h,
                    scale, null, false, base);
            redrawn += kind == 4 ? 0 : differing(allGrey, fromBase);
            whole++;
        }
        assertTrue(whole >= 30, whole + " trials with a selection");
        assertTrue(redrawn > 20_000, redrawn + " pixels that the selection changes");
    }

    @Test
    void aBaseFitsItsOwnViewWhateverTheColoursOrSelection() {
        ScatterFigure figure = blobs(new Random(3), 2000);
        GreyBase base = GreyBase.build(figure, 600, 400, 1);
        assertTrue(base.fits(figure.withHighlighted(new int[] {1, 2, 3}), 600, 400, 1));
        assertTrue(base.fits(figure.withColors(SampleFigures.GENRES.stream().map(g -> Color.BLACK).toList()), 600, 400,
                1));
        assertFalse(base.fits(figure, 601, 400, 1), "another size");
        assertFalse(base.fits(figure, 600, 400, 2), "another scale");
        assertFalse(base.fits(figure.withPointStyle(3, figure.opacity()), 600, 400, 1), "another point size");
        assertFalse(base.fits(figure.withPointStyle(figure.pointSize(), 0.9), 600, 400, 1), "another opacity");
        assertFalse(base.fits(ScatterView.of(figure, 600, 400).zoom(300, 200, 2).figure(), 600, 400, 1), "zoomed");
        assertFalse(base.fits(figure.withTitle(""), 600, 400, 1), "no title: the plot moves up");
        assertFalse(base.fits(figure.withShading(Shading.DENSITY), 600, 400, 1), "a density");
        ScatterData same = ScatterData.of(figure.data().xs(), figure.data().ys(), figure.data().categories());
        assertFalse(base.fits(ScatterFigure.of(same, SampleFigures.GENRES).withTitle("t").withAxisLabels("x", "y")
                .withPointStyle(figure.pointSize(), figure.opacity()).withView(figure.view()), 600, 400, 1),
                "other data, even with the same points");
        assertThrows(IllegalArgumentException.class, () -> GreyBase.build(figure.withShading(Shading.DENSITY), 600,
                400, 1));
    }

    @Test
    void aBaseThatDoesNotFitDrawsTheWholeFrame() {
        ScatterFigure figure = blobs(new Random(4), 3000).withPointStyle(3, 0.5);
        GreyBase base = GreyBase.build(figure, 500, 350, 1);
        ScatterFigure zoomed = ScatterView.of(figure, 500, 350).zoom(250, 175, 3).figure();
        ScatterFigure greyed = zoomed.withHighlighted(IntStream.range(0, 500).toArray());
        assertSamePixels(ReferenceRender.render(greyed, 500, 350, 1, false),
                FigureRenderer.render(greyed, 500, 350, 1, null, false, base), "a zoomed view over an unzoomed base");
    }

    @Test
    void theBasesBuildOnTheirWorkerAndKeepTheNewest() throws InterruptedException {
        ScatterFigure figure = blobs(new Random(5), 3000);
        GreyBases bases = new GreyBases(java.util.concurrent.Executors.newSingleThreadExecutor());
        assertNull(bases.ready(figure, 400, 300, 1), "nothing built yet");
        bases.prepare(figure, 400, 300, 1);
        GreyBase built = await(bases, figure, 400, 300);
        bases.prepare(figure, 400, 300, 1); // fits: kept, not built again
        assertSame(built, bases.ready(figure.withHighlighted(new int[] {7}), 400, 300, 1));
        ScatterFigure zoomed = ScatterView.of(figure, 400, 300).zoom(200, 150, 2).figure();
        assertNull(bases.ready(zoomed, 400, 300, 1), "the old view's base does not fit the zoomed one");
        bases.prepare(zoomed, 400, 300, 1);
        GreyBase next = await(bases, zoomed, 400, 300);
        assertTrue(next.fits(zoomed, 400, 300, 1));
        bases.prepare(figure.withShading(Shading.DENSITY), 400, 300, 1); // a density has no base: nothing built
        assertSame(next, bases.ready(zoomed, 400, 300, 1));
    }

    private static GreyBase await(GreyBases bases, ScatterFigure figure, int w, int h) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        GreyBase base;
        while ((base = bases.ready(figure, w, h, 1)) == null && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertNotNull(base, "the base was built within 20 s");
        return base;
    }



}
