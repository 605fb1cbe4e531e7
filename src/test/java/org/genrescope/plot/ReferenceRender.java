package org.genrescope.plot;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.function.BiFunction;

/**
 * {@link FigureRenderer#render} for a scatter with a painter of one's choosing (test sources): the reference drawing
 * (the old loop's calls, the old painter) for RasterDrawingTest and ScatterScaleBenchmark, or the fast painter with a
 * fixed number of bands.
 */
final class ReferenceRender {

    private ReferenceRender() {
    }

    /** The figure as it was drawn before session 7 (ReferenceRasterPointPainter behind the renderer's calls). */
    static BufferedImage render(ScatterFigure figure, int width, int height, double scale, boolean sampled) {
        return render(figure, width, height, scale, null, sampled, ReferenceRasterPointPainter::new);
    }

    /**
     * Renders as {@link FigureRenderer#render(Figure, int, int, double, BufferedImage, boolean)} does, points by the
     * painter {@code painter} makes for the image and scale. The renderer's passes make the old loop's calls in the
     * old order (RasterDrawingTest.theRenderersPassesMakeTheOldCallsInTheOldOrder), so with the old painter this is
     * the old drawing.
     */
    static BufferedImage render(ScatterFigure figure, int width, int height, double scale, BufferedImage reuse,
                                boolean sampled, BiFunction<BufferedImage, Double, PointPainter> painter) {
        BufferedImage image = reuse != null && reuse.getWidth() == width && reuse.getHeight() == height
                ? reuse : new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            Theme.applyHints(g);
            g.setColor(Theme.BACKGROUND);
            g.fillRect(0, 0, width, height);
            g.scale(scale, scale);
            ScatterRenderer.draw(figure, g, width / scale, height / scale, painter.apply(image, scale), sampled);
        } finally {
            g.dispose();
        }
        return image;
    }
}
