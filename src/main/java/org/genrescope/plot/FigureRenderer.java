package org.genrescope.plot;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * The one entry point that draws any {@link Figure}. The screen and PNG export use {@link #render}, SVG
 * export uses {@link #draw} on an SVG Graphics2D; both run the same layout and drawing code, so files look
 * like the screen. Sizes are in device pixels; the layout works in logical pixels (device / scale), so a
 * larger scale gives the same figure sharper, not smaller.
 */
public final class FigureRenderer {

    private static final int MAX_SIDE = 20_000;

    private FigureRenderer() {
    }

    /**
     * Renders into a new opaque {@code TYPE_INT_ARGB_PRE} image of {@code width} x {@code height} device
     * pixels, with {@code scale} device pixels per logical pixel (2 for a HiDPI screen or 192 DPI).
     * Scatter points are written straight into the pixel buffer.
     */
    public static BufferedImage render(Figure figure, int width, int height, double scale) {
        Objects.requireNonNull(figure, "figure");
        checkSize(width, height);
        if (!(scale >= 0.1 && scale <= 20)) {
            throw new IllegalArgumentException("scale must be between 0.1 and 20, got " + scale);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            Theme.applyHints(g);
            g.setColor(Theme.BACKGROUND);
            g.fillRect(0, 0, width, height);
            g.scale(scale, scale);
            double logicalWidth = width / scale;
            double logicalHeight = height / scale;
            if (figure instanceof ScatterFigure scatter) {
                ScatterRenderer.draw(scatter, g, logicalWidth, logicalHeight, new RasterPointPainter(image, scale));
            } else {
                drawContent(figure, g, logicalWidth, logicalHeight);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Draws onto any Graphics2D (such as JFreeSVG's) in its current coordinates, filling
     * {@code width} x {@code height} with the background first. Scatter points become circle shapes.
     */
    public static void draw(Figure figure, Graphics2D g, int width, int height) {
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(g, "g");
        checkSize(width, height);
        Theme.applyHints(g);
        g.setColor(Theme.BACKGROUND);
        g.fillRect(0, 0, width, height);
        if (figure instanceof ScatterFigure scatter) {
            ScatterRenderer.draw(scatter, g, width, height, new ShapePointPainter(g));
        } else {
            drawContent(figure, g, width, height);
        }
    }

    private static void drawContent(Figure figure, Graphics2D g, double width, double height) {
        if (figure instanceof HistogramFigure histogram) {
            HistogramRenderer.draw(histogram, g, width, height);
        } else if (figure instanceof HeatmapFigure heatmap) {
            HeatmapRenderer.draw(heatmap, g, width, height);
        } else if (figure instanceof BarFigure bars) {
            BarRenderer.draw(bars, g, width, height);
        } else if (figure instanceof LineFigure lines) {
            LineRenderer.draw(lines, g, width, height);
        } else if (figure instanceof TreeFigure tree) {
            TreeRenderer.draw(tree, g, width, height);
        } else if (figure instanceof ScatterFigure scatter) {
            ScatterRenderer.draw(scatter, g, width, height, new ShapePointPainter(g));
        } else {
            throw new IllegalArgumentException("no renderer for " + figure.getClass().getName());
        }
    }

    static void checkSize(int width, int height) {
        if (width < 16 || height < 16 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("--width and --height must be between 16 and " + MAX_SIDE
                    + " pixels, got " + width + " x " + height);
        }
    }
}
