package org.genrescope.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureRendererTest {

    private static final Color VERMILLION = new Color(0xD55E00);

    private static ScatterFigure onePoint(int category, double opacity) {
        ScatterData data = ScatterData.of(new double[] {0.33, 0.0, 1.0}, new double[] {0.61, 0.0, 1.0},
                new int[] {category, 1, 1});
        // Points 1 and 2 only span the window; the view is narrowed so they fall outside it.
        return new ScatterFigure(data, List.of("a", "b"), List.of(VERMILLION, Color.BLUE), "", "", "", "",
                8, opacity, new int[0], new ViewWindow(0.1, 0.9, 0.1, 0.9));
    }

    @Test
    void theRasterPathPutsThePointsColourAtItsPixel() {
        for (double scale : new double[] {1, 2, 1.5}) {
            ScatterFigure figure = onePoint(0, 1);
            int width = (int) (400 * scale);
            int height = (int) (300 * scale);
            BufferedImage image = FigureRenderer.render(figure, width, height, scale);
            ScatterView view = ScatterView.of(figure, width / scale, height / scale);
            int px = (int) Math.floor(view.toPixelX(0.33) * scale);
            int py = (int) Math.floor(view.toPixelY(0.61) * scale);
            assertEquals(VERMILLION.getRGB(), image.getRGB(px, py), "scale " + scale);
            assertEquals(VERMILLION.getRGB(), image.getRGB(px + (int) (2 * scale), py), "inside the disc");
            assertEquals(Color.WHITE.getRGB(), image.getRGB(px + (int) (7 * scale), py), "outside the disc");
        }
    }

    @Test
    void opacityBlendsWithTheBackgroundAndNoiseIsGrey() {
        ScatterFigure figure = onePoint(0, 0.5);
        BufferedImage image = FigureRenderer.render(figure, 400, 300, 1);
        ScatterView view = ScatterView.of(figure, 400, 300);
        Color blended = new Color(image.getRGB((int) view.toPixelX(0.33), (int) view.toPixelY(0.61)));
        assertEquals((0xD5 + 0xFF) / 2.0, blended.getRed(), 1.5);
        assertEquals((0x5E + 0xFF) / 2.0, blended.getGreen(), 1.5);
        assertEquals((0x00 + 0xFF) / 2.0, blended.getBlue(), 1.5);

        ScatterFigure noise = onePoint(-1, 1);
        BufferedImage grey = FigureRenderer.render(noise, 400, 300, 1);
        ScatterView noiseView = ScatterView.of(noise, 400, 300); // its legend (with "Noise") is wider
        assertEquals(Palette.NOISE.getRGB(), grey.getRGB((int) noiseView.toPixelX(0.33), (int) noiseView.toPixelY(0.61)));
    }

    @Test
    void highlightedPointsGetADarkRing() {
        ScatterFigure figure = onePoint(0, 1).withHighlighted(new int[] {0});
        BufferedImage image = FigureRenderer.render(figure, 400, 300, 1);
        ScatterView view = ScatterView.of(figure, 400, 300);
        int px = (int) view.toPixelX(0.33);
        int py = (int) view.toPixelY(0.61);
        assertEquals(VERMILLION.getRGB(), image.getRGB(px, py));
        Color ring = new Color(image.getRGB(px + 5, py));
        assertEquals(Theme.HIGHLIGHT_RING.getRed(), ring.getRed(), 40, "ring at radius 4 + 1");
    }

    @Test
    void pointsOutsideTheWindowAreNotDrawn() {
        ScatterFigure figure = onePoint(0, 1);
        BufferedImage image = FigureRenderer.render(figure, 400, 300, 1);
        java.awt.geom.Rectangle2D plot = ScatterView.of(figure, 400, 300).plotArea();
        for (int y = (int) plot.getMinY(); y < plot.getMaxY(); y++) {
            for (int x = (int) plot.getMinX(); x < plot.getMaxX(); x++) {
                assertNotEquals(Color.BLUE.getRGB(), image.getRGB(x, y), "pixel " + x + "," + y + " (the legend's swatch is blue, the plot must not be)");
            }
        }
    }

    @Test
    void everyFigureTypeRendersOpaque() {
        for (Figure figure : List.of(SampleFigures.scatter(500), SampleFigures.histograms(), SampleFigures.heatmap(),
                SampleFigures.bars(), SampleFigures.lines(true))) {
            BufferedImage image = FigureRenderer.render(figure, 300, 200, 1);
            assertEquals(0xFF, image.getRGB(0, 0) >>> 24, figure.getClass().getSimpleName());
            assertEquals(Color.WHITE.getRGB(), image.getRGB(0, 0));
        }
        assertThrows(IllegalArgumentException.class, () -> FigureRenderer.render(SampleFigures.bars(), 5, 5, 1));
    }
}
